// The pull: the change feed's pages, asked for ahead, read on pool threads and stored in feed order
// on the engine's store thread (one page, one transaction, the cursor with it).
#include "ChangeFeed.h"
#include "OnThread.h"
#include "SyncEngine.h"
#include "SyncLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/SyncStateStore.h"

#include <QCoreApplication>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace {

class PullText
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};

// Stores one page in one transaction on the calling thread's connection: its cases (with their search
// entries), its registered entities, its other changes and the cursor after it. Touches nothing but
// the database, so it runs on the store thread.
Result<SyncEngine::StoredPage> storeChangePage(storage::Database &db, const storage::CaseStore &cases,
                                               const ChangePage &page)
{
    SyncEngine::StoredPage outcome;
    auto stored = db.transaction([&]() -> Result<void> {
        QSqlDatabase connection = db.connection();
        outcome = {};
        QList<storage::RemoteCase> records;
        QList<storage::EnterpriseRecord> enterprises;
        records.reserve(page.changes.size());
        const bool decoded = page.cases.size() == page.changes.size();
        for (qsizetype i = 0; i < page.changes.size(); ++i) {
            const Change &change = page.changes.at(i);
            if (decoded && page.cases.at(i)) {
                records.append(*page.cases.at(i));
            } else if (std::optional<core::CaseRecord> record =
                           decoded ? std::nullopt : caseOfChange(change)) {
                records.append(storage::RemoteCase::of(std::move(*record)));
            } else if (std::optional<storage::EnterpriseRecord> enterprise = enterpriseOfChange(change)) {
                enterprises.append(std::move(*enterprise));
            } else if (auto r = storeOtherChange(connection, change, cases.workstationCode()); !r) {
                return r.error();
            }
        }
        if (auto r = storage::EnterpriseDirectory::store(connection, enterprises); !r)
            return r.error();
        auto outcomes = cases.applyRemotePage(connection, records, page.requestId);
        if (!outcomes)
            return outcomes.error();
        for (qsizetype i = 0; i < records.size(); ++i) {
            switch (outcomes.value().at(i)) {
            case storage::RemoteApplyOutcome::Inserted:
            case storage::RemoteApplyOutcome::Replaced:
                ++outcome.applied;
                outcome.changed << records.at(i).record.id;
                break;
            case storage::RemoteApplyOutcome::Refreshed:
                outcome.changed << records.at(i).record.id;
                break;
            case storage::RemoteApplyOutcome::Conflict:
                ++outcome.conflicts;
                break;
            case storage::RemoteApplyOutcome::AlreadyCurrent:
            case storage::RemoteApplyOutcome::Invalid:
                break;
            }
        }
        return storage::SyncStateStore::setCursor(connection, page.nextCursor);
    });
    if (!stored)
        return stored.error();
    return outcome;
}

// The cursor of the page after `page` (the page after `cursor`); nothing when it is the feed's last.
std::optional<qint64> nextCursorOf(const ChangePage &page, qint64 cursor)
{
    if (page.hasMore && page.nextCursor > cursor)
        return page.nextCursor;
    return std::nullopt;
}

} // namespace

void SyncEngine::pullPage()
{
    // A new round (a run's pull, or its retry): answers to pages asked for before are dropped, and a
    // page of the round before that is still being stored finishes on its own (the same page stored
    // twice changes nothing the second time).
    ++m_feedRound;
    m_feedAsked = 0;
    m_feedPeeked = 0;
    m_feedOut.clear();
    m_feedEarly.clear();
    m_feedStoring = false;
    m_feedNext = m_state->cursor();
    requestPage(m_feedNext);
}

void SyncEngine::requestPage(qint64 cursor)
{
    m_feedAsked = std::max(m_feedAsked, cursor);
    m_feedOut.insert(cursor);
    m_client->changes(
        cursor, m_batchSize,
        [this, run = m_run, round = m_feedRound, cursor](Result<ChangePage, SyncError> result) {
            if (run == m_run && round == m_feedRound && m_running)
                onPage(cursor, std::move(result));
            else
                qCDebug(lcSyncPull) << "page after" << cursor << "of an ended run dropped";
        },
        directorySkipTo(),
        [this, run = m_run, round = m_feedRound](qint64 next) {
            if (run == m_run && round == m_feedRound && m_running) {
                m_feedPeeked = std::max(m_feedPeeked, next);
                askAhead();
            }
        });
}

