#include "SyncEngine.h"

#include "ChangeFeed.h"
#include "SyncLog.h"
#include "core/CaseRecord.h"
#include "core/Limits.h"
#include "protocol/WireKeys.h"
#include "storage/AccountStore.h"
#include "storage/CaseStore.h"
#include "storage/ConflictStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/ReservedSerials.h"
#include "storage/SheetLedger.h"
#include "storage/SyncStateStore.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace {
class EngineText
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};
// A token this close to its expiry is refreshed before use.
constexpr int TokenMarginSeconds = 30;
} // namespace

SyncEngine::SyncEngine(std::shared_ptr<storage::Database> db, QString workstationCode,
                       QString authorityDivision, QObject *parent)
    : QObject(parent), m_db(std::move(db)),
      m_cases(std::make_unique<storage::CaseStore>(m_db, std::move(workstationCode),
                                                   std::move(authorityDivision))),
      m_outbox(std::make_unique<storage::OutboxStore>(m_db)),
      m_state(std::make_unique<storage::SyncStateStore>(m_db)),
      m_conflicts(std::make_unique<storage::ConflictStore>(m_db)),
      m_sheets(std::make_unique<storage::SheetLedger>(m_db)), m_client(new ExchangeClient(this)),
      m_monitor(new ConnectivityMonitor(this)), m_uploader(new AttachmentUploader(m_db, m_client, this)),
      m_downloader(new AttachmentDownloader(m_db, m_client, this)), m_storeThread(new QThreadPool(this)),
      m_prepareThread(new QThreadPool(this))
{
    for (QThreadPool *pool : {m_storeThread, m_prepareThread}) {
        pool->setMaxThreadCount(1);
        pool->setExpiryTimeout(-1); // one connection for the engine's life
    }
    connect(m_uploader, &AttachmentUploader::progress, this, &SyncEngine::attachmentProgress);
    connect(m_uploader, &AttachmentUploader::finished, this, &SyncEngine::onAttachmentsFinished);
    connect(m_monitor, &ConnectivityMonitor::stateChanged, this, &SyncEngine::stateChanged);
    connect(m_monitor, &ConnectivityMonitor::retryDue, this, &SyncEngine::syncNow);
    connect(&m_interval, &QTimer::timeout, this, [this] {
        if (m_monitor->state() != ConnectionState::SessionExpired)
            syncNow();
    });
}

SyncEngine::~SyncEngine()
{
    // A page being stored is committed or rolled back, not cut off; then the thread's connection
    // closes (the cache outlives the engine).
    for (QThreadPool *pool : {m_storeThread, m_prepareThread}) {
        pool->start([db = m_db] { db->releaseConnection(); });
        pool->waitForDone();
    }
}

void SyncEngine::configure(const ExchangeSettings &settings, const QSslConfiguration &ssl)
{
    m_client->configure(settings.url, ssl, settings.timeoutMs);
    m_configured = true;
    m_certificateExpiry = ssl.localCertificate().isNull() ? QDateTime() : ssl.localCertificate().expiryDate();
}

void SyncEngine::setAuthorityDivision(const QString &division)
{
    m_cases->setAuthorityDivision(division);
}

void SyncEngine::setSession(const SessionInfo &session)
{
    m_session = session;
    m_client->setToken(session.token);
}

void SyncEngine::setRefreshToken(const QString &refreshToken)
{
    m_session.refreshToken = refreshToken;
}

void SyncEngine::signOut()
{
    m_session = {};
    m_client->setToken({});
    emit sessionChanged(m_session);
}

void SyncEngine::setAutoSync(int intervalMs)
{
    if (intervalMs <= 0)
        m_interval.stop();
    else
        m_interval.start(intervalMs);
}

void SyncEngine::setBatchSize(int size)
{
    m_batchSize = std::clamp(size, 1, BatchSize);
}

void SyncEngine::setPushWindow(int batches)
{
    m_pushWindow = std::clamp(batches, 1, PushBatchesOut);
}

void SyncEngine::setDirectoryPageSize(int size)
{
    m_directoryPageSize = std::clamp(size, 1, protocol::directory::MaxPerPage);
}

ConnectionState SyncEngine::state() const
{
    return m_monitor->state();
}

int SyncEngine::unsentCount() const
{
    return m_outbox->count();
}

int SyncEngine::openConflictCount() const
{
    return m_conflicts->openCount();
}

