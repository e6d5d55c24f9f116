#include "CaseStore.h"

#include "AuditJournal.h"
#include "CaseRows.h"
#include "ConflictStore.h"
#include "Database.h"
#include "OutboxStore.h"
#include "SearchIndex.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "core/TimeOrderedId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage {

using caserows::indexCase;
using caserows::load;
using caserows::storedVersion;
using caserows::writeCase;
using sql::StorageErrors;

CaseStore::CaseStore(std::shared_ptr<Database> db, QString workstationCode, QString authorityDivision)
    : m_db(std::move(db)), m_workstation(std::move(workstationCode)),
      m_authority(std::move(authorityDivision))
{}

Result<core::CaseRecord> CaseStore::perform(const core::CaseRecord &edited,
                                            const core::TransitionRequest &original)
{
    return perform(edited, original, nullptr);
}

Result<core::CaseRecord> CaseStore::perform(const core::CaseRecord &edited,
                                            const core::TransitionRequest &original,
                                            const ProvisionalIssuer *offline)
{
    core::TransitionRequest request = original;
    if (!request.at.isValid())
        request.at = QDateTime::currentDateTimeUtc();
    if (request.actor.workstation.isEmpty())
        request.actor.workstation = m_workstation;

    core::CaseRecord record;
    auto stale = [&](int stored) {
        return StorageErrors::make(
            u"storage.stale"_s,
            tr("This case was changed in the meantime (stored version %1, edited version %2). "
               "Reload it; your changes were not saved.")
                .arg(stored)
                .arg(edited.version));
    };
    auto done = m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        Result<std::optional<int>> stored = edited.id.isEmpty()
                                                ? Result<std::optional<int>>(std::optional<int>())
                                                : storedVersion(db, edited.id);
        if (!stored)
            return stored.error();
        if (edited.version == 0) {
            if (stored.value())
                return stale(*stored.value());
            record = edited;
            if (record.id.isEmpty())
                record.id = core::TimeOrderedId::next();
            if (record.workstation.isEmpty())
                record.workstation = m_workstation;
            if (record.createdBy.isEmpty())
                record.createdBy = request.actor.userId;
            if (!record.createdAt.isValid())
                record.createdAt = request.at;
            if (record.form.authorityDivision.isEmpty())
                record.form.authorityDivision = m_authority;
        } else {
            if (!stored.value()) {
                return StorageErrors::make(
                    u"storage.not_found"_s,
                    tr("This case is not in the local database any more; nothing was saved."));
            }
            if (*stored.value() != edited.version)
                return stale(*stored.value());
            std::optional<core::CaseRecord> loaded = load(db, edited.id);
            if (!loaded)
                return StorageErrors::internal(u"case unreadable"_s);
            // The stored record is the truth for state and history; the form and the materials
            // are what the clerk has just edited.
            record = std::move(*loaded);
            record.form = edited.form;
            record.materials = edited.materials;
        }
        const int previousVersion = record.version;
        const core::CaseState previousState = record.state;

        if (request.action == core::CaseAction::Accept) {
            if (record.receiptNumber.isEmpty()) {
                auto receipt = allocateReceiptNumber(db, request.at);
                if (!receipt)
                    return receipt.error();
                request.receiptNumber = receipt.value();
            } else {
                request.receiptNumber = record.receiptNumber;
            }
        }

        auto applied = core::CaseWorkflow::apply(record, request);
        if (!applied)
            return applied.error();
        core::DomainEvent event = applied.value();
        // Every stored change is one version, one event and one audit entry.
        if (record.version != previousVersion + 1)
            record.version = previousVersion + 1;
        if (request.action == core::CaseAction::Accept && record.receiptNumber.isEmpty())
            record.receiptNumber = request.receiptNumber;
        if (!record.updatedAt.isValid() || record.updatedAt < request.at)
            record.updatedAt = request.at;
        if (event.id.isEmpty())
            event.id = core::TimeOrderedId::next();
        event.caseId = record.id;
        event.caseVersion = record.version;
        if (event.actor.isEmpty())
            event.actor = request.actor.userId;
        if (event.workstation.isEmpty())
            event.workstation = request.actor.workstation;
        if (!event.deviceTime.isValid())
            event.deviceTime = request.at;
        if (offline && request.action == core::CaseAction::IssueLicence) {
            if (auto issued = issueProvisional(db, record, event, *offline); !issued)
                return issued;
        }

        if (auto r = writeCase(db, record, previousVersion, m_authority); !r) {
            if (r.error().code == u"storage.internal"_s)
                return stale(previousVersion + 1);
            return r;
        }
        // Local events (draft saves) stay at the counter: audited, never sent.
        if (!event.local) {
            if (auto r = OutboxStore::append(db, event); !r)
                return r;
        }

        AuditEntry entry;
        entry.caseId = record.id;
        entry.action = event.type;
        entry.actor = request.actor.userId;
        entry.workstation = request.actor.workstation;
        entry.at = request.at;
        entry.reason = request.reason;
        entry.detail = QJsonObject{{u"eventId"_s, event.id},
                                   {u"sent"_s, !event.local},
                                   {u"version"_s, record.version},
                                   {u"from"_s, core::CaseStates::toKey(previousState)},
                                   {u"to"_s, core::CaseStates::toKey(record.state)},
                                   {u"action"_s, core::CaseWorkflow::actionKey(request.action)}};
        if (!record.receiptNumber.isEmpty())
            entry.detail.insert(u"receiptNumber"_s, record.receiptNumber);
        if (!request.reasonCodes.isEmpty()) // the standard reasons picked, which statistics rank
            entry.detail.insert(u"reasonCodes"_s, QJsonArray::fromStringList(request.reasonCodes));
        if (request.credit)
            entry.detail.insert(u"credit"_s,
                                request.credit->toAuditJson()); // what the lists said, here and then
        if (auto r = AuditJournal::append(db, entry); !r)
            return r;

        return indexCase(db, record);
    });
    if (!done) {
        qCInfo(lcStorage) << "case action" << core::CaseWorkflow::actionKey(original.action) << "on"
                          << edited.id << "not stored:" << done.error().code;
        return done.error();
    }
    qCDebug(lcStorage) << "stored case" << record.id << "version" << record.version
                       << core::CaseStates::toKey(record.state);
    return record;
}

