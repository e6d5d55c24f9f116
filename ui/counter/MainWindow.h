#pragma once

#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"
#include "storage/AccountStore.h"
#include "ui/common/WorkbenchTypes.h"
#include "ui/counter/CaseActions.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QTableView;
class QTimer;
class QToolBar;

namespace ow::ui {

class CaseListModel;
class ConflictsView;
class OneFormWidget;
class ScanViewer;
class SearchResultsModel;
class SyncLogView;
class SyncStatusBar;

// The counter's main window: the case list with search-as-you-type on the left, the one form
// of the current case on the right, the actions of the workflow in the tool bar. What an action
// does and which are offered is CaseActions' (no widgets); the window asks for reasons, shows
// outcomes and keeps the list, the form and the header in step. Built in MainWindow.cpp; the
// case on screen and its actions in MainWindowCase.cpp.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workbench &workbench, const storage::LocalAccount &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    const core::CaseRecord &currentCase() const { return m_actions.current(); }
    OneFormWidget *formWidget() const { return m_form; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *caseView() const { return m_view; }
    QAction *action(core::CaseAction action) const;
    QAction *newCaseAction() const { return m_newCase; }
    QAction *openNoticeAction() const { return m_openNotice; }
    QAction *licenceAction() const { return m_licence; }
    QAction *sheetsAction() const { return m_sheets; }
    QAction *stockAccountingAction() const { return m_stockAccounting; }
    QAction *verifyLicenceAction() const { return m_verifyLicence; }
    QAction *changeEntityAction() const { return m_changeEntity; }
    QAction *deregisterEntityAction() const { return m_deregisterEntity; }
    QLabel *entityPanel() const { return m_entityPanel; }
    QString lastNoticePath() const { return m_actions.lastNotice(); }
    // The scans of the case on screen, beside the form (View → Scans).
    ScanViewer *scanViewer() const { return m_scans; }

    // What the status bar says about the workstation certificate expiring on `expiry`
    // (SyncStatusBar::certificateExpiryNote).
    static QString certificateExpiryNote(const QDateTime &expiry, const QDateTime &now);

    // Shows the window for the day's work: maximised on the first start (no saved geometry),
    // otherwise where it was left, kept inside the screen (a smaller screen, a window manager's offset).
    void showForWork();

public slots:
    void newCase();
    void openCase(const QString &caseId);
    bool perform(core::CaseAction action);
    void printNotice();
    // MainWindowLicence.cpp: the business licence of a licensed case, once the exchange confirmed it.
    void showLicence();
    void printLicence();
    // MainWindowEntity.cpp: a change registration (F9) or a deregistration (Shift+F9) of the
    // enterprise `code` (empty: the one selected in the search results, or the current case's), the
    // one form pre-filled as registered. A deregistration asks for its procedure unless `simplified`
    // says it.
    void startChange(const QString &code = {});
    void startDeregistration(const QString &code = {}, std::optional<bool> simplified = std::nullopt);
    // The case's numbered licence sheets: void, reprint (SheetLedgerDialog).
    void showSheets();
    // Any licence handed over at the counter, checked offline (VerifyLicenceDialog, Ctrl+Shift+V).
    void verifyLicence();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // MainWindow.cpp: the window's parts and their wiring.
    void buildActions();
    void buildWorkflowActions(QMenu *menu, QToolBar *bar);
    void buildNoticeAndSyncActions(QMenu *menu, QToolBar *bar);
    void buildLicenceAction(QMenu *menu, QToolBar *bar);
    void buildOfficeActions(QMenu *menu);
    void buildLayout();
    QWidget *buildCaseList(QWidget *parent);
    // Gives the case list the office's calendar and clocks (again after the settings changed).
    void useClocks();
    static inline const QString QueueKey = QStringLiteral("queue");
    QWidget *buildFormPane(QWidget *parent);
    void connectForm();
    QString nameProblem(const core::OneForm &form) const;
    void buildDocks();
    void connectSync();
    void editExchangeConnection();
    void runSearch();
    void activateRow(const QModelIndex &index);
    void reloadCurrentUnlessEdited();

    // MainWindowEntity.cpp: cases about a registered enterprise.
    void buildEntityActions(QMenu *menu);
    QString selectedEnterpriseCode() const;
    void showStarted(const core::CaseRecord &record, const QString &note);
    // A change's items and materials as the form stands, a deregistration's procedure and notice.
    void refreshEntityCase();
    QString entityHeader() const;

    // MainWindowCase.cpp: the case on screen.
    void showCase(const core::CaseRecord &record);
    // The current case's scans in the viewer; those this counter lacks asked from the exchange.
    void showScans();
    void updateActions();
    void updateHeader();
    QString headerAttention(const core::CaseRecord &c) const;
    QString summaryText() const; // the line under the form: its problems, or why it is read-only
    bool askReason(core::CaseAction action, QString *reason, QStringList *codes);
    bool askJurisdictionReason(const core::OneForm &form, QString *reason);
    bool confirmLeavingEdits();

    Workbench &m_wb;
    storage::LocalAccount m_user;
    CaseActions m_actions;
    bool m_dirty = false;
    bool m_firstStart = false;

    CaseListModel *m_cases = nullptr;
    SearchResultsModel *m_hits = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QTimer *m_searchTimer = nullptr;
    OneFormWidget *m_form = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_summary = nullptr;
    SyncStatusBar *m_status = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_signInOnline = nullptr;
    SyncLogView *m_syncLog = nullptr;
    ConflictsView *m_conflicts = nullptr;
    QDockWidget *m_conflictsDock = nullptr;
    ScanViewer *m_scans = nullptr;
    QDockWidget *m_scansDock = nullptr;
    QMenu *m_viewMenu = nullptr;

    QAction *m_newCase = nullptr;
    QAction *m_print = nullptr;
    QAction *m_openNotice = nullptr;
    QAction *m_licence = nullptr;
    QAction *m_sheets = nullptr;
    QAction *m_stockAccounting = nullptr;
    QAction *m_verifyLicence = nullptr;
    QAction *m_changeEntity = nullptr;
    QAction *m_deregisterEntity = nullptr;
    QLabel *m_entityPanel = nullptr;
    QAction *m_findAction = nullptr;
    QHash<int, QAction *> m_workflowActions;
};

} // namespace ow::ui
