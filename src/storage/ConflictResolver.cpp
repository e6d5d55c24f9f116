#include "ConflictResolver.h"

#include "AuditJournal.h"
#include "CaseStore.h"
#include "Database.h"
#include "OutboxStore.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "core/CaseRecord.h"
#include "core/DomainEvent.h"
#include "core/TimeOrderedId.h"

#include <QJsonArray>

namespace ow::storage {

using namespace Qt::StringLiterals;
using sql::StorageErrors;

namespace {

struct ChoiceKey
{
    ConflictChoice choice;
    const char16_t *key;
};

constexpr ChoiceKey ChoiceKeys[] = {
    {ConflictChoice::KeepExchange, u"kept-exchange"},
    {ConflictChoice::SendOursAgain, u"sent-again"},
    {ConflictChoice::MarkResolved, u"marked"},
};

QJsonArray eventsJson(const QList<core::DomainEvent> &events)
{
    QJsonArray array;
    for (const core::DomainEvent &event : events)
        array.append(event.toJson());
    return array;
}

} // namespace

AuditEntry ConflictResolver::auditEntry(const SyncConflict &conflict, const QString &action,
                                        const QString &userId, const QString &note, const QDateTime &at) const
{
    AuditEntry entry;
    entry.caseId = conflict.caseId;
    entry.action = action;
    entry.actor = userId;
    entry.workstation = m_cases.workstationCode();
    entry.at = at;
    entry.reason = note;
    entry.detail = {{u"conflictId"_s, conflict.id}};
    return entry;
}

ConflictResolver::ConflictResolver(std::shared_ptr<Database> db, const CaseStore &cases)
    : m_db(std::move(db)), m_cases(cases)
{}

bool ConflictResolver::canKeepExchange(const SyncConflict &c)
{
    return c.isOpen() && !c.remoteCase.isEmpty();
}

bool ConflictResolver::canSendOursAgain(const SyncConflict &c)
{
    if (!c.isOpen() || c.remoteCase.isEmpty())
        return false;
    switch (c.kind) {
    case ConflictKind::PushConflict:
        return !c.localEvent.isEmpty();
    case ConflictKind::PullConflict:
        return c.errorCode != u"case.receipt_taken"_s;
    case ConflictKind::PushRejected:
        break; // the exchange's rules refused it: sending it again changes nothing
    }
    return false;
}

QString ConflictResolver::resolutionText(ConflictChoice choice, const QString &note)
{
    for (const ChoiceKey &k : ChoiceKeys) {
        if (k.choice == choice)
            return QString::fromUtf16(k.key) + u": "_s + note;
    }
    return note;
}

std::optional<ConflictChoice> ConflictResolver::choiceOf(const QString &resolution)
{
    for (const ChoiceKey &k : ChoiceKeys) {
        if (resolution.startsWith(QString::fromUtf16(k.key) + u": "_s))
            return k.choice;
    }
    return std::nullopt;
}

Result<void> ConflictResolver::resolve(qint64 conflictId, ConflictChoice choice, const core::Actor &by,
                                       const QString &note, const QDateTime &at)
{
    if (by.userId.isEmpty() || !core::CaseWorkflow::mayResolveConflicts(by.role)) {
        return StorageErrors::make(u"conflict.role"_s,
                                   tr("Only a supervisor may resolve a conflict with the exchange; nothing "
                                      "was changed."));
    }
    const QString &userId = by.userId;
    if (note.trimmed().isEmpty()) {
        return StorageErrors::make(u"conflict.note_missing"_s,
                                   tr("Write a note saying what was decided; nothing was changed."));
    }
    return m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        const auto found = ConflictStore::find(db, conflictId);
        if (!found)
            return found.error();
        if (!found.value() || !found.value()->isOpen()) {
            return StorageErrors::make(u"storage.not_found"_s,
                                       tr("This conflict is not open any more; nothing was changed."));
        }
        const SyncConflict &conflict = *found.value();
        const auto read = sides(db, conflict);
        if (!read)
            return read.error();
        Result<void> done;
        switch (choice) {
        case ConflictChoice::KeepExchange:
            done = keepExchange(db, conflict, read.value(), userId, note, at);
            break;
        case ConflictChoice::SendOursAgain:
            done = sendOursAgain(db, conflict, read.value(), userId, note, at);
            break;
        case ConflictChoice::MarkResolved: {
            done = AuditJournal::append(
                db, auditEntry(conflict, u"conflict.marked_resolved"_s, userId, note, at));
            break;
        }
        }
        if (!done)
            return done;
        return ConflictStore::markResolved(db, conflict.id, userId, resolutionText(choice, note.trimmed()),
                                           at);
    });
}

Result<ConflictResolver::Sides> ConflictResolver::sides(QSqlDatabase &db, const SyncConflict &conflict) const
{
    Sides sides;
    sides.remote = core::CaseRecord::fromJson(conflict.remoteCase);
    auto pending = OutboxStore::forCase(db, conflict.caseId);
    if (!pending)
        return pending.error();
    sides.pending = std::move(pending).value();
    const auto local = m_cases.versionOf(db, conflict.caseId);
    if (!local)
        return local.error();
    sides.localVersion = local.value();
    return sides;
}

