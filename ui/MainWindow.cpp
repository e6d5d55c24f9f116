#include "MainWindow.h"

#include "CaseListModel.h"
#include "ConflictsView.h"
#include "ExchangeSettingsDialog.h"
#include "LoginDialog.h"
#include "MaterialsChecklist.h"
#include "OneFormWidget.h"
#include "ReasonDialog.h"
#include "SearchResultsModel.h"
#include "SettingsDialog.h"
#include "SyncLogView.h"
#include "WorkbenchTypes.h"
#include "core/EnterpriseName.h"
#include "core/EntityType.h"
#include "storage/ConflictStore.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcMainWindow, "onewindow.ui.mainwindow")

namespace ow::ui {

using core::CaseAction;

MainWindow::MainWindow(Workbench &workbench, const storage::LocalAccount &user, QWidget *parent)
    : QMainWindow(parent), m_wb(workbench), m_user(user)
{
    setWindowTitle(tr("OneWindow — enterprise registration"));
    buildActions();
    buildLayout();
    buildStatusBar();
    if (!restoreGeometry(m_wb.settings.mainWindowGeometry())) {
        resize(1480, 920); // first start: room for the list and the whole width of the form
    }
    restoreState(m_wb.settings.mainWindowState());
    newCase();
    buildDocks();
    connectSync();
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

core::Actor MainWindow::actor() const
{
    return {m_user.userId, m_user.role, m_wb.settings.workstationCode()};
}

QAction *MainWindow::action(CaseAction a) const
{
    return m_workflowActions.value(int(a));
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
        {CaseAction::Approve, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {CaseAction::Reject, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)},
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
        caseMenu->addAction(a);
        bar->addAction(a);
    }
    // Ctrl+Enter on the keypad accepts too.
    action(CaseAction::Accept)
        ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    caseMenu->addSeparator();
    bar->addSeparator();

    m_print = new QAction(tr("&Print notice…"), this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &MainWindow::printNotice);
    m_openNotice = new QAction(tr("&Open notice PDF"), this);
    connect(m_openNotice, &QAction::triggered, this, [this] {
        if (!m_lastNotice.isEmpty()) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastNotice));
        }
    });
    caseMenu->addAction(m_print);
    caseMenu->addAction(m_openNotice);
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
        updateConnection();
    });
    bar->addAction(m_signInOnline);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_F3)});
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_findAction);

    caseMenu->addSeparator();
    auto *settings = new QAction(tr("S&ettings…"), this);
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, [this] {
        SettingsDialog dialog(m_wb.settings, this);
        if (dialog.exec() == QDialog::Accepted) {
            updateHeader();
        }
    });
    caseMenu->addAction(settings);
    auto *exchange = new QAction(tr("E&xchange connection…"), this);
    connect(exchange, &QAction::triggered, this, &MainWindow::editExchangeConnection);
    caseMenu->addAction(exchange);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    caseMenu->addAction(quit);
}

void MainWindow::buildLayout()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search name, code, legal representative or receipt no. (Ctrl+F)"));
    leftLayout->addWidget(m_search);
    m_stateFilter = new QComboBox(left);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(tr("All states"), QString());
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
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    leftLayout->addWidget(m_view, 1);

    m_cases = new CaseListModel(m_wb.cases, this);
    m_hits = new SearchResultsModel(this);
    m_view->setModel(m_cases);
    m_view->sortByColumn(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    m_view->setColumnWidth(CaseListModel::ReceiptColumn, 190);
    m_view->setColumnWidth(CaseListModel::NameColumn, 220);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_view->model()->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });
    auto *clearSearch =
        new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_search, &QLineEdit::clear);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_stateFilter->currentData().toString();
        m_cases->setStateFilter(core::CaseStates::fromKey(key));
    });
    connect(m_view, &QTableView::activated, this, &MainWindow::activateRow);
    connect(m_view, &QTableView::clicked, this, &MainWindow::activateRow);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    m_header = new QLabel(right);
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setTextFormat(Qt::RichText);
    rightLayout->addWidget(m_header);
    m_form = new OneFormWidget(right);
    rightLayout->addWidget(m_form, 1);
    m_summary = new QLabel(right);
    m_summary->setObjectName(QStringLiteral("formSummary"));
    m_summary->setWordWrap(true);
    rightLayout->addWidget(m_summary);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 920});
    setCentralWidget(splitter);

    m_form->setNameClashCheck([this](const core::OneForm &form) {
        const core::NameParts parts = core::EnterpriseName::parse(form.proposedName);
        if (parts.tradeName.isEmpty()) {
            return QString();
        }
        return m_wb.enterprises.findNameClash(parts.tradeName, parts.industry,
                                              m_wb.settings.authorityDivision(), m_current.id);
    });
    m_form->materialsChecklist()->setAttachHandler([this](const QString &path, QString *error) {
        const ow::Result<QString> stored = m_wb.attachments.add(path, m_current.id);
        if (!stored) {
            *error = stored.error().message;
            return QString();
        }
        return stored.value();
    });
    connect(m_form, &OneFormWidget::contentChanged, this, [this] {
        if (!m_form->isReadOnly()) {
            m_dirty = true;
        }
        m_summary->setText(m_form->isReadOnly() ? QString() : m_form->summary());
        updateActions();
    });
}

