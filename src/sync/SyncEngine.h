#pragma once

#include "AttachmentDownloader.h"
#include "AttachmentUploader.h"
#include "Connectivity.h"
#include "ExchangeClient.h"
#include "ExchangeSettings.h"
#include "SyncError.h"
#include "protocol/ChangesWire.h"
#include "protocol/PushStatus.h"
#include "storage/AuditJournal.h"
#include "storage/ConflictStore.h"
#include "storage/DirectorySnapshot.h"
#include "storage/OutboxStore.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace ow::storage {
class Database;
class CaseStore;
class OutboxStore;
class SyncStateStore;
class ConflictStore;
class SheetLedger;
} // namespace ow::storage

namespace ow::sync {

// One line of the sync log the clerk sees: translated, with the exchange's request id.
struct SyncLogEntry
{
    enum class Level
    {
        Info,
        Warning,
        Error
    };
    QDateTime at;
    Level level = Level::Info;
    QString message;
    QString code;
    QString requestId;
};

struct SyncStats
{
    int sent = 0;       // applied by the exchange
    int duplicates = 0; // already applied before (a resend)
    int conflicts = 0;  // moved to the conflicts table (conflict or rejected)
    int received = 0;   // changes read from the feed
    int applied = 0;    // of those, stored locally (new or newer cases)
    int pullConflicts = 0;
};

// The client's sync engine (Nextcloud-style: no widgets, one instance per database).
//
// A sync run: make sure a session exists (refresh it if needed) → push the outbox in batches of
// up to 500 (POST /events; applied/duplicate are removed from the outbox, conflict/rejected move to
// the conflicts table in the same transaction, never dropped) → send the licence sheets' ledger
// (POST /sheets; refused entries stay in the ledger with the exchange's reason) → on a new workstation,
// download the registered-entity directory's snapshot (GET /directory, resumable) → pull the change feed from
// the stored cursor (each page and its cursor in one transaction) → success. Any failure ends the run and
// goes to the ConnectivityMonitor, which schedules the next attempt with backoff; a resend after any failure
// is safe because the exchange applies each event id once.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // The protocol's limit for a push batch and a feed page; the default of both.
    static constexpr int BatchSize = std::min(protocol::push::MaxEvents, protocol::changes::MaxPerPage);

