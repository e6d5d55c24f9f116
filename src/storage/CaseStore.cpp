#include "CaseStore.h"

#include "AuditJournal.h"
#include "ConflictStore.h"
#include "Database.h"
#include "OutboxStore.h"
#include "SearchIndex.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "core/Limits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ow::storage {

using sql::StorageErrors;

namespace {

const QString CaseColumns =
    u"id, receipt_number, state, origin, version, created_by, accepted_by, reviewer, review_lock_until, "
    "last_reason, workstation, created_at, updated_at, accepted_at, form"_s;

QString idTypeKey(core::IdType type)
{
    switch (type) {
    case core::IdType::ResidentId:
        return u"resident_id"_s;
    case core::IdType::Passport:
        return u"passport"_s;
    case core::IdType::Other:
        break;
    }
    return u"other"_s;
}

QString originKey(core::CaseOrigin origin)
{
    return origin == core::CaseOrigin::Online ? u"online"_s : u"counter"_s;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(sql::toDbTime(time)) : QVariant();
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<core::CaseRecord> load(QSqlDatabase &db, const QString &caseId)
{
    sql::Statement query = sql::cached(db, u"SELECT "_s + CaseColumns + u" FROM cases WHERE id = ?"_s);
    if (!sql::exec(query, {caseId})) {
        qCWarning(lcStorage) << "cannot read case" << caseId << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        query.finish();
        return std::nullopt;
    }
    core::CaseRecord record;
    record.id = query.value(0).toString();
    record.receiptNumber = query.value(1).toString();
    record.state = core::CaseStates::fromKey(query.value(2).toString()).value_or(core::CaseState::Draft);
    record.origin =
        query.value(3).toString() == u"online"_s ? core::CaseOrigin::Online : core::CaseOrigin::Counter;
    record.version = query.value(4).toInt();
    record.createdBy = query.value(5).toString();
    record.acceptedBy = query.value(6).toString();
    record.reviewer = query.value(7).toString();
    record.reviewLockUntil = sql::fromDbTime(query.value(8));
    record.lastReason = query.value(9).toString();
    record.workstation = query.value(10).toString();
    record.createdAt = sql::fromDbTime(query.value(11));
    record.updatedAt = sql::fromDbTime(query.value(12));
    record.acceptedAt = sql::fromDbTime(query.value(13));
    record.form =
        core::OneForm::fromJson(QJsonDocument::fromJson(query.value(14).toString().toUtf8()).object());
    query.finish();

    sql::Statement materials = sql::cached(
        db,
        u"SELECT item_id, title, required, status, attachments FROM materials WHERE case_id = ? ORDER BY position"_s);
    if (sql::exec(materials, {caseId})) {
        while (materials.next()) {
            core::MaterialItem item;
            item.id = materials.value(0).toString();
            item.title = materials.value(1).toString();
            item.required = materials.value(2).toBool();
            item.status = core::MaterialStatuses::fromKey(materials.value(3).toString())
                              .value_or(core::MaterialStatus::Missing);
            const QJsonArray attachments =
                QJsonDocument::fromJson(materials.value(4).toString().toUtf8()).array();
            for (const QJsonValue &hash : attachments)
                item.attachments << hash.toString();
            record.materials.append(item);
        }
    }
    materials.finish();
    return record;
}

// The stored version of a case, nullopt if it is not stored, or an error.
Result<std::optional<int>> storedVersion(QSqlDatabase &db, const QString &caseId)
{
    sql::Statement query = sql::cached(db, u"SELECT version FROM cases WHERE id = ?"_s);
    if (auto r = sql::exec(query, {caseId}); !r)
        return r.error();
    std::optional<int> version;
    if (query.next())
        version = query.value(0).toInt();
    query.finish();
    return version;
}

Result<void> writeParties(QSqlDatabase &db, const core::CaseRecord &record)
{
    sql::Statement remove = sql::cached(db, u"DELETE FROM parties WHERE case_id = ?"_s);
    if (auto r = sql::exec(remove, {record.id}); !r)
        return r;
    remove.finish();
    sql::Statement insert =
        sql::cached(db, u"INSERT INTO parties(case_id, role, position, kind, name, id_type, id_number, "
                        "phone, title, subscribed, contribution_form, deadline) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    auto person = [&](const QString &role, const core::Person &p) -> Result<void> {
        if (p == core::Person{})
            return {};
        return sql::exec(insert, {record.id, role, 0, u"natural"_s, p.name, idTypeKey(p.idType), p.idNumber,
                                  p.phone, p.position, QVariant(), QVariant(), QVariant()});
    };
    if (auto r = person(u"legal_rep"_s, record.form.legalRep); !r)
        return r;
    if (auto r = person(u"liaison"_s, record.form.liaison); !r)
        return r;
    if (auto r = person(u"financial_officer"_s, record.form.financialOfficer); !r)
        return r;
    for (qsizetype i = 0; i < record.form.investors.size(); ++i) {
        const core::Investor &investor = record.form.investors[i];
        const bool natural = investor.kind == core::InvestorKind::Natural;
        if (auto r = sql::exec(
                insert, {record.id, u"investor"_s, int(i), natural ? u"natural"_s : u"legal"_s, investor.name,
                         natural ? u"resident_id"_s : u"uscc"_s, investor.idNumber, QString(), QString(),
                         investor.subscribed, investor.contributionForm,
                         investor.deadline.isValid() ? QVariant(investor.deadline.toString(Qt::ISODate))
                                                     : QVariant()});
            !r)
            return r;
    }
    for (qsizetype i = 0; i < record.form.personnel.size(); ++i) {
        const core::KeyPerson &key = record.form.personnel[i];
        if (auto r = sql::exec(insert,
                               {record.id, u"key_person"_s, int(i), u"natural"_s, key.name, u"resident_id"_s,
                                key.idNumber, QString(), key.position, QVariant(), QVariant(), QVariant()});
            !r)
            return r;
    }
    insert.finish();
    return {};
}

Result<void> writeMaterials(QSqlDatabase &db, const core::CaseRecord &record)
{
    sql::Statement remove = sql::cached(db, u"DELETE FROM materials WHERE case_id = ?"_s);
    if (auto r = sql::exec(remove, {record.id}); !r)
        return r;
    remove.finish();
    sql::Statement insert =
        sql::cached(db, u"INSERT INTO materials(case_id, position, item_id, title, required, status, "
                        "attachments) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < record.materials.size(); ++i) {
        const core::MaterialItem &item = record.materials[i];
        const QString attachments = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(item.attachments)).toJson(QJsonDocument::Compact));
        if (auto r = sql::exec(insert, {record.id, int(i), item.id, item.title, item.required,
                                        core::MaterialStatuses::toKey(item.status), attachments});
            !r)
            return r;
    }
    insert.finish();
    return {};
}

