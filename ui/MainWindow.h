#pragma once

#include "WorkbenchTypes.h"
#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"
#include "licence/Notice.h"
#include "storage/AccountStore.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QMenu;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTimer;

namespace ow::ui {

class CaseListModel;
class OneFormWidget;
class SearchResultsModel;

// The counter's main window: the case list with search-as-you-type on the left, the one form
// of the current case on the right, the actions of the workflow in the tool bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workbench &workbench, const storage::LocalAccount &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    const core::CaseRecord &currentCase() const { return m_current; }
    OneFormWidget *formWidget() const { return m_form; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *caseView() const { return m_view; }
    QAction *action(core::CaseAction action) const;
    QAction *newCaseAction() const { return m_newCase; }
    QString lastNoticePath() const { return m_lastNotice; }

    // What the status bar says about the workstation certificate expiring on `expiry`: nothing
    // until 30 days before, then how many days are left (or that it has expired) and what to do.
    static QString certificateExpiryNote(const QDateTime &expiry, const QDateTime &now);

public slots:
    void newCase();
    void openCase(const QString &caseId);
    bool perform(core::CaseAction action);
    void printNotice();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void buildStatusBar();
    void showCase(const core::CaseRecord &record);
    void updateActions();
    void updateStatusBar();
    void updateConnection();
    void connectSync();
    void buildDocks();
    void editExchangeConnection();
    void updateHeader();
    void runSearch();
    void activateRow(const QModelIndex &index);
    bool askReason(core::CaseAction action, QString *reason);
    bool confirmLeavingEdits();
    void writeNotice(licence::NoticeKind kind);
    core::Actor actor() const;

    Workbench &m_wb;
    storage::LocalAccount m_user;
    core::CaseRecord m_current;
    bool m_dirty = false;
    QString m_lastNotice;

    CaseListModel *m_cases;
    SearchResultsModel *m_hits;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_stateFilter;
    QTimer *m_searchTimer;
    OneFormWidget *m_form;
    QLabel *m_header;
    QLabel *m_summary;
    QLabel *m_userLabel;
    QLabel *m_workstationLabel;
    QLabel *m_connectionLabel;
    QLabel *m_unsentLabel;
    QLabel *m_lastSyncLabel;
    QProgressBar *m_syncProgress;
    QAction *m_syncNow = nullptr;
    QAction *m_signInOnline = nullptr;
    class SyncLogView *m_syncLog = nullptr;
    class ConflictsView *m_conflicts = nullptr;
    QDockWidget *m_conflictsDock = nullptr;
    QMenu *m_viewMenu = nullptr;

    QAction *m_newCase = nullptr;
    QAction *m_print = nullptr;
    QAction *m_openNotice = nullptr;
    QAction *m_findAction = nullptr;
    QHash<int, QAction *> m_workflowActions;
};

} // namespace ow::ui
