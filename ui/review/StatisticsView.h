#pragma once

#include "FigurePanel.h"
#include "ui/common/WorkbenchTypes.h"

#include <QDialog>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;

namespace ow::ui {

// The supervisors' statistics (issue 12 §3) over the cases in this counter's cache: the filters at
// the top (period, by day, week or month, authority, entity type; each with its Alt key), then one
// chart per figure, each exported as CSV or XLSX or printed. The figures are core::Statistics',
// their facts storage::CaseStatistics'. An administrator or a provincial supervisor signed in at
// the exchange also chooses the scope: this counter, or the whole province, whose facts the exchange
// answers (sync::ExchangeClient::statistics) and this view draws with the same charts.
class StatisticsView : public QDialog
{
    Q_OBJECT
public:
    explicit StatisticsView(Workbench &wb, QWidget *parent = nullptr);

    // The window's menu action (Ctrl+Shift+S) opening the view over `window`; supervisors only
    // (hidden, its shortcut dead, for anyone else).
    static QAction *createAction(Workbench &wb, QWidget *window, bool supervisor);

    // Every figure's export and print choosers (tests write to files without dialogs).
    void setChoosers(const FigurePanel::SavePathChooser &savePath,
                     const FigurePanel::PrinterChooser &printer);

    core::StatisticsFilter filter() const;
    const core::StatisticsReport &report() const { return m_report; }
    FigurePanel *panel(Figure figure) const;
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *granularityBox() const { return m_granularity; }
    QComboBox *authorityBox() const { return m_authority; }
    QComboBox *typeBox() const { return m_type; }
    // This counter or the whole province (hidden for users the exchange does not let ask).
    QComboBox *scopeBox() const { return m_scope; }
    QProgressBar *progressBar() const { return m_progress; }
    bool provinceChosen() const;
    // Whether the signed-in session may read the province's statistics (an administrator, or a
    // supervisor of a province's authority).
    static bool mayReadProvince(const Workbench &wb);
    QLabel *summaryLabel() const { return m_summary; }

    void refresh();

signals:
    // The exchange's figures arrived and are shown, or their failure is (tests wait for it).
    void provinceAnswered(bool shown);

private:
    QWidget *buildFilters();
    // The authority filter's choices: the province's authorities (the exchange's scope) or those
    // this counter's cache holds cases of.
    void fillAuthorities(bool province);
    // `province`: the exchange's facts of the whole province, else this counter's cache.
    QString summaryOf(const core::StatisticsReport &report, bool province) const;
    // This counter's figures, `note` after their summary.
    void refreshLocal(const core::StatisticsFilter &filter, const QString &note = {});
    void display(const core::StatisticsReport &report, const QString &summary);
    void refreshProvince(const core::StatisticsFilter &filter);
    void provinceFailed(const QString &text);

    Workbench &m_wb;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_granularity;
    QComboBox *m_authority;
    QComboBox *m_type;
    QLabel *m_summary;
    QComboBox *m_scope;
    QProgressBar *m_progress;
    quint64 m_asked = 0; // the province's request whose answer is awaited (later ones win)
    QList<FigurePanel *> m_panels;
    core::StatisticsReport m_report;
};

} // namespace ow::ui
