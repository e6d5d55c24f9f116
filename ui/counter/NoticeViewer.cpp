#include "ui/counter/NoticeViewer.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

#include <poppler-qt6.h>

namespace ow::ui {

NoticeViewer::NoticeViewer(const QString &pdfPath, const QString &title, QWidget *parent)
    : QDialog(parent), m_scroll(new QScrollArea(this)), m_problem(new QLabel(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_problem->setObjectName(QStringLiteral("noticeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    layout->addWidget(m_scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printNotice"));
    QPushButton *external = buttons->addButton(tr("Open in &another program"), QDialogButtonBox::ActionRole);
    QPushButton *folder = buttons->addButton(tr("Show &folder"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, &NoticeViewer::printRequested);
    connect(external, &QPushButton::clicked, this,
            [pdfPath] { QDesktopServices::openUrl(QUrl::fromLocalFile(pdfPath)); });
    connect(folder, &QPushButton::clicked, this,
            [pdfPath] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(pdfPath).absolutePath())); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_pages = render(pdfPath);
    print->setEnabled(m_pages > 0);
    print->setDefault(m_pages > 0);
    // Room for the whole width of an A4 page at 96 dpi (794 px), within the screen (1366x768 counters).
    const QSize wanted(880, 1000);
    resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size() * 0.92) : wanted);
}

int NoticeViewer::render(const QString &pdfPath)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdfPath);
    if (!document || document->isLocked() || document->numPages() == 0) {
        m_problem->setText(tr("The notice %1 cannot be read. Print it again from the case (Ctrl+P), or "
                              "give the file to your IT staff.")
                               .arg(QDir::toNativeSeparators(pdfPath)));
        m_problem->show();
        return 0;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    auto *pages = new QWidget(m_scroll);
    auto *column = new QVBoxLayout(pages);
    column->setAlignment(Qt::AlignHCenter);
    const double dpi = 96.0 * devicePixelRatioF();
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        QImage image = page ? page->renderToImage(dpi, dpi) : QImage();
        auto *label = new QLabel(pages);
        label->setObjectName(QStringLiteral("noticePage%1").arg(i));
        image.setDevicePixelRatio(devicePixelRatioF());
        label->setPixmap(QPixmap::fromImage(image));
        label->setFrameShape(QFrame::Box);
        column->addWidget(label);
    }
    m_scroll->setWidget(pages);
    return document->numPages();
}

} // namespace ow::ui
