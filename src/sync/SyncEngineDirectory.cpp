// SyncEngine: the registered-entity directory's snapshot (docs/protocol.md, GET /api/v1/directory),
// downloaded once by a new workstation before it reads the change feed. Each page is staged with the
// code it ends at in one transaction, so a download stopped anywhere (network, crash, sign-out)
// resumes after the last page stored and stores nothing twice; then the staged entities go into the
// cache in bulk steps on a pool thread (storage::DirectorySnapshot), each resumable too. The feed
// then leaves out the `licence` changes the snapshot holds (up to the first page's `asOf`); every
// later one follows.
#include "SyncEngine.h"
#include "SyncLog.h"
#include "protocol/ErrorCodes.h"
#include "storage/Database.h"
#include "storage/DirectorySnapshot.h"
#include "storage/EnterpriseDirectory.h"
#include "storage/SyncStateStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QLocale>
#include <QPromise>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace {
class DirectoryText
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};

// The download's state in the sync state table: the first page's feed seq, the last code stored,
// how many entities are stored and how many the snapshot has, and whether it is complete.
const QString AsOfKey = u"directory.asOf"_s;
const QString AfterKey = u"directory.after"_s;
const QString StoredKey = u"directory.stored"_s;
const QString TotalKey = u"directory.total"_s;
const QString &DoneKey = storage::DirectorySnapshot::DoneKey;

qint64 numberOf(const std::optional<QString> &text)
{
    return text ? text->toLongLong() : 0;
}

} // namespace

qint64 SyncEngine::directorySkipTo() const
{
    return numberOf(m_state->value(AsOfKey));
}

bool SyncEngine::directoryComplete() const
{
    return m_state->value(DoneKey).value_or(QString()) == u"1"_s;
}

void SyncEngine::pullDirectory()
{
    if (directoryComplete()) {
        pullPage();
        return;
    }
    // A cache that read the feed before snapshots existed got its entities from the feed.
    if (!m_state->value(AsOfKey) && m_state->cursor() > 0) {
        if (auto r = m_state->setValue(DoneKey, u"1"_s); !r)
            qCWarning(lcSyncPull) << "directory state not stored:" << r.error().message;
        pullPage();
        return;
    }
    if (storage::DirectorySnapshot(m_db).downloaded()) {
        applyDirectory();
        return;
    }
    const QString after = m_state->value(AfterKey).value_or(QString());
    if (after.isEmpty())
        log(SyncLogEntry::Level::Info, DirectoryText::tr("Downloading the register of enterprises…"));
    else
        log(SyncLogEntry::Level::Info,
            DirectoryText::tr("Resuming the download of the register of enterprises "
                              "after %1.")
                .arg(after));
    if (!m_bulkLoad) // kept over a retry: a second one's end would put the small cache back
        m_bulkLoad = std::make_unique<storage::EnterpriseDirectory::BulkLoad>(m_db);
    m_directoryAhead.clear();
    m_directoryEarly.clear();
    requestDirectory(after);
}

void SyncEngine::requestDirectory(const QString &after)
{
    // The next page is asked for as soon as this one's answer is in (its `next` read off its end),
    // so the exchange serves it while this counter reads and stores this one.
    m_client->directory(
        after, m_directoryPageSize,
        [this, run = m_run, after](Result<DirectoryPage, SyncError> result) {
            onDirectoryPage(run, after, std::move(result));
        },
        [this, run = m_run](const QString &next) {
            if (run == m_run && m_running && next > m_directoryAhead) { // codes in order

                m_directoryAhead = next;
                requestDirectory(next);
            }
        });
}

void SyncEngine::onDirectoryPage(quint64 run, const QString &after, Result<DirectoryPage, SyncError> result)
{
    // As a feed page: an answer to an ended run is dropped, and so is one whose predecessor was not
    // stored, unless it was asked for ahead: it waits for its predecessor (read at the same time).
    if (run != m_run || !m_running) {
        qCDebug(lcSyncPull) << "directory page after" << after << "of an ended run dropped";
        return;
    }
    const QString stored = m_state->value(AfterKey).value_or(QString());
    if (stored != after) {
        if (after > stored && after <= m_directoryAhead) // asked for ahead (codes in order)
            m_directoryEarly.insert_or_assign(after, std::move(result));
        else
            qCDebug(lcSyncPull) << "directory page after" << after << "not after the last stored: dropped";
        return;
    }
    if (!result) {
        if (retryAfterRefresh(result.error(), [this] { pullDirectory(); }))
            return;
        if (withoutSnapshot(result.error()))
            return;
        fail(result.error());
        return;
    }
    const DirectoryPage &page = result.value();
    if (page.head.hasMore && page.head.next > m_directoryAhead) { // not asked for ahead
        m_directoryAhead = page.head.next;
        requestDirectory(page.head.next);
    }
    if (!storeDirectoryPage(page, after))
        return;
    if (!page.head.hasMore) {
        m_bulkLoad.reset();
        applyDirectory();
        return;
    }
    // The next page's answer came first: now it follows the page it comes after.
    if (const auto early = m_directoryEarly.find(page.head.next); early != m_directoryEarly.end()) {
        Result<DirectoryPage, SyncError> waiting = std::move(early->second);
        m_directoryEarly.erase(early);
        onDirectoryPage(run, page.head.next, std::move(waiting));
    }
}

