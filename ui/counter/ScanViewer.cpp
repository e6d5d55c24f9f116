#include "ScanViewer.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>
#include <poppler-qt6.h>

namespace ow::ui {

namespace {
// PDF pages are rendered for reading on screen; a scan of 200 dpi needs no more.
constexpr double PdfDpi = 110.0;
constexpr int MaxPdfPages = 30;
constexpr double ZoomStep = 1.25;
} // namespace

ScanViewer::ScanViewer(QWidget *parent)
    : QWidget(parent), m_pick(new QComboBox(this)), m_zoomIn(new QToolButton(this)),
      m_zoomOut(new QToolButton(this)), m_fit(new QToolButton(this)), m_note(new QLabel(this)),
      m_area(new QScrollArea(this)), m_page(new QLabel)
{
    m_pick->setObjectName(QStringLiteral("scanPick"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the scan to the panel's width"));
    m_note->setWordWrap(true);
    m_page->setAlignment(Qt::AlignCenter);
    m_area->setWidget(m_page);
    m_area->setAlignment(Qt::AlignCenter);
    m_area->setBackgroundRole(QPalette::Dark);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_pick, 1);
    tools->addWidget(m_zoomOut);
    tools->addWidget(m_zoomIn);
    tools->addWidget(m_fit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_note);
    layout->addWidget(m_area, 1);

    connect(m_pick, &QComboBox::currentIndexChanged, this, [this] { showCurrent(); });
    connect(m_zoomIn, &QToolButton::clicked, this, &ScanViewer::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &ScanViewer::zoomOut);
    connect(m_fit, &QToolButton::clicked, this, &ScanViewer::fitToWidth);
    setScans({});
}

void ScanViewer::setScans(const QList<Scan> &scans)
{
    const QString chosen = currentIndex() >= 0 ? m_scans.at(currentIndex()).sha256 : QString();
    m_scans = scans;
    const QSignalBlocker blocker(m_pick);
    m_pick->clear();
    int keep = 0;
    for (qsizetype i = 0; i < scans.size(); ++i) {
        m_pick->addItem(tr("%1 — scan %2").arg(scans.at(i).title).arg(i + 1));
        if (scans.at(i).sha256 == chosen)
            keep = int(i);
    }
    m_pick->setEnabled(!scans.isEmpty());
    if (!scans.isEmpty())
        m_pick->setCurrentIndex(keep);
    showCurrent();
}

void ScanViewer::setUnavailable(const QString &sha256, const QString &reason)
{
    m_unavailable.insert(sha256, reason);
    if (currentIndex() >= 0 && m_scans.at(currentIndex()).sha256 == sha256)
        showCurrent();
}

int ScanViewer::currentIndex() const
{
    return m_scans.isEmpty() ? -1 : m_pick->currentIndex();
}

void ScanViewer::setCurrentIndex(int index)
{
    m_pick->setCurrentIndex(index);
}

QString ScanViewer::note() const
{
    return m_note->text();
}

void ScanViewer::showCurrent()
{
    m_rendered = QImage();
    const int index = currentIndex();
    if (index < 0) {
        m_note->setText(tr("This case has no scans."));
    } else if (m_scans.at(index).path.isEmpty()) {
        const QString problem = m_unavailable.value(m_scans.at(index).sha256);
        m_note->setText(problem.isEmpty() ? tr("This scan is on its way from the exchange…")
                                          : tr("This scan is not at this counter: %1").arg(problem));
    } else {
        const QString path = m_scans.at(index).path;
        QFile file(path);
        const bool pdf = file.open(QIODevice::ReadOnly) && file.peek(5) == "%PDF-";
        file.close();
        int pages = 0;
        m_rendered = pdf ? renderPdf(path, &pages) : QImageReader(path).read();
        if (m_rendered.isNull()) {
            m_note->setText(
                tr("This scan cannot be shown: it is neither an image nor a PDF this counter reads."));
        } else if (pdf) {
            m_note->setText(tr("PDF, %n page(s)", nullptr, pages));
        } else {
            m_note->setText(tr("Image, %1 × %2 pixels").arg(m_rendered.width()).arg(m_rendered.height()));
        }
    }
    const bool shown = !m_rendered.isNull();
    m_zoomIn->setEnabled(shown);
    m_zoomOut->setEnabled(shown);
    m_fit->setEnabled(shown);
    m_fitting = true;
    present();
}

QImage ScanViewer::renderPdf(const QString &path, int *pages)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return {};
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    *pages = document->numPages();
    QList<QImage> images;
    int width = 0;
    int height = 0;
    for (int i = 0; i < std::min(*pages, MaxPdfPages); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        const QImage image = page ? page->renderToImage(PdfDpi, PdfDpi) : QImage();
        if (image.isNull())
            continue;
        images.append(image);
        width = std::max(width, image.width());
        height += image.height() + (images.size() > 1 ? 8 : 0);
    }
    if (images.isEmpty())
        return {};
    QImage stacked(width, height, QImage::Format_RGB32);
    stacked.fill(Qt::darkGray);
    QPainter painter(&stacked);
    int y = 0;
    for (const QImage &image : std::as_const(images)) {
        painter.drawImage((width - image.width()) / 2, y, image);
        y += image.height() + 8;
    }
    return stacked;
}

void ScanViewer::present()
{
    if (m_rendered.isNull()) {
        m_page->setPixmap(QPixmap());
        m_page->resize(0, 0);
        return;
    }
    if (m_fitting) {
        const int available = std::max(50, m_area->viewport()->width() - 4);
        // Never upscaled to fit: a small scan is shown at its size.
        m_zoom = std::min(1.0, double(available) / m_rendered.width());
    }
    const QSize size = (QSizeF(m_rendered.size()) * m_zoom).toSize();
    m_page->setPixmap(
        QPixmap::fromImage(m_rendered.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_page->resize(size);
}

void ScanViewer::zoomIn()
{
    m_fitting = false;
    m_zoom = std::min(8.0, m_zoom * ZoomStep);
    present();
}

void ScanViewer::zoomOut()
{
    m_fitting = false;
    m_zoom = std::max(0.05, m_zoom / ZoomStep);
    present();
}

void ScanViewer::fitToWidth()
{
    m_fitting = true;
    present();
}

void ScanViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitting)
        present();
}

} // namespace ow::ui