// The case's entry in the search index: its name, legal representative and receipt number.
Result<void> indexCase(QSqlDatabase &db, const core::CaseRecord &record)
{
    SearchEntry search;
    search.kind = SearchKind::Case;
    search.refId = record.id;
    search.name = record.form.proposedName;
    search.person = record.form.legalRep.name;
    search.receipt = record.receiptNumber;
    return SearchIndex::store(db, search);
}

Result<void> writeCase(QSqlDatabase &db, const core::CaseRecord &record, int previousVersion,
                       const QString &authority)
{
    const QList<QVariant> values{textOrNull(record.receiptNumber),
                                 core::CaseStates::toKey(record.state),
                                 originKey(record.origin),
                                 record.form.entityTypeId,
                                 record.form.proposedName,
                                 record.form.legalRep.name,
                                 record.form.authorityDivision.isEmpty() ? authority
                                                                         : record.form.authorityDivision,
                                 record.version,
                                 record.createdBy,
                                 record.acceptedBy,
                                 record.reviewer,
                                 timeOrNull(record.reviewLockUntil),
                                 record.lastReason,
                                 record.workstation,
                                 sql::toDbTime(record.createdAt),
                                 sql::toDbTime(record.updatedAt),
                                 timeOrNull(record.acceptedAt),
                                 json(record.form.toJson())};
    sql::Statement query =
        previousVersion == 0
            ? sql::cached(db,
                          u"INSERT INTO cases(receipt_number, state, origin, entity_type, name, legal_rep, "
                          "authority, version, created_by, accepted_by, reviewer, review_lock_until, "
                          "last_reason, workstation, created_at, updated_at, accepted_at, form, id) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
            : sql::cached(db, u"UPDATE cases SET receipt_number = ?, state = ?, origin = ?, entity_type = ?, "
                              "name = ?, legal_rep = ?, authority = ?, version = ?, created_by = ?, "
                              "accepted_by = ?, reviewer = ?, review_lock_until = ?, last_reason = ?, "
                              "workstation = ?, created_at = ?, updated_at = ?, accepted_at = ?, form = ? "
                              "WHERE id = ? AND version = ?"_s);
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    query.bindValue(i++, record.id);
    if (previousVersion != 0)
        query.bindValue(i++, previousVersion);
    if (!query.exec())
        return StorageErrors::fromSql(query.lastError());
    const int changed = query.numRowsAffected();
    query.finish();
    if (changed != 1)
        return StorageErrors::internal(u"case row not written"_s);
    return {};
}

} // namespace

CaseStore::CaseStore(std::shared_ptr<Database> db, QString workstationCode, QString authorityDivision)
    : m_db(std::move(db)), m_workstation(std::move(workstationCode)),
      m_authority(std::move(authorityDivision))
{}

