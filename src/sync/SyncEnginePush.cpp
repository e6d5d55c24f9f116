// SyncEngine: the push of the outbox (docs/architecture.md, "Sync at the counter"). Batches go out one
// at a time, in outbox order, each settled by its answer; the next batch is read and written while the
// exchange stores the one before, and goes out as soon as that one is answered, before it is settled
// here: the counter's work and the exchange's overlap on two cores, and the exchange still receives
// the batches in order, one after the other.
#include "SyncEngine.h"
#include "SyncLog.h"
#include "core/Limits.h"
#include "protocol/WireKeys.h"
#include "storage/CaseStore.h"
#include "storage/ConflictStore.h"
#include "storage/SheetLedger.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace {
class PushText
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};
} // namespace

SyncEngine::OutgoingBatch SyncEngine::prepareBatch(qint64 afterSeq) const
{
    OutgoingBatch batch;
    QList<storage::OutboxStore::WireEvent> events = m_outbox->pendingOnWire(m_batchSize, afterSeq);
    // The exchange accepts only the signed-in user's own events, in order: send the leading run
    // of them; events of another person wait until that person signs in.
    if (!m_session.userId.isEmpty()) {
        qsizetype own = 0;
        while (own < events.size() && events.at(own).actor == m_session.userId)
            ++own;
        if (own == 0 && !events.isEmpty())
            batch.waitingActor = events.first().actor;
        events.resize(own);
    }
    if (events.isEmpty())
        return batch;
    QList<QByteArray> texts;
    texts.reserve(events.size());
    for (const storage::OutboxStore::WireEvent &event : std::as_const(events))
        texts << event.json;
    batch.body = ExchangeClient::PushBatch::within(texts, core::Limits::pushBudgetBytes);
    events.resize(batch.body.count);
    for (const storage::OutboxStore::WireEvent &event : std::as_const(events))
        batch.ids << event.id;
    batch.lastSeq = events.last().seq;
    batch.events = std::move(events);
    return batch;
}

void SyncEngine::pushBatch()
{
    m_nextBatch.reset();
    sendBatch(prepareBatch(0));
}

void SyncEngine::sendBatch(OutgoingBatch batch)
{
    if (batch.events.isEmpty()) {
        if (!batch.waitingActor.isEmpty()) {
            log(SyncLogEntry::Level::Warning,
                PushText::tr("%n unsent change(s) were made by %1; they are sent when %1 signs in.", "",
                             int(m_outbox->count()))
                    .arg(batch.waitingActor));
        }
        pushSheets(); // then the feed
        return;
    }
    qCDebug(lcSyncPush) << "pushing" << batch.events.size() << "events";
    const auto sent = std::make_shared<const OutgoingBatch>(std::move(batch));
    m_client->pushEvents(sent->body, sent->ids,
                         [this, run = m_run, sent](Result<PushResponse, SyncError> result) {
                             onPushed(run, *sent, std::move(result));
                         });
    // While the exchange stores this batch: the next one, from the events after it.
    m_nextBatch = prepareBatch(sent->lastSeq);
}

void SyncEngine::onPushed(quint64 run, const OutgoingBatch &batch, Result<PushResponse, SyncError> result)
{
    // An answer to an ended run (it failed meanwhile): its events are still in the outbox, and the
    // exchange answers "duplicate" when they are sent again.
    if (run != m_run || !m_running)
        return;
    std::optional<OutgoingBatch> next = std::move(m_nextBatch);
    m_nextBatch.reset();
    if (!result) {
        if (retryAfterRefresh(result.error(), [this] { pushBatch(); }))
            return;
        (void)m_outbox->recordAttempt(batch.ids);
        fail(result.error());
        return;
    }
    // The next batch goes out first; this one is settled while the exchange stores that one.
    const bool more = next && !next->events.isEmpty();
    if (more)
        sendBatch(std::move(*next));
    if (!settleBatch(batch.events, result.value()))
        return;
    if (!more) // events queued meanwhile go too; with none, on to the ledger and the feed
        sendBatch(prepareBatch(batch.lastSeq));
}

