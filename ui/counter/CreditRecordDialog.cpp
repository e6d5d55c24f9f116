#include "ui/counter/CreditRecordDialog.h"

#include "ui/counter/NoticeViewer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUiCredit, "onewindow.ui.creditrecord")

namespace ow::ui {
namespace {

using core::CreditItem;
using core::CreditProfiles;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString valueOf(const core::CreditDetail &detail)
{
    if (detail.field == core::CreditField::ValidTo && !detail.date.isValid())
        return CreditRecordDialog::tr("no end (long-term)");
    if (detail.isDate())
        return dateText(detail.date);
    if (detail.field == core::CreditField::Status)
        return core::RegisteredEntity::statusLabel(detail.text);
    return detail.text;
}

QString headlineOf(const CreditItem &item)
{
    if (item.kind == core::CreditItemKind::ListEntry) {
        const QString listed = CreditRecordDialog::tr("Listed: %1").arg(core::CreditList::label(item.list));
        return item.removed ? CreditRecordDialog::tr("%1 (removed)").arg(listed) : listed;
    }
    const QString kind = CreditProfiles::kindLabel(item.kind);
    if (item.kind == core::CreditItemKind::Registration || item.headline.isEmpty())
        return kind;
    return CreditRecordDialog::tr("%1: %2").arg(kind, item.headline);
}

QString itemHtml(const CreditItem &item)
{
    const QString colour = item.removed ? QStringLiteral("#6b6b6b") : QStringLiteral("#000000");
    QString html = QStringLiteral("<p style=\"margin-top:10px; margin-bottom:2px; color:%1;\"><b>%2</b>")
                       .arg(colour, esc(headlineOf(item)));
    // The day and the source beside the headline, so the table below need not repeat the source.
    if (item.date.isValid() || !item.source.isEmpty()) {
        const QString when = item.date.isValid() && !item.source.isEmpty()
                                 ? CreditRecordDialog::tr("%1 · %2").arg(dateText(item.date), item.source)
                             : item.date.isValid() ? dateText(item.date)
                                                   : item.source;
        html += QStringLiteral("&nbsp;&nbsp;<span style=\"color:#555555;\">%1</span>").arg(esc(when));
    }
    html += QStringLiteral(
                "</p><table cellspacing=\"0\" cellpadding=\"2\" style=\"margin-left:16px; color:%1;\">")
                .arg(colour);
    for (const core::CreditDetail &detail : item.details) {
        if (detail.field == core::CreditField::Source && detail.text == item.source)
            continue; // beside the headline
        // One label column for every item, so the values line up down the page.
        html += QStringLiteral("<tr><td width=\"190\" style=\"color:#555555;\" valign=\"top\">%1</td>"
                               "<td>%2</td></tr>")
                    .arg(esc(CreditProfiles::fieldLabel(detail)), esc(valueOf(detail)));
    }
    return html + QStringLiteral("</table>");
}

QString sectionHtml(const core::CreditSection &section)
{
    if (section.items.isEmpty()) {
        return QStringLiteral("<p style=\"color:#555555;\">%1</p>")
            .arg(esc(CreditRecordDialog::tr("Nothing recorded in this category.")));
    }
    QString html;
    for (const CreditItem &item : section.items)
        html += itemHtml(item);
    return html;
}

QString tabTitle(const core::CreditSection &section, int index)
{
    const QString label = CreditProfiles::categoryLabel(section.category);
    return section.items.isEmpty()
               ? CreditRecordDialog::tr("%1 %2").arg(index + 1).arg(label)
               : CreditRecordDialog::tr("%1 %2 (%3)").arg(index + 1).arg(label).arg(section.items.size());
}

QLabel *summaryOf(const core::CreditProfile &profile, QWidget *parent)
{
    QString html = QStringLiteral("<b style=\"font-size:large;\">%1</b><br>%2")
                       .arg(esc(profile.name),
                            esc(CreditRecordDialog::tr("Unified social credit code %1 · %2")
                                    .arg(profile.code, core::RegisteredEntity::statusLabel(profile.status))));
    const QList<CreditItem> listed = profile.listedNow();
    for (const CreditItem &item : listed) {
        html += QStringLiteral("<br><span style=\"color:#b3261e;\"><b>%1</b></span>")
                    .arg(esc(CreditRecordDialog::tr("On the %1 since %2, decided by %3")
                                 .arg(core::CreditList::label(item.list), dateText(item.date), item.source)));
    }
    auto *label = new QLabel(html, parent);
    label->setObjectName(QStringLiteral("creditSummary"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

CreditRecordDialog::CreditRecordDialog(const core::CreditProfile &profile,
                                       const licence::CreditReportData &report, const QString &outputDir,
                                       QWidget *parent)
    : QDialog(parent), m_report(report), m_outputDir(outputDir), m_tabs(new QTabWidget(this))
{
    m_report.profile = profile;
    setWindowTitle(tr("Credit record — %1").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summaryOf(profile, this));

    m_tabs->setObjectName(QStringLiteral("creditTabs"));
    for (int i = 0; i < profile.sections.size(); ++i) {
        const core::CreditSection &section = profile.sections.at(i);
        auto *view = new QTextBrowser(m_tabs);
        view->setObjectName(QStringLiteral("creditSection%1").arg(i + 1));
        view->setOpenLinks(false);
        view->setHtml(sectionHtml(section));
        m_tabs->addTab(view, tabTitle(section, i));
        auto *go = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(go, &QShortcut::activated, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            m_tabs->currentWidget()->setFocus();
        });
    }
    layout->addWidget(m_tabs, 1);

    auto *note = new QLabel(
        tr("From this workstation's copy as of its last sync: the registry, the departments' claims and "
           "records, and the credit lists. Alt+1 to Alt+5 choose a category."),
        this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = buttons->addButton(tr("Credit report &PDF… (Ctrl+P)"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("exportCreditReport"));
    pdf->setAutoDefault(false);
    connect(pdf, &QPushButton::clicked, this, &CreditRecordDialog::exportReport);
    auto *shortcut = new QShortcut(QKeySequence::Print, this);
    connect(shortcut, &QShortcut::activated, this, &CreditRecordDialog::exportReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(920, 600); // the five tabs side by side, inside a 1366×768 counter screen
    m_tabs->currentWidget()->setFocus();
}

QTextBrowser *CreditRecordDialog::section(core::CreditCategory category) const
{
    return qobject_cast<QTextBrowser *>(m_tabs->widget(int(category)));
}

bool CreditRecordDialog::exportReport()
{
    m_report.date = m_report.date.isValid() ? m_report.date : m_report.profile.day;
    const QString path = QDir(m_outputDir).filePath(licence::CreditReportRenderer::fileName(m_report));
    QString error;
    if (!licence::CreditReportRenderer::writePdf(m_report, path, &error)) {
        qCWarning(lcUiCredit).noquote() << "credit report not written:" << error;
        QMessageBox::warning(this, tr("Credit report not written"), error);
        return false;
    }
    m_lastReport = path;
    auto *viewer = new NoticeViewer(path, licence::CreditReportRenderer::title(), this);
    viewer->setObjectName(QStringLiteral("creditReportViewer"));
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    connect(viewer, &NoticeViewer::printRequested, this, &CreditRecordDialog::printReport);
    viewer->open();
    return true;
}

void CreditRecordDialog::printReport()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(licence::CreditReportRenderer::title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!licence::CreditReportRenderer::paint(m_report, &printer, &error)) {
        QMessageBox::warning(
            this, tr("Printing failed"),
            tr("The printer did not accept the credit report (%1). Open the PDF and print it "
               "from there.")
                .arg(error));
    }
}

} // namespace ow::ui