void MainWindow::buildStatusBar()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_workstationLabel = new QLabel(this);
    m_workstationLabel->setObjectName(QStringLiteral("statusWorkstation"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("statusConnection"));
    m_unsentLabel = new QLabel(this);
    m_unsentLabel->setObjectName(QStringLiteral("statusUnsent"));
    m_lastSyncLabel = new QLabel(this);
    m_lastSyncLabel->setObjectName(QStringLiteral("statusLastSync"));
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setTextVisible(true);
    m_syncProgress->hide();
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_workstationLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_unsentLabel);
    statusBar()->addPermanentWidget(m_lastSyncLabel);
}

void MainWindow::updateStatusBar()
{
    m_userLabel->setText(tr("%1 (%2)").arg(m_user.displayName, core::CaseStates::roleLabel(m_user.role)));
    m_workstationLabel->setText(tr("Workstation %1").arg(m_wb.settings.workstationCode()));
    m_unsentLabel->setText(tr("%n item(s) waiting to be sent", nullptr, m_wb.outbox.count()));
    updateConnection();
}

void MainWindow::updateConnection()
{
    const bool configured = m_wb.syncConfigured();
    m_syncNow->setEnabled(configured);
    const bool needsSignIn = configured && (m_wb.sync->session().token.isEmpty() ||
                                            m_wb.sync->state() == sync::ConnectionState::SessionExpired);
    m_signInOnline->setVisible(needsSignIn);
    QString text;
    QString colour = QStringLiteral("#8a5a00");
    if (!configured) {
        text = tr("● Offline — no exchange configured; working from the local cache");
    } else {
        switch (m_wb.sync->state()) {
        case sync::ConnectionState::Online:
            text = tr("● Online");
            colour = QStringLiteral("#1e7b34");
            break;
        case sync::ConnectionState::SigningIn:
            text = tr("● Signing in…");
            break;
        case sync::ConnectionState::ServerUnavailable:
            text = tr("● Exchange unavailable — working offline, retrying by itself");
            break;
        case sync::ConnectionState::CertificateProblem:
            text = tr("● Certificate problem — working offline; see the sync log");
            colour = QStringLiteral("#b3261e");
            break;
        case sync::ConnectionState::SessionExpired:
            text = tr("● Session expired — sign in again to send");
            colour = QStringLiteral("#b3261e");
            break;
        case sync::ConnectionState::Offline:
            text = tr("● Offline — working from the local cache");
            break;
        }
    }
    if (configured) {
        const QString expiry =
            certificateExpiryNote(m_wb.sync->certificateExpiry(), QDateTime::currentDateTimeUtc());
        if (!expiry.isEmpty()) {
            text += QStringLiteral(" · ") + expiry;
            colour = colour == QStringLiteral("#1e7b34") ? QStringLiteral("#8a5a00") : colour;
        }
    }
    m_connectionLabel->setText(text);
    m_connectionLabel->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    const QDateTime last = configured ? m_wb.sync->lastSuccessfulSync() : QDateTime();
    m_lastSyncLabel->setText(
        last.isValid() ? tr("Last sync %1").arg(last.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")))
                       : QString());
}

QString MainWindow::certificateExpiryNote(const QDateTime &expiry, const QDateTime &now)
{
    if (!expiry.isValid() || expiry > now.addDays(30)) {
        return {};
    }
    if (expiry <= now) {
        return tr("the workstation certificate has expired: ask IT to enrol this workstation again");
    }
    return tr("the workstation certificate expires in %n day(s): ask IT for a new one", nullptr,
              int(std::max<qint64>(1, (now.secsTo(expiry) + 86399) / 86400)));
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
        if (m_wb.syncConfigured()) {
            m_wb.sync->refreshCounts();
            m_wb.sync->syncNow();
        }
        if (!m_current.id.isEmpty() && (m_form->isReadOnly() || !m_dirty)) {
            if (const std::optional<core::CaseRecord> fresh = m_wb.cases.find(m_current.id)) {
                showCase(*fresh);
            }
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
    updateConnection();
}

void MainWindow::connectSync()
{
    sync::SyncEngine *engine = m_wb.sync.get();
    connect(engine, &sync::SyncEngine::stateChanged, this, &MainWindow::updateConnection);
    connect(engine, &sync::SyncEngine::lastSuccessfulSyncChanged, this, &MainWindow::updateConnection);
    connect(engine, &sync::SyncEngine::unsentCountChanged, this, [this](int count) {
        m_unsentLabel->setText(tr("%n item(s) waiting to be sent", nullptr, count));
    });
    connect(engine, &sync::SyncEngine::syncStarted, this, [this] {
        m_syncProgress->setRange(0, 0);
        m_syncProgress->show();
    });
    connect(engine, &sync::SyncEngine::progress, this, [this](int done, int total) {
        m_syncProgress->setRange(0, std::max(total, 1));
        m_syncProgress->setValue(done);
        m_syncProgress->setFormat(tr("Sending %v of %m"));
    });
    connect(engine, &sync::SyncEngine::syncFinished, this, [this] {
        m_syncProgress->hide();
        updateConnection();
    });
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
    connect(engine, &sync::SyncEngine::casesChanged, this, [this](const QStringList &ids) {
        m_cases->reload();
        // The case on screen changed elsewhere: show the new version unless it is being edited.
        if (ids.contains(m_current.id) && (m_form->isReadOnly() || !m_dirty)) {
            if (const std::optional<core::CaseRecord> fresh = m_wb.cases.find(m_current.id)) {
                showCase(*fresh);
            }
        }
    });
}

void MainWindow::newCase()
{
    if (!confirmLeavingEdits()) {
        return;
    }
    core::CaseRecord blank;
    blank.state = core::CaseState::Draft;
    showCase(blank);
    m_view->clearSelection();
    m_form->focusFirstField();
}

void MainWindow::openCase(const QString &caseId)
{
    if (caseId == m_current.id && !caseId.isEmpty()) {
        return;
    }
    if (!confirmLeavingEdits()) {
        return;
    }
    const std::optional<core::CaseRecord> record = m_wb.cases.find(caseId);
    if (!record) {
        statusBar()->showMessage(tr("The case could not be found in the local cache."), 8000);
        return;
    }
    showCase(*record);
}

void MainWindow::showCase(const core::CaseRecord &record)
{
    m_current = record;
    const bool editable = core::CaseWorkflow::mayEditForm(record, actor());
    m_form->setReadOnly(!editable);
    if (record.version == 0 && record.form.entityTypeId.isEmpty()) {
        m_form->clear();
    } else {
        m_form->setContent(record.form, record.materials);
    }
    m_dirty = false;
    m_lastNotice.clear();
    const QString noticeDir = m_wb.noticesDir();
    for (const char *kind : {"acceptance", "correction", "refusal"}) {
        const QString candidate =
            QDir(noticeDir).filePath(QStringLiteral("%1-%2.pdf").arg(record.id, QLatin1String(kind)));
        if (!record.id.isEmpty() && QFile::exists(candidate)) {
            m_lastNotice = candidate;
        }
    }
    m_summary->setText(editable ? m_form->summary() : QString());
    updateHeader();
    updateActions();
}

void MainWindow::updateHeader()
{
    const core::CaseRecord &c = m_current;
    if (c.version == 0) {
        m_header->setText(
            tr("<h3>New case</h3>Fill in the one form with the applicant. Tab moves to the next "
               "field; F8 jumps to the next problem."));
        return;
    }
    QString text =
        QStringLiteral("<h3>%1</h3>")
            .arg((c.form.proposedName.isEmpty() ? tr("(no name yet)") : c.form.proposedName).toHtmlEscaped());
    text += tr("State: <b>%1</b>").arg(core::CaseStates::label(c.state));
    if (!c.receiptNumber.isEmpty()) {
        text += QStringLiteral(" · ") + tr("Receipt no. <b>%1</b>").arg(c.receiptNumber);
    }
    if (c.acceptedAt.isValid() && !core::CaseStates::isFinal(c.state)) {
        const qint64 days = c.acceptedAt.toLocalTime().date().daysTo(QDate::currentDate());
        text +=
            QStringLiteral(" · ") + tr("accepted %n day(s) ago (limit %1 working days)", nullptr, int(days))
                                        .arg(m_wb.settings.timeLimitWorkingDays());
    }
    if (const auto lock = core::CaseWorkflow::reviewLock(c)) {
        text +=
            QStringLiteral("<br>") + tr("Being reviewed by %1 until %2")
                                         .arg(lock->reviewer.toHtmlEscaped(),
                                              lock->until.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    if (!c.lastReason.isEmpty()) {
        text += QStringLiteral("<br>") + tr("Reason: %1").arg(c.lastReason.toHtmlEscaped());
    }
    if (storage::ConflictStore(m_wb.db).openCountFor(c.id) > 0) {
        text += QStringLiteral("<br><span style=\"color:#b3261e\">") +
                tr("<b>Open conflict with the exchange:</b> the exchange may have this case differently. A "
                   "supervisor decides in <i>View → Conflicts</i> (Ctrl+Shift+K); until then this counter's "
                   "version "
                   "is shown.") +
                QStringLiteral("</span>");
    }
    m_header->setText(text);
}

void MainWindow::updateActions()
{
    const QList<CaseAction> available = core::CaseWorkflow::available(m_current, actor());
    for (auto it = m_workflowActions.cbegin(); it != m_workflowActions.cend(); ++it) {
        const auto act = CaseAction(it.key());
        bool enabled = available.contains(act);
        if (act == CaseAction::Accept) {
            enabled = enabled && m_form->isComplete();
        }
        it.value()->setEnabled(enabled);
        it.value()->setVisible(available.contains(act) || act == CaseAction::SaveDraft ||
                               act == CaseAction::Accept);
    }
    m_print->setEnabled(!m_lastNotice.isEmpty());
    m_openNotice->setEnabled(!m_lastNotice.isEmpty());
}

bool MainWindow::confirmLeavingEdits()
{
    if (!m_dirty || m_form->isReadOnly() || m_current.state != core::CaseState::Draft) {
        return true;
    }
    const core::OneForm blank;
    if (m_current.version == 0 && m_form->form().proposedName.isEmpty() &&
        m_form->form().legalRep.name.isEmpty()) {
        return true; // nothing typed worth keeping
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The form has changes that are not saved. Save them as a draft?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        return false;
    }
    if (answer == QMessageBox::Save) {
        return perform(CaseAction::SaveDraft);
    }
    return true;
}

bool MainWindow::askReason(CaseAction act, QString *reason)
{
    QString prefill;
    QString prompt;
    switch (act) {
    case CaseAction::RequestCorrection: {
        prompt =
            tr("List everything the applicant must correct or supply. The notice tells them all at once.");
        QStringList lines;
        for (const core::MaterialItem &m : m_form->missingMaterials()) {
            lines.append(tr("Supply: %1").arg(m.title));
        }
        for (const core::FieldIssue &issue : m_form->issues()) {
            lines.append(issue.message);
        }
        prefill = lines.join(QLatin1Char('\n'));
        break;
    }
    case CaseAction::Refuse:
        prompt = tr("Why can this application not be accepted? The reason is printed on the refusal notice.");
        break;
    case CaseAction::Reject:
        prompt = tr("Why is this application rejected?");
        break;
    default:
        prompt = tr("Reason (optional):");
        break;
    }
    ReasonDialog dialog(core::CaseWorkflow::actionLabel(act), prompt, prefill, this,
                        core::CaseWorkflow::reasonRule(act) == core::ReasonRule::Required);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    *reason = dialog.reason();
    return true;
}

bool MainWindow::perform(CaseAction act)
{
    core::CaseRecord edited = m_current;
    if (!m_form->isReadOnly()) {
        edited.form = m_form->form();
        edited.form.authorityDivision = m_wb.settings.authorityDivision();
        edited.materials = m_form->materials();
    }
    core::TransitionRequest request;
    request.action = act;
    request.actor = actor();
    request.at = QDateTime::currentDateTimeUtc();
    if (core::CaseWorkflow::reasonRule(act) != core::ReasonRule::None && !askReason(act, &request.reason)) {
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ow::Result<core::CaseRecord> result = m_wb.cases.perform(edited, request);
    QApplication::restoreOverrideCursor();
    if (!result) {
        qCWarning(lcMainWindow) << "action" << core::CaseWorkflow::actionKey(act)
                                << "failed:" << result.error().code;
        QMessageBox::warning(this, core::CaseWorkflow::actionLabel(act),
                             tr("%1\n\nNothing was changed.").arg(result.error().message));
        return false;
    }
    const core::CaseRecord stored = result.value();
    m_dirty = false;
    showCase(stored);
    m_cases->reload();
    const int row = m_cases->rowOf(stored.id);
    if (row >= 0 && m_view->model() == m_cases) {
        m_view->selectRow(row);
    }

    switch (act) {
    case CaseAction::Accept:
        writeNotice(licence::NoticeKind::Acceptance);
        statusBar()->showMessage(
            tr("Accepted. Receipt no. %1. The acceptance notice is ready to print (Ctrl+P).")
                .arg(stored.receiptNumber),
            15000);
        break;
    case CaseAction::RequestCorrection:
        writeNotice(licence::NoticeKind::Correction);
        statusBar()->showMessage(
            tr("Correction requested. The correction notice is ready to print (Ctrl+P)."), 15000);
        break;
    case CaseAction::Refuse:
        writeNotice(licence::NoticeKind::Refusal);
        statusBar()->showMessage(tr("Refused. The refusal notice is ready to print (Ctrl+P)."), 15000);
        break;
    case CaseAction::SaveDraft:
        statusBar()->showMessage(tr("Draft saved."), 5000);
        break;
    default:
        statusBar()->showMessage(tr("Done: %1.").arg(core::CaseWorkflow::actionLabel(act)), 5000);
        break;
    }
    updateActions();
    updateStatusBar();
    if (m_wb.syncConfigured()) {
        m_wb.sync->refreshCounts();
        m_wb.sync->syncNow();
    }
    return true;
}

void MainWindow::writeNotice(licence::NoticeKind kind)
{
    static const QHash<int, QString> names{
        {int(licence::NoticeKind::Acceptance), QStringLiteral("acceptance")},
        {int(licence::NoticeKind::Correction), QStringLiteral("correction")},
        {int(licence::NoticeKind::Refusal), QStringLiteral("refusal")}};
    const licence::NoticeData notice = licence::NoticeData::fromCase(
        m_current, kind, m_wb.settings.authorityName(), m_user.displayName, QDate::currentDate());
    const QString path = QDir(m_wb.noticesDir())
                             .filePath(QStringLiteral("%1-%2.pdf").arg(m_current.id, names.value(int(kind))));
    QString error;
    if (!licence::NoticeRenderer::writePdf(notice, path, &error)) {
        QMessageBox::warning(this, tr("Notice not written"),
                             tr("The case was saved, but its notice could not be written: %1").arg(error));
        return;
    }
    m_lastNotice = path;
}

void MainWindow::printNotice()
{
    if (m_lastNotice.isEmpty()) {
        return;
    }
    licence::NoticeKind kind = licence::NoticeKind::Acceptance;
    if (m_lastNotice.endsWith(QStringLiteral("-correction.pdf"))) {
        kind = licence::NoticeKind::Correction;
    } else if (m_lastNotice.endsWith(QStringLiteral("-refusal.pdf"))) {
        kind = licence::NoticeKind::Refusal;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(licence::NoticeRenderer::title(kind));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const licence::NoticeData notice = licence::NoticeData::fromCase(
        m_current, kind, m_wb.settings.authorityName(), m_user.displayName, QDate::currentDate());
    if (!licence::NoticeRenderer::paint(notice, &printer)) {
        QMessageBox::warning(
            this, tr("Printing failed"),
            tr("The printer did not accept the notice. Check the printer, or open the PDF and "
               "print it from there."));
    }
}

void MainWindow::runSearch()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        if (m_view->model() != m_cases) {
            m_view->setModel(m_cases);
            m_view->setSortingEnabled(true);
        }
        return;
    }
    m_hits->setHits(m_wb.search.search(query, 50));
    if (m_view->model() != m_hits) {
        m_view->setSortingEnabled(false);
        m_view->setModel(m_hits);
        m_view->setColumnWidth(SearchResultsModel::NameColumn, 240);
        m_view->setColumnWidth(SearchResultsModel::CodeColumn, 190);
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
    if (m_view->model() == m_hits) {
        const storage::SearchHit &hit = m_hits->hits().at(index.row());
        statusBar()->showMessage(tr("Registered enterprise %1, code %2, legal representative %3")
                                     .arg(hit.name, hit.code, hit.person),
                                 10000);
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
