#include "ui/sync/SyncStatusBar.h"

#include "core/CaseState.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

#include <climits>

namespace ow::ui {

namespace {

QLabel *statusLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    return label;
}

} // namespace

SyncStatusBar::SyncStatusBar(Workbench &workbench, const storage::LocalAccount &user, QStatusBar *bar,
                             QAction *syncNow, QAction *signIn)
    : QObject(bar), m_wb(workbench), m_user(user), m_syncNow(syncNow), m_signIn(signIn),
      m_userLabel(statusLabel(bar, "statusUser")), m_workstationLabel(statusLabel(bar, "statusWorkstation")),
      m_connectionLabel(statusLabel(bar, "statusConnection")),
      m_unsentLabel(statusLabel(bar, "statusUnsent")), m_lastSyncLabel(statusLabel(bar, "statusLastSync")),
      m_progress(new QProgressBar(bar)), m_scanProgress(new QProgressBar(bar))
{
    m_scanProgress->setObjectName(QStringLiteral("statusScans"));
    m_scanProgress->setMaximumWidth(200);
    m_scanProgress->setTextVisible(true);
    m_scanProgress->hide();
    bar->addPermanentWidget(m_scanProgress);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_progress->hide();
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_userLabel);
    bar->addPermanentWidget(m_workstationLabel);
    bar->addPermanentWidget(m_connectionLabel);
    bar->addPermanentWidget(m_unsentLabel);
    bar->addPermanentWidget(m_lastSyncLabel);
    connectEngine();
}

void SyncStatusBar::connectEngine()
{
    sync::SyncEngine *engine = m_wb.sync.get();
    connect(engine, &sync::SyncEngine::stateChanged, this, &SyncStatusBar::updateConnection);
    connect(engine, &sync::SyncEngine::lastSuccessfulSyncChanged, this, &SyncStatusBar::updateConnection);
    connect(engine, &sync::SyncEngine::unsentCountChanged, this, [this](int count) {
        m_unsentLabel->setText(tr("%n item(s) waiting to be sent", nullptr, count));
    });
    connect(engine, &sync::SyncEngine::syncStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
    });
    connect(engine, &sync::SyncEngine::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("Sending %v of %m"));
    });
    // A new workstation's first sync downloads the register of enterprises (up to millions).
    connect(engine, &sync::SyncEngine::directoryProgress, this, [this](qint64 stored, qint64 total) {
        m_progress->setMaximumWidth(320);
        m_progress->setRange(0, int(std::min<qint64>(std::max<qint64>(total, 1), INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(stored, INT_MAX)));
        m_progress->setFormat(tr("Register of enterprises: %1 of %2 (%p%)")
                                  .arg(QLocale().toString(stored), QLocale().toString(total)));
        m_progress->setToolTip(tr("This workstation is downloading the register of enterprises once; the "
                                  "counter can be used meanwhile. A stopped download resumes where it "
                                  "stopped."));
    });
    connect(engine, &sync::SyncEngine::directoryIndexing, this, [this](int percent) {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
        m_progress->setFormat(tr("Indexing the register of enterprises: %p%"));
    });
    connect(engine, &sync::SyncEngine::syncFinished, this, [this] {
        m_progress->hide();
        m_progress->setMaximumWidth(160);
        m_progress->setToolTip({});
        updateConnection();
    });
    // The scans' own progress, in KiB (an int holds a round of up to 2 TiB).
    connect(engine, &sync::SyncEngine::attachmentProgress, this, [this](qint64 sent, qint64 total, int left) {
        m_scanProgress->setRange(0, int(std::max<qint64>(total / 1024, 1)));
        m_scanProgress->setValue(int(std::min(sent, total) / 1024));
        m_scanProgress->setFormat(tr("Scans: %n left", nullptr, left));
        m_scanProgress->setVisible(left > 0);
    });
    connect(engine, &sync::SyncEngine::attachmentsFinished, m_scanProgress, &QWidget::hide);
}

void SyncStatusBar::updateAll()
{
    m_userLabel->setText(tr("%1 (%2)").arg(m_user.displayName, core::CaseStates::roleLabel(m_user.role)));
    m_workstationLabel->setText(tr("Workstation %1").arg(m_wb.settings.workstationCode()));
    m_unsentLabel->setText(tr("%n item(s) waiting to be sent", nullptr, m_wb.outbox.count()));
    updateConnection();
}

void SyncStatusBar::updateConnection()
{
    const bool configured = m_wb.syncConfigured();
    m_syncNow->setEnabled(configured);
    const bool needsSignIn = configured && (m_wb.sync->session().token.isEmpty() ||
                                            m_wb.sync->state() == sync::ConnectionState::SessionExpired);
    m_signIn->setVisible(needsSignIn);
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

QString SyncStatusBar::certificateExpiryNote(const QDateTime &expiry, const QDateTime &now)
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

} // namespace ow::ui
