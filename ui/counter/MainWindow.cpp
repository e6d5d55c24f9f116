#include "ui/counter/MainWindow.h"

#include "core/EnterpriseName.h"
#include "core/NameClash.h"
#include "sync/SyncEngine.h"
#include "ui/admin/SettingsDialog.h"
#include "ui/common/HelpMenu.h"
#include "ui/common/LoginDialog.h"
#include "ui/common/WindowPlacement.h"
#include "ui/counter/CaseListModel.h"
#include "ui/counter/CreditRecordDialog.h"
#include "ui/counter/ListColumns.h"
#include "ui/counter/MaterialsChecklist.h"
#include "ui/counter/NoticeViewer.h"
#include "ui/counter/OneFormWidget.h"
#include "ui/counter/ScanPreparation.h"
#include "ui/counter/ScanViewer.h"
#include "ui/counter/SearchResultsModel.h"
#include "ui/review/StatisticsView.h"
#include "ui/sync/ConflictsView.h"
#include "ui/sync/ExchangeSettingsDialog.h"
#include "ui/sync/SyncLogView.h"
#include "ui/sync/SyncStatusBar.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ow::ui {

using core::CaseAction;

MainWindow::MainWindow(Workbench &workbench, const storage::LocalAccount &user, QWidget *parent)
    : QMainWindow(parent), m_wb(workbench), m_user(user), m_actions(workbench, user)
{
    setWindowTitle(tr("OneWindow — enterprise registration"));
    buildActions();
    buildLayout();
    m_status = new SyncStatusBar(m_wb, m_user, statusBar(), m_syncNow, m_signInOnline);
    if (!restoreGeometry(m_wb.settings.mainWindowGeometry())) {
        m_firstStart = true;
        resize(QSize(1366, 768).boundedTo(screen()->availableGeometry().size())); // until maximised
    }
    restoreState(m_wb.settings.mainWindowState());
    newCase();
    buildDocks();
    connectSync();
    m_status->updateAll();
}

MainWindow::~MainWindow() = default;

void MainWindow::showForWork()
{
    if (m_firstStart) {
        showMaximized();
        return;
    }
    show();
    keepInsideScreen(this);
    // Once the window manager has framed it, its frame is known: check again.
    QTimer::singleShot(0, this, [this] { keepInsideScreen(this); });
}

QAction *MainWindow::action(CaseAction a) const
{
    return m_workflowActions.value(int(a));
}

QString MainWindow::certificateExpiryNote(const QDateTime &expiry, const QDateTime &now)
{
    return SyncStatusBar::certificateExpiryNote(expiry, now);
}

void MainWindow::buildActions()
{
    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    QToolBar *bar = addToolBar(tr("Case actions"));
    bar->setObjectName(QStringLiteral("caseToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);

    m_newCase = new QAction(tr("&New case"), this);
    m_newCase->setShortcut(QKeySequence::New);
    m_newCase->setToolTip(tr("Start the one form for a new applicant (Ctrl+N)"));
    connect(m_newCase, &QAction::triggered, this, &MainWindow::newCase);
    caseMenu->addAction(m_newCase);
    bar->addAction(m_newCase);
    buildEntityActions(caseMenu);

    buildWorkflowActions(caseMenu, bar);
    caseMenu->addSeparator();
    bar->addSeparator();
    buildNoticeAndSyncActions(caseMenu, bar);
    buildLicenceAction(caseMenu, bar);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_F3)});
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(StatisticsView::createAction(m_wb, this, m_user.role == core::Role::Supervisor));

    caseMenu->addSeparator();
    buildOfficeActions(caseMenu);
    addHelpMenu(this, [this] {
        AboutFacts facts;
        facts.workstation = m_wb.settings.workstationCode();
        facts.authority = QStringLiteral("%1 %2").arg(m_wb.authorityDivision(), m_wb.authorityName());
        facts.exchange = m_wb.syncConfigured() ? m_wb.settings.exchange().url.toString() : QString();
        facts.cacheFile = QDir::toNativeSeparators(m_wb.db->path());
        facts.cacheSchema = m_wb.db->schemaVersion();
        facts.sqliteVersion = m_wb.db->engineVersion();
        return facts;
    });
}

