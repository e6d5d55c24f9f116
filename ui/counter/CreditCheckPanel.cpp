#include "CreditCheckPanel.h"

namespace ow::ui {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

CreditCheckPanel::CreditCheckPanel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("creditCheck"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(6);
}

void CreditCheckPanel::showReport(const core::CreditReport &report, int entries)
{
    m_outcome = report.outcome();
    const QString lists = tr("%n list entry(ies) held here as of the last sync", nullptr, entries);
    if (report.parties.isEmpty()) {
        setStyleSheet(QString());
        setText(tr("Credit check: each person and legal person is checked against the credit lists as their "
                   "ID number or credit code is typed (%1).")
                    .arg(lists));
        return;
    }
    if (report.findings.isEmpty()) {
        setStyleSheet(QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; border-radius: 4px; }"));
        setText(
            tr("<b>✓ Credit check: clean.</b> None of the %n person(s) and legal person(s) checked is on a "
               "credit list (%1); the case goes to the supervisors' green channel (优先办理).",
               nullptr, int(report.parties.size()))
                .arg(lists));
        return;
    }
    const bool blocked = m_outcome == core::CreditOutcome::Block;
    setStyleSheet(
        blocked ? QStringLiteral("QLabel { background: #ffebee; color: #b71c1c; border-radius: 4px; }")
                : QStringLiteral("QLabel { background: #fff8e1; color: #6d4c00; border-radius: 4px; }"));
    QStringList lines;
    for (const core::CreditFinding &finding : report.findings) {
        lines.append(
            (finding.outcome == core::CreditOutcome::Block ? QStringLiteral("✕ ") : QStringLiteral("⚠ ")) +
            escaped(finding.message()));
    }
    const QString head =
        blocked ? tr("<b>Acceptance blocked by the credit lists.</b> Tell the applicant why; "
                     "the case can be accepted once the person is replaced or the entry removed.")
                : tr("<b>Credit check: take note.</b> Nothing blocks acceptance.");
    setText(head + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")) +
            QStringLiteral("<br><small>") + lists + QStringLiteral("</small>"));
}

} // namespace ow::ui