// What the counter keeps of a licence the exchange issued on the registration as it had become: the
// case's header asks for a reprint until a sheet is printed again (SheetLedger::awaitsReprint).
storage::AuditEntry SyncEngine::rebasedNote(const storage::OutboxStore::WireEvent &event,
                                            const QString &requestId) const
{
    storage::AuditEntry note;
    note.caseId = event.caseId;
    note.action = storage::SheetLedger::LicenceRebased;
    note.actor = m_session.userId;
    note.workstation = m_session.workstation;
    note.at = QDateTime::currentDateTimeUtc();
    note.detail = {{u"eventId"_s, event.id}, {u"requestId"_s, requestId}};
    return note;
}

// The exchange's answer to a batch: acknowledged events leave the outbox, conflicts and refusals
// move to the conflicts list, in one transaction. False when that failed (the run has failed).
bool SyncEngine::settleBatch(const QList<storage::OutboxStore::WireEvent> &events,
                             const PushResponse &response)
{
    QStringList acknowledged;
    QList<storage::SyncConflict> conflicts;
    QList<storage::AuditEntry> notes;
    for (qsizetype i = 0; i < response.results.size(); ++i) {
        const PushResult &r = response.results.at(i);
        const storage::OutboxStore::WireEvent &event = events.at(i);
        switch (r.status) {
        case PushStatus::Applied:
            ++m_stats.sent;
            acknowledged << r.id;
            if (r.rebased)
                notes.append(rebasedNote(event, response.requestId));
            break;
        case PushStatus::Duplicate:
            ++m_stats.duplicates;
            acknowledged << r.id;
            if (r.rebased)
                notes.append(rebasedNote(event, response.requestId));
            break;
        case PushStatus::Conflict:
        case PushStatus::Rejected: {
            storage::SyncConflict c;
            c.caseId = event.caseId;
            c.kind = r.status == PushStatus::Conflict ? storage::ConflictKind::PushConflict
                                                      : storage::ConflictKind::PushRejected;
            c.eventId = event.id;
            c.localEvent = QJsonDocument::fromJson(event.json).object();
            if (auto local = m_cases->find(event.caseId))
                c.localCase = local->toJson();
            c.remoteCase = r.current;
            c.errorCode = r.errorCode;
            c.errorMessage = r.errorMessage;
            c.requestId = response.requestId;
            conflicts.append(c);
            ++m_stats.conflicts;
            break;
        }
        }
    }
    if (auto r = m_conflicts->settlePush(acknowledged, conflicts, notes); !r) {
        // Nothing was removed: the next run resends, and the exchange answers "duplicate".
        fail(SyncErrors::storage(r.error().message));
        return false;
    }
    for (const storage::AuditEntry &note : std::as_const(notes)) {
        log(SyncLogEntry::Level::Warning,
            PushText::tr("Another change of the enterprise of case %1 was licensed first: the "
                         "exchange issued this licence on the registration as it now is, so the "
                         "sheet printed here differs. Sync again (F5), then void it and print the "
                         "licence again.")
                .arg(note.caseId),
            QString(protocol::keys::push::Rebased), response.requestId);
    }
    for (const storage::SyncConflict &c : std::as_const(conflicts)) {
        log(SyncLogEntry::Level::Warning,
            c.kind == storage::ConflictKind::PushConflict
                ? PushText::tr("A change to case %1 conflicts with a newer version at the exchange; "
                               "it is kept in the conflicts list.")
                      .arg(c.caseId)
                : PushText::tr("The exchange refused a change to case %1 (%2); it is kept in the "
                               "conflicts list.")
                      .arg(c.caseId, c.errorMessage.isEmpty() ? c.errorCode : c.errorMessage),
            c.errorCode, c.requestId);
    }
    m_done += int(events.size());
    m_total = std::max(m_total, m_done + std::max(0, m_outbox->count()));
    qCInfo(lcSyncPush) << "batch of" << events.size() << "settled:" << acknowledged.size() << "acknowledged,"
                       << conflicts.size() << "conflicts; request" << response.requestId;
    emit progress(m_done, m_total);
    refreshCounts();
    return true;
}

} // namespace ow::sync