Result<RemoteApplyOutcome> CaseStore::applyRemote(QSqlDatabase &db, const core::CaseRecord &remote,
                                                  const QString &requestId) const
{
    return applyOne(db, RemoteCase::of(remote), requestId, nullptr);
}

Result<QList<RemoteApplyOutcome>>
CaseStore::applyRemotePage(QSqlDatabase &db, const QList<RemoteCase> &remotes, const QString &requestId) const
{
    QList<RemoteApplyOutcome> outcomes;
    outcomes.reserve(remotes.size());
    QList<SearchEntry> index;
    for (const RemoteCase &remote : remotes) {
        auto outcome = applyOne(db, remote, requestId, &index);
        if (!outcome)
            return outcome.error();
        outcomes.append(outcome.value());
    }
    if (auto r = SearchIndex::storeAll(db, index); !r)
        return r.error();
    return outcomes;
}

Result<RemoteApplyOutcome> CaseStore::applyOne(QSqlDatabase &db, const RemoteCase &prepared,
                                               const QString &requestId, QList<SearchEntry> *index) const
{
    const core::CaseRecord &remote = prepared.record;
    if (remote.id.isEmpty() || remote.version < 1) {
        qCWarning(lcStorage) << "remote case without id or version skipped:" << remote.id << remote.version;
        return RemoteApplyOutcome::Invalid;
    }
    if (!prepared.wellFormed) {
        // Such a text would not read back as it came (UTF-8 cannot hold it); the exchange refuses
        // it, so only a broken exchange sends one.
        qCWarning(lcStorage) << "remote case with ill-formed text skipped:" << remote.id;
        return RemoteApplyOutcome::Invalid;
    }
    Result<std::optional<int>> stored = storedVersion(db, remote.id);
    if (!stored)
        return stored.error();
    const std::optional<int> local = stored.value();
    if (local && *local > remote.version)
        return RemoteApplyOutcome::AlreadyCurrent;

    if (local) {
        sql::Statement unsent =
            sql::cached(db, u"SELECT (SELECT count(*) FROM outbox WHERE case_id = ?), "
                            "(SELECT count(*) FROM conflicts WHERE case_id = ? AND resolved_at IS NULL)"_s);
        if (auto r = sql::exec(unsent, {remote.id, remote.id}); !r)
            return r.error();
        const bool row = unsent.next();
        const int pending = row ? unsent.value(0).toInt() : 0;
        const int open = row ? unsent.value(1).toInt() : 0;
        unsent.finish();
        // The same version as the exchange stored it (below) is the truth: its clock's times
        // (acceptance, review lock) and what it assigns. With changes still unsent, the push settles
        // it; with a conflict open on the case, the person resolving it chooses.
        if (*local == remote.version && (pending > 0 || open > 0))
            return RemoteApplyOutcome::AlreadyCurrent;
        if (pending > 0) {
            SyncConflict conflict;
            conflict.caseId = remote.id;
            conflict.kind = ConflictKind::PullConflict;
            if (std::optional<core::CaseRecord> mine = load(db, remote.id))
                conflict.localCase = mine->toJson();
            conflict.remoteCase = remote.toJson();
            conflict.errorCode = u"case.changed_elsewhere"_s;
            conflict.errorMessage =
                tr("The exchange has version %1 of this case from elsewhere, but this counter still has %2 "
                   "unsent change(s) to version %3.")
                    .arg(remote.version)
                    .arg(pending)
                    .arg(*local);
            conflict.requestId = requestId;
            if (auto r = ConflictStore::record(db, conflict); !r)
                return r.error();
            return RemoteApplyOutcome::Conflict;
        }
    }

    if (const std::optional<QString> holder = receiptHolder(db, remote); holder && !holder->isEmpty()) {
        SyncConflict conflict;
        conflict.caseId = remote.id;
        conflict.kind = ConflictKind::PullConflict;
        if (std::optional<core::CaseRecord> mine = load(db, *holder))
            conflict.localCase = mine->toJson();
        conflict.remoteCase = remote.toJson();
        conflict.errorCode = u"case.receipt_taken"_s;
        conflict.errorMessage = tr("The exchange sent case %1 with receipt number %2, but this counter's "
                                   "case %3 already has that "
                                   "number. The exchange's case was not stored here.")
                                    .arg(remote.id, remote.receiptNumber, *holder);
        conflict.requestId = requestId;
        if (auto r = ConflictStore::record(db, conflict); !r)
            return r.error();
        return RemoteApplyOutcome::Conflict;
    } else if (!holder) {
        return StorageErrors::internal(u"receipt number lookup failed"_s);
    }

    if (auto r = writeRemote(db, prepared, local.value_or(0), index); !r)
        return r.error();
    qCDebug(lcStorage) << "applied remote case" << remote.id << "version" << remote.version;
    if (!local)
        return RemoteApplyOutcome::Inserted;
    return *local == remote.version ? RemoteApplyOutcome::Refreshed : RemoteApplyOutcome::Replaced;
}