Result<void> ConflictResolver::keepExchange(QSqlDatabase &db, const SyncConflict &conflict, const Sides &read,
                                            const QString &userId, const QString &note, const QDateTime &at)
{
    if (!canKeepExchange(conflict)) {
        return StorageErrors::make(u"conflict.no_remote"_s,
                                   tr("The exchange's version of this case is not known here; mark the "
                                      "conflict resolved instead."));
    }
    const core::CaseRecord &remote = read.remote;
    const QList<core::DomainEvent> &pendingEvents = read.pending;
    const std::optional<int> &localVersion = read.localVersion;
    // A later page of the feed may already have brought a newer version of the exchange's: then
    // the local case is the exchange's and stays.
    const bool overwrite = !pendingEvents.isEmpty() || !localVersion || remote.version >= *localVersion;
    if (overwrite) {
        if (auto r = m_cases.overwriteWithRemote(db, remote); !r)
            return r;
    }
    QStringList dropped;
    for (const core::DomainEvent &event : pendingEvents)
        dropped << event.id;
    if (auto r = OutboxStore::remove(db, dropped); !r)
        return r;

    AuditEntry entry = auditEntry(conflict, u"conflict.kept_exchange"_s, userId, note, at);
    // Nothing is lost without a trace: what this counter had, and what it no longer sends.
    entry.detail.insert(u"exchangeVersion"_s, remote.version);
    entry.detail.insert(u"localCase"_s, conflict.localCase);
    entry.detail.insert(u"droppedEvents"_s, eventsJson(pendingEvents));
    if (!conflict.localEvent.isEmpty())
        entry.detail.insert(u"conflictEvent"_s, conflict.localEvent);
    qCInfo(lcStorage) << "conflict" << conflict.id << "resolved for the exchange's version" << remote.version
                      << "of case" << conflict.caseId << "; dropped" << dropped.size() << "unsent event(s)";
    return AuditJournal::append(db, entry);
}

Result<void> ConflictResolver::sendOursAgain(QSqlDatabase &db, const SyncConflict &conflict,
                                             const Sides &read, const QString &userId, const QString &note,
                                             const QDateTime &at)
{
    if (!canSendOursAgain(conflict)) {
        return StorageErrors::make(
            u"conflict.cannot_resend"_s,
            tr("This change cannot be sent again: the exchange refused it by its rules, "
               "or its version is not known here."));
    }
    const core::CaseRecord &remote = read.remote;
    const QList<core::DomainEvent> &pendingEvents = read.pending;
    const std::optional<int> &localVersion = read.localVersion;
    // The version the changes go on top of: the exchange's as the conflict saw it, or a newer one
    // a later page of the feed brought (then nothing of ours is unsent and the local case is it).
    int base = remote.version;
    if (pendingEvents.isEmpty() && localVersion && *localVersion > base)
        base = *localVersion;

    QList<core::DomainEvent> queue;
    if (conflict.kind == ConflictKind::PushConflict) {
        // The exchange answered the refused event "conflict" and did not apply it; sent again it
        // is a new event (its own id), so the exchange's answer to the old one stays what it was.
        core::DomainEvent again = core::DomainEvent::fromJson(conflict.localEvent);
        again.id = core::TimeOrderedId::next();
        queue.append(again);
    }
    // Unsent changes keep their ids (one the exchange did apply is answered "duplicate"), in order.
    queue.append(pendingEvents);
    if (queue.isEmpty()) {
        return StorageErrors::make(u"conflict.nothing_to_send"_s,
                                   tr("This counter has no unsent change to this case any more; mark the "
                                      "conflict resolved instead."));
    }
    QStringList pendingIds;
    for (const core::DomainEvent &event : pendingEvents)
        pendingIds << event.id;
    if (auto r = OutboxStore::remove(db, pendingIds); !r)
        return r;
    QJsonArray requeued;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        queue[i].caseVersion = base + 1 + int(i);
        if (auto r = OutboxStore::append(db, queue.at(i)); !r)
            return r;
        requeued.append(queue.at(i).id);
    }
    if (localVersion) {
        if (auto r = m_cases.rebase(db, conflict.caseId, base); !r)
            return r;
    }

    AuditEntry entry;
    entry.caseId = conflict.caseId;
    entry.action = u"conflict.sent_again"_s;
    entry.actor = userId;
    entry.workstation = m_cases.workstationCode();
    entry.at = at;
    entry.reason = note;
    entry.detail = {
        {u"conflictId"_s, conflict.id}, {u"exchangeVersion"_s, base}, {u"queuedEvents"_s, requeued}};
    qCInfo(lcStorage) << "conflict" << conflict.id << ":" << queue.size() << "change(s) to case"
                      << conflict.caseId << "queued again on version" << base;
    return AuditJournal::append(db, entry);
}

} // namespace ow::storage
