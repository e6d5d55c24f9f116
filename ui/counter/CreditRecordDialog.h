#pragma once

#include "core/CreditProfile.h"
#include "licence/CreditReport.h"

#include <QDialog>

class QLabel;
class QTabWidget;
class QTextBrowser;

namespace ow::ui {

// A registered enterprise found by the search, with its credit record (issue 11 §4): a tab per
// category of the seed (basic registration with its former names and the departments' claims,
// licensing, penalties, performance, other information with the credit lists' entries), each item
// with its date and source; a list the entity is on now is said above the tabs. Read-only.
// Alt+1 … Alt+5 (or Ctrl+Tab) go to a category; Ctrl+P writes the credit report's PDF and shows it,
// ready to print; Esc closes.
class CreditRecordDialog : public QDialog
{
    Q_OBJECT
public:
    // `report` is what the printed report says beyond the record (office, clerk, date); its PDF
    // goes to `outputDir`.
    CreditRecordDialog(const core::CreditProfile &profile, const licence::CreditReportData &report,
                       const QString &outputDir, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // The text shown for a category.
    QTextBrowser *section(core::CreditCategory category) const;
    // The credit report written last by exportReport(); empty before.
    QString lastReportPath() const { return m_lastReport; }

public slots:
    // Writes the credit report's PDF and shows it in the client, with printing; false (and a
    // message) when it cannot be written.
    bool exportReport();

private:
    void printReport();

    licence::CreditReportData m_report;
    QString m_outputDir;
    QTabWidget *m_tabs;
    QString m_lastReport;
};

} // namespace ow::ui