QDateTime SyncEngine::lastSuccessfulSync() const
{
    return m_state->lastSuccessfulSync().value_or(QDateTime());
}

void SyncEngine::refreshCounts()
{
    const int unsent = unsentCount();
    if (unsent != m_lastUnsent) {
        m_lastUnsent = unsent;
        emit unsentCountChanged(unsent);
    }
    const int conflicts = openConflictCount();
    if (conflicts != m_lastConflicts) {
        m_lastConflicts = conflicts;
        emit conflictCountChanged(conflicts);
    }
}

void SyncEngine::log(SyncLogEntry::Level level, const QString &message, const QString &code,
                     const QString &requestId)
{
    SyncLogEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.level = level;
    entry.message = message;
    entry.code = code;
    entry.requestId = requestId;
    emit logEntry(entry);
}

void SyncEngine::adoptSession(const SessionInfo &session)
{
    const SessionInfo previous = m_session;
    m_session = session;
    // A refresh answer need not repeat who is signed in.
    if (m_session.userId.isEmpty())
        m_session.userId = previous.userId;
    if (m_session.displayName.isEmpty())
        m_session.displayName = previous.displayName;
    if (m_session.role.isEmpty())
        m_session.role = previous.role;
    if (m_session.workstation.isEmpty())
        m_session.workstation = previous.workstation;
    m_client->setToken(m_session.token);
    emit sessionChanged(m_session);
}

void SyncEngine::signIn(const QString &user, const QString &password)
{
    if (!m_configured) {
        SyncError error = SyncErrors::make(SyncErrorKind::Configuration, u"config.missing"_s,
                                           EngineText::tr("The exchange is not configured."), false);
        emit signInFailed(error);
        return;
    }
    m_monitor->signInStarted();
    m_client->signIn(user, password, [this](Result<SessionInfo, SyncError> result) {
        if (!result) {
            log(SyncLogEntry::Level::Error, result.error().displayText(), result.error().code,
                result.error().requestId);
            m_monitor->reportFailure(result.error());
            emit signInFailed(result.error());
            return;
        }
        const SessionInfo &session = result.value();
        adoptSession(session);
        if (!session.offlineVerifier.isEmpty()) {
            storage::LocalAccount account;
            account.userId = session.userId;
            account.displayName = session.displayName;
            account.role = core::CaseStates::roleFromKey(session.role).value_or(core::Role::Clerk);
            account.verifier = session.offlineVerifier;
            if (auto r = storage::AccountStore(m_db).upsert(account); !r)
                qCWarning(lcSync) << "offline verifier not kept:" << r.error().message;
        }
        log(SyncLogEntry::Level::Info,
            EngineText::tr("Signed in at the exchange as %1.").arg(session.userId));
        m_monitor->reportSuccess();
        emit signedIn(m_session);
        syncNow();
    });
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_configured) {
        fail(SyncErrors::make(SyncErrorKind::Configuration, u"config.missing"_s,
                              EngineText::tr("The exchange is not configured: set its address, CA bundle and "
                                             "this workstation's certificate in the settings."),
                              false));
        return;
    }
    m_running = true;
    ++m_run;
    m_again = false;
    m_refreshedThisRun = false;
    m_pushOneAtATime = false;
    m_settling = 0;
    m_finishWhenSettled.reset();
    m_stats = {};
    m_done = 0;
    m_total = std::max(0, unsentCount());
    if (!m_holdingUploader) {
        m_holdingUploader = true;
        m_uploader->hold(); // events first
    }
    emit syncStarted();
    emit progress(0, m_total);
    ensureSession([this] { pushBatch(); });
}

void SyncEngine::ensureSession(std::function<void()> next)
{
    const bool tokenUsable =
        !m_session.token.isEmpty() &&
        (!m_session.expiresAt.isValid() ||
         QDateTime::currentDateTimeUtc().addSecs(TokenMarginSeconds) < m_session.expiresAt);
    if (tokenUsable) {
        next();
        return;
    }
    if (!m_session.refreshToken.isEmpty()) {
        refreshSession(std::move(next));
        return;
    }
    fail(SyncErrors::make(SyncErrorKind::SessionExpired, u"auth.not_signed_in"_s,
                          EngineText::tr("Sign in online to synchronise with the exchange."), false));
}