Result<core::CaseRecord> CaseStore::perform(const core::CaseRecord &edited,
                                            const core::TransitionRequest &original)
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
                record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
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
            event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        event.caseId = record.id;
        event.caseVersion = record.version;
        if (event.actor.isEmpty())
            event.actor = request.actor.userId;
        if (event.workstation.isEmpty())
            event.workstation = request.actor.workstation;
        if (!event.deviceTime.isValid())
            event.deviceTime = request.at;

        if (auto r = writeCase(db, record, previousVersion, m_authority); !r) {
            if (r.error().code == u"storage.internal"_s)
                return stale(previousVersion + 1);
            return r;
        }
        if (auto r = writeParties(db, record); !r)
            return r;
        if (auto r = writeMaterials(db, record); !r)
            return r;
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
    if (remote.id.isEmpty() || remote.version < 1) {
        qCWarning(lcStorage) << "remote case without id or version skipped:" << remote.id << remote.version;
        return RemoteApplyOutcome::Invalid;
    }
    for (const core::LimitIssue &issue : core::Limits::check(remote)) {
        // Such a text would not read back as it came (UTF-8 cannot hold it); the exchange refuses
        // it, so only a broken exchange sends one.
        if (issue.code == u"field.invalid_text") {
            qCWarning(lcStorage) << "remote case with ill-formed text skipped:" << remote.id << issue.field;
            return RemoteApplyOutcome::Invalid;
        }
    }
    Result<std::optional<int>> stored = storedVersion(db, remote.id);
    if (!stored)
        return stored.error();
    const std::optional<int> local = stored.value();
    if (local && *local >= remote.version)
        return RemoteApplyOutcome::AlreadyCurrent;

    if (local) {
        sql::Statement unsent = sql::cached(db, u"SELECT count(*) FROM outbox WHERE case_id = ?"_s);
        if (auto r = sql::exec(unsent, {remote.id}); !r)
            return r.error();
        const int pending = unsent.next() ? unsent.value(0).toInt() : 0;
        unsent.finish();
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

    if (auto r = writeRemote(db, remote, local.value_or(0)); !r)
        return r.error();
    qCDebug(lcStorage) << "applied remote case" << remote.id << "version" << remote.version;
    return local ? RemoteApplyOutcome::Replaced : RemoteApplyOutcome::Inserted;
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

Result<void> CaseStore::writeRemote(QSqlDatabase &db, const core::CaseRecord &remote, int localVersion) const
{
    if (auto r = writeCase(db, remote, localVersion, m_authority); !r)
        return r;
    if (auto r = writeParties(db, remote); !r)
        return r;
    if (auto r = writeMaterials(db, remote); !r)
        return r;
    return indexCase(db, remote);
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
    return writeRemote(db, remote, stored.value().value_or(0));
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

QList<CaseSummary> CaseStore::list(const CaseQuery &query) const
{
    QString order;
    switch (query.sort) {
    case CaseSortColumn::UpdatedAt:
        order = u"updated_at"_s;
        break;
    case CaseSortColumn::Name:
        order = u"name"_s;
        break;
    case CaseSortColumn::State:
        order = u"state"_s;
        break;
    case CaseSortColumn::ReceiptNumber:
        order = u"receipt_number"_s;
        break;
    }
    const QString direction = query.descending ? u" DESC"_s : u" ASC"_s;
    QString statement =
        u"SELECT id, receipt_number, name, entity_type, legal_rep, state, updated_at FROM cases"_s;
    if (query.state)
        statement += u" WHERE state = :state"_s;
    statement +=
        u" ORDER BY "_s + order + direction + u", id"_s + direction + u" LIMIT :limit OFFSET :offset"_s;

    QSqlDatabase db = m_db->connection();
    sql::Statement select = sql::cached(db, statement);
    if (query.state)
        select.bindValue(u":state"_s, core::CaseStates::toKey(*query.state));
    select.bindValue(u":limit"_s, query.limit);
    select.bindValue(u":offset"_s, query.offset);
    QList<CaseSummary> result;
    if (!select.exec()) {
        qCWarning(lcStorage) << "case list failed:" << select.lastError().text();
        return result;
    }
    while (select.next()) {
        CaseSummary summary;
        summary.id = select.value(0).toString();
        summary.receiptNumber = select.value(1).toString();
        summary.name = select.value(2).toString();
        summary.entityTypeId = select.value(3).toString();
        summary.legalRep = select.value(4).toString();
        summary.state =
            core::CaseStates::fromKey(select.value(5).toString()).value_or(core::CaseState::Draft);
        summary.updatedAt = sql::fromDbTime(select.value(6));
        result.append(summary);
    }
    select.finish();
    return result;
}

int CaseStore::count(std::optional<core::CaseState> state) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query = sql::cached(db, state ? u"SELECT count(*) FROM cases WHERE state = ?"_s
                                                 : u"SELECT count(*) FROM cases"_s);
    if (state)
        query.bindValue(0, core::CaseStates::toKey(*state));
    int n = -1;
    if (query.exec() && query.next())
        n = query.value(0).toInt();
    query.finish();
    return n;
}

} // namespace ow::storage
