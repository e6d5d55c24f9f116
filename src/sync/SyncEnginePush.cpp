// SyncEngine: the push of the outbox (docs/architecture.md, "Sync at the counter"). Batches go out in
// outbox order, two at a time: the second names the first ("follows"), and the exchange applies it
// only after the first committed (exchange::PushOrder), so it reads and judges one batch while it
// writes the other. Answers are settled in the order the batches went out, on the store thread
// (this thread uploads the next batch meanwhile); the next batch is read and written while the
// exchange stores those, and goes out as soon as the oldest is answered, before it is settled here.
// When the exchange takes the second before it has the first (push.out_of_order), nothing of it
// was stored, and the rest of the run sends one batch at a time.
#include "OnThread.h"
#include "SyncEngine.h"
#include "SyncLog.h"
#include "core/Limits.h"
#include "protocol/ErrorCodes.h"
#include "protocol/WireKeys.h"
#include "storage/CaseStore.h"
#include "storage/ConflictStore.h"
#include "storage/SheetLedger.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

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
    return prepareBatch(*m_outbox, m_batchSize, m_session.userId, afterSeq);
}

SyncEngine::OutgoingBatch SyncEngine::prepareBatch(const storage::OutboxStore &outbox, int batchSize,
                                                   const QString &userId, qint64 afterSeq)
{
    OutgoingBatch batch;
    QList<storage::OutboxStore::WireEvent> events = outbox.pendingOnWire(batchSize, afterSeq);
    // The exchange accepts only the signed-in user's own events, in order: send the leading run
    // of them; events of another person wait until that person signs in.
    if (!userId.isEmpty()) {
        qsizetype own = 0;
        while (own < events.size() && events.at(own).actor == userId)
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
    m_flights.clear(); // answers to batches sent before are dropped; their events are sent again
    m_nextBatch.reset();
    m_sentUpTo = 0;
    sendBatches(true);
}

void SyncEngine::sendBatches(bool mayFinish)
{
    const auto window = [this] {
        return m_pushOneAtATime ? std::size_t(1) : std::size_t(m_pushWindow);
    };
    const quint64 run = m_run;
    while (m_flights.size() < window()) {
        if (run != m_run || !m_running) // an answer that came at once ended the run
            return;
        OutgoingBatch batch = takeNextBatch();
        if (batch.events.isEmpty()) {
            if (m_flights.empty() && mayFinish) {
                if (m_settling > 0)
                    m_finishWhenSettled = batch.waitingActor; // when the last answer is settled
                else
                    finishPush(batch.waitingActor);
            }
            return;
        }
        sendBatch(std::move(batch));
    }
    // While the exchange stores those: the next one, from the events after them.
    if (!m_nextBatch && run == m_run && m_running && !m_flights.empty())
        makeNextBatch();
}

SyncEngine::OutgoingBatch SyncEngine::takeNextBatch()
{
    std::optional<NextBatch> next = std::exchange(m_nextBatch, std::nullopt);
    if (next && next->run == m_run && next->after == m_sentUpTo) {
        OutgoingBatch made = next->made.result(); // made by now, as a rule: an answer takes longer
        if (!made.events.isEmpty())
            return made;
    }
    return prepareBatch(m_sentUpTo); // also when none were left then: events may have come since
}

void SyncEngine::makeNextBatch()
{
    // The outbox is read on that thread's connection; the engine waits for the thread when it goes.
    m_nextBatch = NextBatch{m_run, m_sentUpTo,
                            onThread(m_prepareThread, [outbox = m_outbox.get(), size = m_batchSize,
                                                       userId = m_session.userId, after = m_sentUpTo] {
                                return prepareBatch(*outbox, size, userId, after);
                            })};
}

void SyncEngine::finishPush(const QString &waitingActor)
{
    if (!waitingActor.isEmpty()) {
        log(SyncLogEntry::Level::Warning,
            PushText::tr("%n unsent change(s) were made by %1; they are sent when %1 signs in.", "",
                         int(m_outbox->count()))
                .arg(waitingActor));
    }
    pushSheets(); // then the feed
}

void SyncEngine::sendBatch(OutgoingBatch batch)
{
    qCDebug(lcSyncPush) << "pushing" << batch.events.size() << "events";
    Flight flight;
    flight.serial = ++m_flightSerial;
    flight.batch = std::make_shared<const OutgoingBatch>(std::move(batch));
    flight.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The exchange applies this batch after the one before it, whichever reaches it first.
    const QString follows = m_flights.empty() ? QString() : m_flights.back().batchId;
    m_sentUpTo = flight.batch->lastSeq;
    // In the window before it goes: an answer that came at once would find it there.
    const std::shared_ptr<const OutgoingBatch> sent = flight.batch;
    const QString batchId = flight.batchId;
    const quint64 serial = flight.serial;
    m_flights.push_back(std::move(flight));
    m_client->pushEvents(sent->body, batchId, follows, sent->ids,
                         [this, run = m_run, serial](Result<PushResponse, SyncError> result) {
                             onPushed(run, serial, std::move(result));
                         });
}

void SyncEngine::onPushed(quint64 run, quint64 serial, Result<PushResponse, SyncError> result)
{
    // An answer to an ended run (it failed meanwhile) or to a window given up: its events are still
    // in the outbox, and the exchange answers "duplicate" when they are sent again.
    if (run != m_run || !m_running)
        return;
    const auto flight = std::find_if(m_flights.begin(), m_flights.end(),
                                     [serial](const Flight &f) { return f.serial == serial; });
    if (flight == m_flights.end())
        return;
    flight->answer = std::move(result);
    while (!m_flights.empty() && m_flights.front().answer) {
        Flight oldest = std::move(m_flights.front());
        m_flights.pop_front();
        if (!settleAnswer(*oldest.batch, *oldest.answer))
            return;
    }
    if (m_flights.empty()) // events queued meanwhile go too; with none, on to the ledger and the feed
        sendBatches(true);
}

bool SyncEngine::settleAnswer(const OutgoingBatch &batch, Result<PushResponse, SyncError> &answer)
{
    if (!answer) {
        const SyncError error = answer.error();
        m_flights.clear(); // every batch before this one is settled: from its first event again
        m_nextBatch.reset();
        m_sentUpTo = 0;
        if (error.code == protocol::errors::PushOutOfOrder && !m_pushOneAtATime) {
            // The batch before it was not in the exchange's hands yet when this one came: from the
            // oldest event not settled, one batch at a time for the rest of the run.
            qCInfo(lcSyncPush) << "the exchange took a batch out of order; sending one at a time";
            m_pushOneAtATime = true;
            sendBatches(true);
            return false;
        }
        if (retryAfterRefresh(error, [this] { pushBatch(); }))
            return false;
        (void)m_outbox->recordAttempt(batch.ids);
        fail(error);
        return false;
    }
    // The next batch goes out first; this one is settled while the exchange stores that one.
    sendBatches(false);
    settleBatch(batch.events, answer.value());
    return true;
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
// move to the conflicts list, in one transaction on the store thread (the pull's pages are stored
// there too, after it). When that fails the run fails; nothing was removed, the next run resends,
// and the exchange answers "duplicate".
void SyncEngine::settleBatch(const QList<storage::OutboxStore::WireEvent> &events,
                             const PushResponse &response)
{
    auto settlement = std::make_shared<Settlement>();
    settlement->requestId = response.requestId;
    settlement->events = events.size();
    for (qsizetype i = 0; i < response.results.size(); ++i) {
        const PushResult &r = response.results.at(i);
        const storage::OutboxStore::WireEvent &event = events.at(i);
        switch (r.status) {
        case PushStatus::Applied:
        case PushStatus::Duplicate:
            ++(r.status == PushStatus::Applied ? m_stats.sent : m_stats.duplicates);
            settlement->acknowledged << r.id;
            if (r.rebased) // a resend is told the first answer's
                settlement->notes.append(rebasedNote(event, response.requestId));
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
            settlement->conflicts.append(c);
            ++m_stats.conflicts;
            break;
        }
        }
    }
    ++m_settling;
    onThread(m_storeThread, [db = m_db, settlement] {
        return storage::ConflictStore(db).settlePush(settlement->acknowledged, settlement->conflicts,
                                                     settlement->notes);
    }).then(this, [this, run = m_run, settlement](const Result<void> &r) {
        if (run != m_run)
            return; // settled (or not) for a run that ended; a later run resends what is left
        --m_settling;
        if (m_running)
            onSettled(*settlement, r);
    });
}

void SyncEngine::onSettled(const Settlement &settled, const Result<void> &stored)
{
    if (!stored) {
        fail(SyncErrors::storage(stored.error().message));
        return;
    }
    for (const storage::AuditEntry &note : settled.notes) {
        log(SyncLogEntry::Level::Warning,
            PushText::tr("Another change of the enterprise of case %1 was licensed first: the "
                         "exchange issued this licence on the registration as it now is, so the "
                         "sheet printed here differs. Sync again (F5), then void it and print the "
                         "licence again.")
                .arg(note.caseId),
            QString(protocol::keys::push::Rebased), settled.requestId);
    }
    for (const storage::SyncConflict &c : settled.conflicts) {
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
    m_done += int(settled.events);
    m_total = std::max(m_total, m_done + std::max(0, m_outbox->count()));
    qCInfo(lcSyncPush) << "batch of" << settled.events << "settled:" << settled.acknowledged.size()
                       << "acknowledged," << settled.conflicts.size() << "conflicts; request"
                       << settled.requestId;
    emit progress(m_done, m_total);
    refreshCounts();
    if (m_settling == 0 && m_finishWhenSettled) {
        const QString waitingActor = *std::exchange(m_finishWhenSettled, std::nullopt);
        finishPush(waitingActor);
    }
}

} // namespace ow::sync