    SyncEngine(std::shared_ptr<storage::Database> db, QString workstationCode, QString authorityDivision,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    void configure(const ExchangeSettings &settings, const QSslConfiguration &ssl);
    bool isConfigured() const { return m_configured; }
    // When the workstation certificate of the configuration expires (invalid: none configured).
    QDateTime certificateExpiry() const { return m_certificateExpiry; }

    // A session from an earlier sign-in (e.g. the refresh token kept in the SecretStore).
    void setSession(const SessionInfo &session);
    // The authority of the cases this engine stores when a remote case names none.
    void setAuthorityDivision(const QString &division);
    void setRefreshToken(const QString &refreshToken);
    const SessionInfo &session() const { return m_session; }
    void signOut();

    // Periodic sync every `intervalMs` (0 = only when asked and on retries).
    void setAutoSync(int intervalMs);

    // Events per push and changes per feed page, 1..BatchSize (smaller: more, shorter requests;
    // the crash and fault tests use it to interrupt a sync between batches).
    void setBatchSize(int size);
    int batchSize() const { return m_batchSize; }
    // Push batches out at once, 1..PushBatchesOut (two by default; the exchange applies them in order).
    // With one, a run's failure is always its last batch's (the fault tests count them).
    void setPushWindow(int batches);
    // Entities per page of the directory's snapshot (tests interrupt a download between pages).
    void setDirectoryPageSize(int size);
    // Whether the registered-entity directory's snapshot is complete in this cache
    // (SyncEngineDirectory.cpp; a cache that followed the feed before snapshots counts as complete).
    bool directoryComplete() const;

    // Offline issuance allowed by the office: after each successful sync the engine keeps at least
    // ReservedSerialsLow reserved credit-code serials, asking for a block when it has fewer.
    static constexpr int ReservedSerialsLow = 5;
    static constexpr int ReservedSerialsBlock = 10;
    void setOfflineIssuance(bool allowed) { m_offlineIssuance = allowed; }
    bool offlineIssuance() const { return m_offlineIssuance; }

    ExchangeClient *client() const { return m_client; }
    // Sends the scans after the events (AttachmentUploader): started when a run succeeded, held
    // while the next run pushes and pulls.
    AttachmentUploader *uploader() const { return m_uploader; }
    // Brings a case's scans this cache lacks from the exchange (when a case is opened).
    AttachmentDownloader *downloader() const { return m_downloader; }
    ConnectivityMonitor *connectivity() const { return m_monitor; }
    ConnectionState state() const;
    bool isSyncing() const { return m_running; }
    int unsentCount() const;
    int openConflictCount() const;
    QDateTime lastSuccessfulSync() const;
    const SyncStats &lastStats() const { return m_stats; }

    // What storing a feed page did (SyncEnginePull.cpp): the cases it changed, how many it applied
    // and how many it found in conflict with this counter's unsent changes.
    struct StoredPage
    {
        QStringList changed;
        int applied = 0;
        int conflicts = 0;
    };

public slots:
    // Online sign-in; on success keeps the offline verifier (AccountStore) and starts a sync.
    void signIn(const QString &user, const QString &password);
    void syncNow();
    // Re-reads the counts (call after a local change was stored).
    void refreshCounts();

signals:
    void stateChanged(ow::sync::ConnectionState state);
    void signedIn(const ow::sync::SessionInfo &session);
    void signInFailed(const ow::sync::SyncError &error);
    // The session changed (sign-in, refresh, sign-out): persist session.refreshToken.
    void sessionChanged(const ow::sync::SessionInfo &session);
    void syncStarted();
    void progress(int done, int total);
    // The directory's snapshot: entities stored of the snapshot's total (a new workstation's first sync).
    void directoryProgress(qint64 stored, qint64 total);
    // Then its entities go into the cache and its search index: how much of that is done.
    void directoryIndexing(int percent);
    void unsentCountChanged(int count);
    void conflictCountChanged(int count);
    void casesChanged(const QStringList &caseIds);
    void lastSuccessfulSyncChanged(const QDateTime &at);
    void logEntry(const ow::sync::SyncLogEntry &entry);
    void syncFinished(bool ok);
    // The scans' own progress: bytes sent of the round's, scans left; a round's end.
    void attachmentProgress(qint64 sentBytes, qint64 totalBytes, int scansLeft);
    void attachmentsFinished(const ow::sync::AttachmentUploader::Round &round);

private:
    void ensureSession(std::function<void()> next);
    void refreshSession(std::function<void()> next);
    // The push (SyncEnginePush.cpp): a batch of the outbox as it goes out, made while the exchange
    // stores the batch before it.
    struct OutgoingBatch
    {
        QList<storage::OutboxStore::WireEvent> events;
        QStringList ids;
        ExchangeClient::PushBatch body;
        qint64 lastSeq = 0;   // the outbox position of its last event
        QString waitingActor; // when empty because another person's events come first: who
    };
    // The next batch: the signed-in user's events after outbox position `afterSeq`, as many as a
    // request takes.
    OutgoingBatch prepareBatch(qint64 afterSeq) const;
    static OutgoingBatch prepareBatch(const storage::OutboxStore &outbox, int batchSize,
                                      const QString &userId, qint64 afterSeq);
    // The batch after the events sent so far: the one made ahead when it was made for them, else
    // made now; and the start of the one after it, on the prepare thread.
    OutgoingBatch takeNextBatch();
    void makeNextBatch();
    void pushBatch(); // from the outbox's oldest event
    // Fills the window of batches in flight (PushBatchesOut, one after push.out_of_order) from the
    // outbox; then makes the next batch while the exchange stores those. With nothing in flight and
    // nothing left to send, and `mayFinish`, the push is done: on to the ledger and the feed.
    void sendBatches(bool mayFinish);
    void sendBatch(OutgoingBatch batch);
    void finishPush(const QString &waitingActor);
    // An answer, kept until the answers to the batches sent before it are in: batches are settled
    // in the order they were sent.
    void onPushed(quint64 run, quint64 flight, Result<PushResponse, SyncError> result);
    // The answer to the oldest batch in flight, taken off the window; false when the push ended.
    bool settleAnswer(const OutgoingBatch &batch, Result<PushResponse, SyncError> &answer);
    // What an answer settles in the cache, in one transaction on the store thread.
    struct Settlement
    {
        QStringList acknowledged;
        QList<storage::SyncConflict> conflicts;
        QList<storage::AuditEntry> notes;
        QString requestId;
        qsizetype events = 0;
    };
    // Sorts the answer's results and settles them on the store thread, so this thread goes back to
    // its event loop at once: the batch just sent is uploaded from it (QNetworkAccessManager hands
    // the body to its HTTP thread piece by piece through this thread). onSettled follows, in order.
    void settleBatch(const QList<storage::OutboxStore::WireEvent> &events, const PushResponse &response);
    void onSettled(const Settlement &settled, const Result<void> &stored);
    storage::AuditEntry rebasedNote(const storage::OutboxStore::WireEvent &event,
                                    const QString &requestId) const;
    // The ledger of numbered blank stock after the events (SyncEngineSheets.cpp): the signed-in
    // user's pending entries in requests of up to 100, each settled by its answer; then the feed.
    void pushSheets();
    // The directory's snapshot before the feed while it is not complete (SyncEngineDirectory.cpp):
    // pages after the last code stored, each stored with its cursor; then pullPage().
    void pullDirectory();
    void requestDirectory(const QString &after);
    void onDirectoryPage(quint64 run, const QString &after, Result<DirectoryPage, SyncError> result);
    bool storeDirectoryPage(const DirectoryPage &page, const QString &after);
    // The downloaded snapshot's next bulk step into the cache, on a pool thread; the steps after it
    // follow, then pullPage().
    void applyDirectory();
    void onDirectoryApplied(const Result<storage::DirectorySnapshot::Progress> &result);
    // An exchange without the snapshot (404 before any page): the feed from the start instead.
    bool withoutSnapshot(const SyncError &error);
    // The feed seq up to which the snapshot holds the `licence` changes (0: no snapshot).
    qint64 directorySkipTo() const;
    void pullPage();
    // The page after `cursor`. Pages are fetched ahead: the next one is asked for as soon as an
    // answer is in (its next cursor read off its end), so the exchange serves it while this counter
    // reads and stores the ones before; at most FeedPagesOut pages are asked for and not yet stored.
    void requestPage(qint64 cursor);
    // Asks for the page after `cursor` unless it is on its way or in, then for those after it.
    void askFor(qint64 cursor);
    void askAhead();
    // A page of the current round, in whatever order pages are read; stored in feed order.
    void onPage(qint64 cursor, Result<ChangePage, SyncError> result);
    // Stores the page on the store thread; onPageStored goes on with the run on this one.
    void storePage(ChangePage page, qint64 cursor);
    void onPageStored(const ChangePage &page, qint64 cursor, const Result<StoredPage> &stored);
    void succeed();
    void topUpReservedSerials();
    void fail(const SyncError &error);
    // Retries `step` once after refreshing the session when `error` says the token is stale.
    bool retryAfterRefresh(const SyncError &error, std::function<void()> step);
    void log(SyncLogEntry::Level level, const QString &message, const QString &code = {},
             const QString &requestId = {});
    void adoptSession(const SessionInfo &session);
    void onAttachmentsFinished(const AttachmentUploader::Round &round);
    void releaseUploader();

    std::shared_ptr<storage::Database> m_db;
    std::unique_ptr<storage::CaseStore> m_cases;
    std::unique_ptr<storage::OutboxStore> m_outbox;
    std::unique_ptr<storage::SyncStateStore> m_state;
    std::unique_ptr<storage::ConflictStore> m_conflicts;
    std::unique_ptr<storage::SheetLedger> m_sheets;
    ExchangeClient *m_client;
    ConnectivityMonitor *m_monitor;
    AttachmentUploader *m_uploader;
    AttachmentDownloader *m_downloader;
    bool m_holdingUploader = false; // this engine's hold while a run pushes and pulls
    QTimer m_interval;
    bool m_offlineIssuance = false;
    SessionInfo m_session;
    bool m_configured = false;
    QDateTime m_certificateExpiry;
    bool m_running = false;
    quint64 m_run = 0; // counts the runs: an answer to an earlier run is dropped
    bool m_again = false;
    bool m_refreshedThisRun = false;
    int m_batchSize = BatchSize;
    // The largest page the exchange gives: fewer requests and transactions (122 s for a province's
    // million entities with pages of 2000 when each was indexed as it came; README).
    int m_directoryPageSize = protocol::directory::MaxPerPage;
    int m_done = 0;
    int m_total = 0;
    int m_lastUnsent = -1;
    int m_lastConflicts = -1;
    SyncStats m_stats;
    // The push's window (SyncEnginePush.cpp): batches sent and not settled, oldest first, each with
    // the id it went out under and, once in, its answer.
    struct Flight
    {
        quint64 serial = 0;
        std::shared_ptr<const OutgoingBatch> batch;
        QString batchId;
        std::optional<Result<PushResponse, SyncError>> answer;
    };
    static constexpr int PushBatchesOut = 2;
    int m_pushWindow = PushBatchesOut;
    std::deque<Flight> m_flights;
    quint64 m_flightSerial = 0;
    qint64 m_sentUpTo = 0;                      // the outbox position of the last event sent and not given up
    bool m_pushOneAtATime = false;              // this run, after the exchange said push.out_of_order
    int m_settling = 0;                         // answers of this run being settled on the store thread
    std::optional<QString> m_finishWhenSettled; // the push ended while they were: finishPush's actor
    // The next batch, made on the prepare thread while the batches before it are in flight: the
    // events after `after`, for run `run`. Not on this thread: it uploads the batches in flight.
    struct NextBatch
    {
        quint64 run = 0;
        qint64 after = 0;
        QFuture<OutgoingBatch> made;
    };
    std::optional<NextBatch> m_nextBatch;
    // The larger page cache while the directory's snapshot is stored (released when it ends).
    std::unique_ptr<storage::EnterpriseDirectory::BulkLoad> m_bulkLoad;
    bool m_directoryStepInFlight = false;
    // The last snapshot page asked for ahead (its `after`), and the answers that came before the page
    // each follows was stored, by their `after` (pages are asked for one ahead of each answer, so on a
    // loaded machine more than one can wait).
    QString m_directoryAhead;
    // The same for the feed, per round of pages (pullPage): the last page asked for and the furthest
    // next cursor known (their cursors), the pages asked for and not yet stored, and those read before
    // the page they follow was stored (pool threads read them side by side).
    static constexpr int FeedPagesOut = 4;
    quint64 m_feedRound = 0;
    qint64 m_feedNext = 0;      // the cursor of the page to store next
    bool m_feedStoring = false; // a page of this round is on the store thread
    // One thread that stores the pages (its own connection), so this one keeps reading the network.
    QThreadPool *m_storeThread;
    QThreadPool *m_prepareThread; // makes the next push batch (one thread, one connection)
    qint64 m_feedAsked = 0;
    qint64 m_feedPeeked = 0;
    std::set<qint64> m_feedOut; // asked for, not answered yet
    std::map<qint64, Result<ChangePage, SyncError>> m_feedEarly;
    std::map<QString, Result<DirectoryPage, SyncError>> m_directoryEarly;
};

} // namespace ow::sync