void SyncEngine::refreshSession(std::function<void()> next)
{
    m_refreshedThisRun = true;
    m_client->refresh(m_session.refreshToken, [this, next](Result<SessionInfo, SyncError> result) {
        if (!result) {
            SyncError error = result.error();
            if (error.kind == SyncErrorKind::Refused || error.kind == SyncErrorKind::SessionExpired ||
                error.kind == SyncErrorKind::Authentication) {
                // The refresh token is spent or unknown: only a new sign-in helps.
                m_session.token.clear();
                m_session.refreshToken.clear();
                m_client->setToken({});
                emit sessionChanged(m_session);
                error.kind = SyncErrorKind::SessionExpired;
            }
            fail(error);
            return;
        }
        qCInfo(lcSync) << "session refreshed";
        adoptSession(result.value());
        next();
    });
}

bool SyncEngine::retryAfterRefresh(const SyncError &error, std::function<void()> step)
{
    if (error.kind != SyncErrorKind::SessionExpired || m_refreshedThisRun || m_session.refreshToken.isEmpty())
        return false;
    qCInfo(lcSync) << "token refused (" << error.code << "), refreshing";
    m_session.token.clear();
    refreshSession(std::move(step));
    return true;
}

// Offline issuance, where the office allows it: while online, keep enough reserved serials.
void SyncEngine::topUpReservedSerials()
{
    if (!m_offlineIssuance)
        return;
    QSqlDatabase connection = m_db->connection();
    const Result<int> unused = storage::ReservedSerials::unusedCount(connection);
    if (!unused || unused.value() >= ReservedSerialsLow)
        return;
    m_client->reserveCodes(ReservedSerialsBlock, [this](Result<QList<quint64>, SyncError> serials) {
        if (!serials) {
            qCInfo(lcSync) << "no credit-code serials reserved:" << serials.error().code;
            return;
        }
        auto stored = m_db->transaction([&]() -> Result<void> {
            QSqlDatabase db = m_db->connection();
            return storage::ReservedSerials::store(db, serials.value(), QDateTime::currentDateTimeUtc());
        });
        if (!stored)
            qCWarning(lcSync) << "reserved serials not stored:" << stored.error().message;
    });
}

void SyncEngine::succeed()
{
    m_running = false;
    topUpReservedSerials();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto r = m_state->setLastSuccessfulSync(now); !r)
        qCWarning(lcSync) << "last sync time not stored:" << r.error().message;
    emit lastSuccessfulSyncChanged(now);
    if (m_stats.sent + m_stats.duplicates + m_stats.conflicts + m_stats.applied > 0) {
        log(SyncLogEntry::Level::Info, EngineText::tr("Synchronised: %1 change(s) sent, %2 received.")
                                           .arg(m_stats.sent + m_stats.duplicates)
                                           .arg(m_stats.applied));
    }
    m_monitor->reportSuccess();
    refreshCounts();
    emit syncFinished(true);
    releaseUploader();
    if (!m_again)
        m_uploader->start(); // the scans of what was sent, after the events
    if (m_again) {
        m_again = false;
        syncNow();
    }
}

void SyncEngine::fail(const SyncError &error)
{
    m_running = false;
    m_bulkLoad.reset();
    m_again = false;
    qCInfo(lcSync) << "sync failed:" << error.code << error.detail << "request" << error.requestId;
    log(error.retryable ? SyncLogEntry::Level::Warning : SyncLogEntry::Level::Error, error.displayText(),
        error.code, error.requestId);
    m_monitor->reportFailure(error);
    refreshCounts();
    emit syncFinished(false);
    releaseUploader();
}

void SyncEngine::releaseUploader()
{
    if (m_holdingUploader) {
        m_holdingUploader = false;
        m_uploader->release();
    }
}

void SyncEngine::onAttachmentsFinished(const AttachmentUploader::Round &round)
{
    if (round.uploaded > 0) {
        log(SyncLogEntry::Level::Info,
            EngineText::tr("%n scan(s) sent to the exchange.", "", round.uploaded));
    }
    if (!round.ok) {
        log(SyncLogEntry::Level::Warning,
            EngineText::tr("Sending scans stopped: %1 They are sent at the next synchronisation, from where "
                           "they stopped.")
                .arg(round.error.displayText()),
            round.error.code, round.error.requestId);
    }
    emit attachmentsFinished(round);
}

} // namespace ow::sync