void MainWindow::buildWorkflowActions(QMenu *menu, QToolBar *bar)
{
    struct Spec
    {
        CaseAction action;
        QKeySequence shortcut;
    };
    const QList<Spec> specs{
        {CaseAction::SaveDraft, QKeySequence::Save},
        {CaseAction::Accept, QKeySequence(Qt::CTRL | Qt::Key_Return)},
        {CaseAction::RequestCorrection, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
        {CaseAction::Refuse, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {CaseAction::Resume, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {CaseAction::Withdraw, QKeySequence()},
        {CaseAction::TakeForReview, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {CaseAction::ReleaseReview, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
        {CaseAction::ExtendDecision, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
        {CaseAction::Approve, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {CaseAction::Reject, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)},
        {CaseAction::IssueLicence, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
    };
    for (const Spec &spec : specs) {
        auto *a = new QAction(core::CaseWorkflow::actionLabel(spec.action), this);
        a->setObjectName(QStringLiteral("action_") + core::CaseWorkflow::actionKey(spec.action));
        if (!spec.shortcut.isEmpty()) {
            a->setShortcut(spec.shortcut);
            a->setToolTip(
                QStringLiteral("%1 (%2)").arg(a->text(), spec.shortcut.toString(QKeySequence::NativeText)));
        }
        connect(a, &QAction::triggered, this, [this, act = spec.action] { perform(act); });
        m_workflowActions.insert(int(spec.action), a);
        menu->addAction(a);
        bar->addAction(a);
    }
    // Ctrl+Enter on the keypad accepts too.
    action(CaseAction::Accept)
        ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
}

void MainWindow::buildNoticeAndSyncActions(QMenu *menu, QToolBar *bar)
{
    m_print = new QAction(tr("&Print notice…"), this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &MainWindow::printNotice);
    m_openNotice = new QAction(tr("&Open notice PDF"), this);
    // Shown in the client: a counter's desktop may have no PDF viewer (nothing visible happened).
    connect(m_openNotice, &QAction::triggered, this, [this] {
        if (m_actions.lastNotice().isEmpty()) {
            return;
        }
        auto *viewer = new NoticeViewer(m_actions.lastNotice(),
                                        licence::NoticeRenderer::title(m_actions.lastNoticeKind()), this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        connect(viewer, &NoticeViewer::printRequested, this, &MainWindow::printNotice);
        viewer->open();
    });
    menu->addAction(m_print);
    menu->addAction(m_openNotice);
    bar->addAction(m_print);
    bar->addAction(m_openNotice);

    m_syncNow = new QAction(tr("S&ync now"), this);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setToolTip(tr("Send waiting items to the exchange and fetch its changes (F5)"));
    connect(m_syncNow, &QAction::triggered, this, [this] { m_wb.sync->syncNow(); });
    bar->addSeparator();
    bar->addAction(m_syncNow);

    m_signInOnline = new QAction(tr("Sign in to the e&xchange…"), this);
    m_signInOnline->setToolTip(
        tr("After an offline sign-in or an expired session: sign in at the exchange to send"));
    connect(m_signInOnline, &QAction::triggered, this, [this] {
        LoginDialog dialog(m_wb.accounts, m_wb.settings.workstationCode(), m_user.userId, this);
        dialog.userEdit()->setReadOnly(true);
        dialog.setSyncEngine(m_wb.sync.get());
        if (dialog.exec() == QDialog::Accepted && dialog.signedInOnline()) {
            statusBar()->showMessage(tr("Signed in at the exchange; sending what is waiting."), 8000);
        }
        m_status->updateConnection();
    });
    bar->addAction(m_signInOnline);
}

void MainWindow::buildOfficeActions(QMenu *menu)
{
    auto *settings = new QAction(tr("S&ettings…"), this);
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, [this] {
        SettingsDialog dialog(m_wb, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_wb.reloadCalendar();
            useClocks();
            updateHeader();
        }
    });
    menu->addAction(settings);
    auto *exchange = new QAction(tr("E&xchange connection…"), this);
    connect(exchange, &QAction::triggered, this, &MainWindow::editExchangeConnection);
    menu->addAction(exchange);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    menu->addAction(quit);
}

void MainWindow::buildLayout()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(buildCaseList(splitter));
    splitter->addWidget(buildFormPane(splitter));
    // The list wide enough for its clock column beside the name at 1366 pixels.
    splitter->setStretchFactor(0, 9);
    splitter->setStretchFactor(1, 11);
    splitter->setSizes({600, 740});
    setCentralWidget(splitter);
    connectForm();
}

QWidget *MainWindow::buildCaseList(QWidget *parent)
{
    auto *left = new QWidget(parent);
    auto *leftLayout = new QVBoxLayout(left);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search name, code, legal representative or receipt no. (Ctrl+F)"));
    leftLayout->addWidget(m_search);
    m_stateFilter = new QComboBox(left);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(tr("All states"), QString());
    m_stateFilter->addItem(tr("Review queue (by time left)"), QueueKey);
    for (core::CaseState s : core::CaseStates::all()) {
        m_stateFilter->addItem(core::CaseStates::label(s), core::CaseStates::toKey(s));
    }
    leftLayout->addWidget(m_stateFilter);
    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    leftLayout->addWidget(m_view, 1);

    m_cases = new CaseListModel(m_wb.cases, this);
    m_cases->setNames([this](const QString &userId) {
        const std::optional<storage::LocalAccount> account = m_wb.accounts.find(userId);
        return account && !account->displayName.isEmpty() ? account->displayName : userId;
    });
    connect(m_cases, &CaseListModel::counted, this, [this](int total, int overdue) {
        if (!m_cases->isQueue())
            return;
        const int at = m_stateFilter->findData(QueueKey);
        m_stateFilter->setItemText(
            at, overdue > 0 ? tr("Review queue: %1 waiting, %2 overdue").arg(total).arg(overdue)
                            : tr("Review queue: %1 waiting").arg(total));
    });
    useClocks();
    m_hits = new SearchResultsModel(this);
    m_view->setModel(m_cases);
    m_view->sortByColumn(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    fitCaseListColumns(m_view);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    // Enter opens the first hit (a case, or a registered enterprise's details); Down walks the hits.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        runSearch();
        if (m_view->model()->rowCount() > 0) {
            m_view->selectRow(0);
            activateRow(m_view->model()->index(0, 0));
        }
    });
    auto *clearSearch =
        new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_search, &QLineEdit::clear);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_stateFilter->currentData().toString();
        if (key == QueueKey) {
            m_cases->setQueue(true);
            m_view->sortByColumn(CaseListModel::ClockColumn, Qt::AscendingOrder);
            return;
        }
        m_stateFilter->setItemText(m_stateFilter->findData(QueueKey), tr("Review queue (by time left)"));
        if (m_cases->isQueue()) { // back to the list's usual order
            m_cases->setQueue(false);
            m_view->sortByColumn(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
        }
        m_cases->setStateFilter(core::CaseStates::fromKey(key));
    });
    connect(m_view, &QTableView::activated, this, &MainWindow::activateRow);
    connect(m_view, &QTableView::clicked, this, &MainWindow::activateRow);
    // A supervisor starts with what waits for an answer, the most urgent first.
    if (m_user.role == core::Role::Supervisor)
        m_stateFilter->setCurrentIndex(m_stateFilter->findData(QueueKey));
    return left;
}

void MainWindow::useClocks()
{
    m_cases->setClocks(&m_wb.calendar(), m_wb.clocks(), [] { return QDate::currentDate(); });
    m_cases->setGreenChannel([this](const QString &caseId) { return m_wb.hasCleanRecord(caseId); });
}

void MainWindow::buildDocks()
{
    m_syncLog = new SyncLogView(this);
    auto *logDock = new QDockWidget(tr("Sync log"), this);
    logDock->setObjectName(QStringLiteral("syncLogDock"));
    logDock->setWidget(m_syncLog);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    logDock->hide();

    m_conflicts = new ConflictsView(m_wb.db, m_wb.cases, m_user.role, m_user.userId, this);
    m_conflictsDock = new QDockWidget(tr("Conflicts"), this);
    m_conflictsDock->setObjectName(QStringLiteral("conflictsDock"));
    m_conflictsDock->setWidget(m_conflicts);
    addDockWidget(Qt::BottomDockWidgetArea, m_conflictsDock);
    tabifyDockWidget(logDock, m_conflictsDock);
    m_conflictsDock->setVisible(m_conflicts->openCount() > 0);
    // A decision may have changed a case and the outbox: show both as they are now.
    connect(m_conflicts, &ConflictsView::resolved, this, [this] {
        m_cases->reload();
        // A change queued again goes out at once, as after any action at the counter.
        m_actions.syncSoon();
        if (!m_actions.current().id.isEmpty()) {
            reloadCurrentUnlessEdited();
        }
        updateHeader();
    });
    QAction *logToggle = logDock->toggleViewAction();
    logToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewMenu->addAction(logToggle);
    QAction *conflictsToggle = m_conflictsDock->toggleViewAction();
    // Not Ctrl+K: a line edit of the form takes that (delete to the end of the line).
    conflictsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(conflictsToggle, &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            m_conflictsDock->raise();
            m_conflicts->reload();
            m_conflicts->setFocus(); // the list: arrows choose, Tab reaches the note and the choices
        }
    });
    m_viewMenu->addAction(conflictsToggle);

    m_scans = new ScanViewer(this);
    m_scansDock = new QDockWidget(tr("Scans"), this);
    m_scansDock->setObjectName(QStringLiteral("scansDock"));
    m_scansDock->setWidget(m_scans);
    addDockWidget(Qt::RightDockWidgetArea, m_scansDock);
    m_scansDock->hide();
    QAction *scansToggle = m_scansDock->toggleViewAction();
    // Not Ctrl+Shift+J: that rejects a case (an ambiguous key would do neither).
    scansToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_viewMenu->addAction(scansToggle);
}

// The case on screen changed elsewhere: show the new version unless it is being edited.
void MainWindow::reloadCurrentUnlessEdited()
{
    if (m_form->isReadOnly() || !m_dirty) {
        if (const std::optional<core::CaseRecord> fresh = m_wb.cases.find(m_actions.current().id)) {
            showCase(*fresh);
        }
    }
}

void MainWindow::editExchangeConnection()
{
    ExchangeSettingsDialog dialog(m_wb.settings.exchange(), m_wb.secrets, this);
    dialog.setCertificateDirectory(QDir(m_wb.dataDir).filePath(QStringLiteral("exchange")));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_wb.settings.setExchange(dialog.settings());
    m_wb.settings.sync();
    if (const ow::Result<void> configured = m_wb.configureSync(); !configured) {
        QMessageBox::warning(this, tr("Connection to the exchange"), configured.error().message);
    } else if (m_wb.syncConfigured()) {
        statusBar()->showMessage(tr("Exchange settings saved. Sign in again to send with your account."),
                                 10000);
    }
    m_status->updateConnection();
}

void MainWindow::connectSync()
{
    sync::SyncEngine *engine = m_wb.sync.get();
    connect(engine, &sync::SyncEngine::logEntry, m_syncLog, &SyncLogView::append);
    connect(engine, &sync::SyncEngine::conflictCountChanged, this, [this](int count) {
        m_conflicts->reload();
        updateHeader();
        if (count > 0) {
            m_conflictsDock->show();
            m_conflictsDock->raise();
        }
    });
    connect(engine, &sync::SyncEngine::logEntry, this, [this](const sync::SyncLogEntry &entry) {
        if (entry.level == sync::SyncLogEntry::Level::Error) {
            statusBar()->showMessage(entry.requestId.isEmpty()
                                         ? entry.message
                                         : tr("%1 (request %2)").arg(entry.message, entry.requestId),
                                     15000);
        }
    });
    connect(engine->downloader(), &sync::AttachmentDownloader::arrived, this, [this](const QString &caseId) {
        if (caseId == m_actions.current().id) {
            showScans();
        }
    });
    connect(engine->downloader(), &sync::AttachmentDownloader::failed, this,
            [this](const QString &caseId, const QString &sha256, const sync::SyncError &error) {
                if (caseId == m_actions.current().id) {
                    m_scans->setUnavailable(sha256, error.displayText());
                }
            });
    connect(engine, &sync::SyncEngine::casesChanged, this, [this](const QStringList &ids) {
        m_cases->reload();
        if (ids.contains(m_actions.current().id)) {
            reloadCurrentUnlessEdited();
        }
    });
}

void MainWindow::runSearch()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        if (m_view->model() != m_cases) {
            m_view->setModel(m_cases);
            m_view->setSortingEnabled(true);
            fitCaseListColumns(m_view);
        }
        return;
    }
    m_hits->setHits(m_wb.search.search(query, 50));
    if (m_view->model() != m_hits) {
        m_view->setSortingEnabled(false);
        m_view->setModel(m_hits);
        fitSearchColumns(m_view);
    }
    statusBar()->showMessage(tr("%n match(es) for \"%1\"", nullptr, int(m_hits->hits().size())).arg(query),
                             4000);
}

void MainWindow::activateRow(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    const QString caseId = index.data(CaseListModel::CaseIdRole).toString();
    if (!caseId.isEmpty()) {
        openCase(caseId);
        return;
    }
    if (m_view->model() == m_hits && index.row() < m_hits->hits().size()) {
        const storage::SearchHit &hit = m_hits->hits().at(index.row());
        const std::optional<core::CreditProfile> profile = m_wb.creditProfile(hit.code);
        if (!profile) {
            statusBar()->showMessage(tr("Registered enterprise %1, code %2, legal representative %3")
                                         .arg(hit.name, hit.code, hit.person),
                                     10000);
            return;
        }
        const licence::CreditReportData report{{}, m_wb.authorityName(), m_user.displayName, profile->day};
        auto *details = new CreditRecordDialog(*profile, report, m_wb.noticesDir(), this);
        details->setAttribute(Qt::WA_DeleteOnClose);
        details->open();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeavingEdits()) {
        event->ignore();
        return;
    }
    m_wb.settings.setMainWindowGeometry(saveGeometry());
    m_wb.settings.setMainWindowState(saveState());
    event->accept();
}

} // namespace ow::ui