void SyncEngine::askFor(qint64 cursor)
{
    if (!m_feedOut.contains(cursor) && !m_feedEarly.contains(cursor))
        requestPage(cursor);
    askAhead();
}

void SyncEngine::askAhead()
{
    if (qsizetype(m_feedOut.size() + m_feedEarly.size()) < FeedPagesOut && m_feedPeeked > m_feedAsked)
        requestPage(m_feedPeeked);
}

void SyncEngine::onPage(qint64 cursor, Result<ChangePage, SyncError> result)
{
    m_feedOut.erase(cursor);
    // A page read before its predecessor was stored waits for it; one that failed then is asked for
    // again when its predecessor is stored (its next cursor is not on its way any more).
    if (cursor != m_feedNext || m_feedStoring) {
        if (cursor > m_feedNext && result) {
            m_feedEarly.insert_or_assign(cursor, std::move(result));
            return;
        }
        qCDebug(lcSyncPull) << "page after" << cursor << "not stored:" << (result ? "behind" : "failed");
        return;
    }
    if (!result) {
        if (retryAfterRefresh(result.error(), [this] { pullPage(); }))
            return;
        fail(result.error());
        return;
    }
    if (const std::optional<qint64> next = nextCursorOf(result.value(), cursor)) {
        // The page decides: its next page is asked for unless it is on its way (a hint that
        // disagreed with it only asked for a page in vain).
        m_feedPeeked = std::max(m_feedPeeked, *next);
        askFor(*next);
    }
    storePage(std::move(result.value()), cursor);
}

void SyncEngine::storePage(ChangePage page, qint64 cursor)
{
    // The store thread writes while this thread goes on reading the network: the answers that come
    // meanwhile ask for the pages after them (a page stored here held up the chain of requests).
    m_feedStoring = true;
    auto shared = std::make_shared<const ChangePage>(std::move(page));
    onThread(m_storeThread, [db = m_db, cases = *m_cases, shared] {
        return storeChangePage(*db, cases, *shared);
    }).then(this, [this, run = m_run, round = m_feedRound, cursor, shared](const Result<StoredPage> &r) {
        if (run == m_run && round == m_feedRound && m_running)
            onPageStored(*shared, cursor, r);
        else
            qCDebug(lcSyncPull) << "page after" << cursor << "stored after its run ended";
    });
}

void SyncEngine::onPageStored(const ChangePage &page, qint64 cursor, const Result<StoredPage> &stored)
{
    m_feedStoring = false;
    if (!stored) {
        fail(SyncErrors::storage(stored.error().message));
        return;
    }
    const StoredPage &outcome = stored.value();
    m_stats.received += int(page.changes.size());
    m_stats.applied += outcome.applied;
    m_stats.pullConflicts += outcome.conflicts;
    qCInfo(lcSyncPull) << "page from cursor" << cursor << "to" << page.nextCursor << ":"
                       << page.changes.size() << "changes," << outcome.applied << "applied,"
                       << outcome.conflicts << "conflicts";
    if (outcome.conflicts > 0) {
        log(SyncLogEntry::Level::Warning,
            PullText::tr("%n case(s) changed at the exchange while this counter has unsent changes to "
                         "them; see the conflicts list.",
                         "", outcome.conflicts),
            u"case.changed_elsewhere"_s, page.requestId);
        refreshCounts();
    }
    if (!outcome.changed.isEmpty())
        emit casesChanged(outcome.changed);
    if (!m_running) // a receiver of casesChanged ended the run
        return;
    const std::optional<qint64> next = nextCursorOf(page, cursor);
    if (!next) {
        succeed();
        return;
    }
    m_feedNext = *next;
    askFor(m_feedNext); // asked for when the page came, but it may have failed while this one was stored
    // The next page's answer came first: now it follows the page it comes after.
    if (const auto early = m_feedEarly.find(m_feedNext); early != m_feedEarly.end()) {
        Result<ChangePage, SyncError> waiting = std::move(early->second);
        m_feedEarly.erase(early);
        onPage(m_feedNext, std::move(waiting));
    }
}

} // namespace ow::sync