std::optional<QString> CaseStore::receiptHolder(QSqlDatabase &db, const core::CaseRecord &remote) const
{
    if (remote.receiptNumber.isEmpty())
        return QString();
    sql::Statement holder = sql::cached(db, u"SELECT id FROM cases WHERE receipt_number = ? AND id <> ?"_s);
    if (!sql::exec(holder, {remote.receiptNumber, remote.id}))
        return std::nullopt;
    const QString id = holder.next() ? holder.value(0).toString() : QString(u""_s);
    holder.finish();
    return id;
}

Result<void> CaseStore::writeRemote(QSqlDatabase &db, const RemoteCase &remote, int localVersion,
                                    QList<SearchEntry> *index) const
{
    if (auto r = writeCase(db, remote, localVersion, m_authority); !r)
        return r;
    if (index) {
        index->append(caserows::searchEntryOf(remote.record));
        return {};
    }
    return indexCase(db, remote.record);
}

Result<void> CaseStore::overwriteWithRemote(QSqlDatabase &db, const core::CaseRecord &remote) const
{
    if (remote.id.isEmpty() || remote.version < 1)
        return StorageErrors::make(u"case.invalid"_s,
                                   tr("The exchange's version of the case is not usable."));
    const std::optional<QString> holder = receiptHolder(db, remote);
    if (!holder)
        return StorageErrors::internal(u"receipt number lookup failed"_s);
    if (!holder->isEmpty()) {
        return StorageErrors::make(
            u"case.receipt_taken"_s,
            tr("Receipt number %1 of the exchange's version is held by this counter's case %2. Ask IT to "
               "check this workstation's receipt numbers; nothing was changed.")
                .arg(remote.receiptNumber, *holder));
    }
    Result<std::optional<int>> stored = storedVersion(db, remote.id);
    if (!stored)
        return stored.error();
    return writeRemote(db, RemoteCase::of(remote), stored.value().value_or(0));
}

Result<std::optional<int>> CaseStore::versionOf(QSqlDatabase &db, const QString &caseId) const
{
    return storedVersion(db, caseId);
}

Result<void> CaseStore::rebase(QSqlDatabase &db, const QString &caseId, int version) const
{
    sql::Statement update = sql::cached(db, u"UPDATE cases SET version = ? WHERE id = ?"_s);
    if (auto r = sql::exec(update, {version, caseId}); !r)
        return r;
    update.finish();
    return {};
}

std::optional<core::CaseRecord> CaseStore::find(const QString &caseId) const
{
    QSqlDatabase db = m_db->connection();
    return load(db, caseId);
}

} // namespace ow::storage