void SyncEngine::applyDirectory()
{
    // One step at a time: a run that starts while a step of the run before is in flight goes on
    // when that step ends.
    if (m_directoryStepInFlight)
        return;
    m_directoryStepInFlight = true;
    using Step = Result<storage::DirectorySnapshot::Progress>;
    auto promise = std::make_shared<QPromise<Step>>();
    QFuture<Step> step = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, db = m_db] {
        promise->addResult(storage::DirectorySnapshot(db).advance());
        promise->finish();
    });
    step.then(this, [this](const Step &result) {
        m_directoryStepInFlight = false;
        onDirectoryApplied(result);
    });
}

void SyncEngine::onDirectoryApplied(const Result<storage::DirectorySnapshot::Progress> &result)
{
    if (!m_running) // the next run goes on from the step that comes next
        return;
    if (!result) {
        fail(SyncErrors::storage(result.error().message));
        return;
    }
    emit directoryIndexing(result.value().percent);
    if (!result.value().complete) {
        applyDirectory();
        return;
    }
    const qint64 stored = numberOf(m_state->value(StoredKey));
    log(SyncLogEntry::Level::Info,
        DirectoryText::tr("The register of enterprises is downloaded: %1 enterprises.")
            .arg(QLocale().toString(stored)));
    pullPage();
}

bool SyncEngine::withoutSnapshot(const SyncError &error)
{
    // An exchange older than this counter has no snapshot: before any page is stored, the feed
    // from the start brings every entity as it always did (nothing is skipped: no `asOf`). Once a
    // page is stored the feed leaves out what it holds, so a later failure is a failure.
    if (error.httpStatus != 404 || error.code != protocol::errors::RequestNotFound || m_state->value(AsOfKey))
        return false;
    qCInfo(lcSyncPull) << "the exchange has no directory snapshot; the feed brings the enterprises";
    if (auto r = m_state->setValue(DoneKey, u"1"_s); !r) {
        fail(SyncErrors::storage(r.error().message));
        return true;
    }
    m_bulkLoad.reset();
    log(SyncLogEntry::Level::Info,
        DirectoryText::tr("This exchange sends no register of enterprises in one piece; "
                          "the enterprises come with the changes."));
    pullPage();
    return true;
}

bool SyncEngine::storeDirectoryPage(const DirectoryPage &page, const QString &after)
{
    const bool first = after.isEmpty();
    const qint64 stored = (first ? 0 : numberOf(m_state->value(StoredKey))) + page.enterprises.size();
    const qint64 total = first ? page.head.total : numberOf(m_state->value(TotalKey));
    QElapsedTimer storing;
    storing.start();
    auto written = m_db->transaction([&]() -> Result<void> {
        QSqlDatabase connection = m_db->connection();
        if (auto r = storage::DirectorySnapshot::stage(connection, page.enterprises); !r)
            return r;
        if (!page.head.hasMore) {
            if (auto r = storage::DirectorySnapshot::markDownloaded(connection); !r)
                return r;
        }
        QList<std::pair<QString, QString>> state{{AfterKey, page.head.next},
                                                 {StoredKey, QString::number(stored)}};
        if (first)
            state << std::pair{AsOfKey, QString::number(page.head.asOf)}
                  << std::pair{TotalKey, QString::number(total)};
        for (const auto &[key, value] : std::as_const(state)) {
            if (auto r = storage::SyncStateStore::setValue(connection, key, value); !r)
                return r;
        }
        return {};
    });
    if (!written) {
        fail(SyncErrors::storage(written.error().message));
        return false;
    }
    qCInfo(lcSyncPull) << "directory page after" << after << "to" << page.head.next << ":"
                       << page.enterprises.size() << "entities," << stored << "of" << total << "in"
                       << storing.elapsed() << "ms";
    emit directoryProgress(stored, std::max(total, stored));
    return true;
}

} // namespace ow::sync
