#include "CaseRows.h"

#include "SearchIndex.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "core/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage::caserows {

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

QString jsonArray(const QStringList &texts)
{
    core::JsonWriter w;
    w.beginArray();
    for (const QString &text : texts)
        w.value(text);
    w.endArray();
    return QString::fromUtf8(w.take());
}

} // namespace

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
        const QString attachments = jsonArray(item.attachments);
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
                                 QString::fromUtf8(record.form.toJsonText())};
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

} // namespace ow::storage::caserows
