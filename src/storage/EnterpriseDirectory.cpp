#include "EnterpriseDirectory.h"

#include "Database.h"
#include "EnterpriseRows.h"
#include "SearchIndex.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "core/EnterpriseName.h"
#include "core/JsonWriter.h"
#include "core/Limits.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage {

using sql::StorageErrors;

namespace {

// Above this many records a batch gets a larger page cache (BulkLoad): a bulk load touches many
// pages of the search indexes at once.
constexpr int BulkThreshold = 5000;

} // namespace

EnterpriseRecord EnterpriseRecord::fromEntity(const core::RegisteredEntity &entity)
{
    EnterpriseRecord record;
    record.code = entity.code;
    record.name = entity.name;
    record.tradeName = entity.tradeName;
    record.industry = entity.industry;
    record.authorityDivision = entity.authorityDivision;
    record.entityTypeId = entity.entityTypeId;
    record.legalRep = entity.legalRep;
    record.established = entity.established;
    record.status = entity.status.isEmpty() ? core::RegisteredEntity::StatusRegistered : entity.status;
    record.statusSince = entity.statusSince;
    record.statusDecision = entity.statusDecision;
    record.formerNames = entity.formerNames;
    return record;
}

EnterpriseDirectory::BulkLoad::BulkLoad(const std::shared_ptr<Database> &db) : m_db(db)
{
    QSqlDatabase connection = m_db->connection();
    sql::exec(connection, u"PRAGMA cache_size = -"_s + QString::number(CacheKiB));
}

EnterpriseDirectory::BulkLoad::~BulkLoad()
{
    QSqlDatabase connection = m_db->connection();
    sql::exec(connection, u"PRAGMA cache_size = -"_s + QString::number(Database::CacheKiB)); // as opened
}

core::RegisteredEntity EnterpriseRecord::entity() const
{
    core::RegisteredEntity e;
    e.code = code;
    e.name = name;
    e.tradeName = tradeName;
    e.industry = industry;
    e.authorityDivision = authorityDivision;
    e.entityTypeId = entityTypeId;
    e.legalRep = legalRep;
    e.established = established;
    e.status = status;
    e.statusSince = statusSince;
    e.statusDecision = statusDecision;
    e.formerNames = formerNames;
    return e;
}

EnterpriseDirectory::EnterpriseDirectory(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<void> EnterpriseDirectory::upsert(const QList<EnterpriseRecord> &records)
{
    if (records.isEmpty())
        return {};
    QSqlDatabase db = m_db->connection();
    std::optional<BulkLoad> bulk;
    if (records.size() > BulkThreshold)
        bulk.emplace(m_db);
    auto result = m_db->transaction([&]() -> Result<void> { return store(db, records); });
    if (result)
        qCDebug(lcStorage) << "enterprise cache: stored" << records.size() << "records";
    return result;
}

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<void> enterprise_rows::storeFormerNames(QSqlDatabase &db, const QList<EnterpriseRecord> &records)
{
    for (const EnterpriseRecord &record : records) {
        if (record.formerNames.isEmpty())
            continue;
        const QString code = record.code.trimmed().toUpper();
        sql::Statement clear = sql::cached(db, u"DELETE FROM enterprise_former_names WHERE code = ?"_s);
        if (auto r = sql::exec(clear, {code}); !r)
            return r;
        clear.finish();
        sql::Statement insert = sql::cached(
            db,
            u"INSERT OR REPLACE INTO enterprise_former_names(code, name, trade_name, authority, changed_on) "
            "VALUES (?, ?, ?, ?, ?)"_s);
        for (const core::RegisteredEntity::FormerName &former : record.formerNames) {
            if (auto r =
                    sql::exec(insert, {code, former.name, core::EnterpriseName::parse(former.name).tradeName,
                                       record.authorityDivision, dateValue(former.changedOn)});
                !r)
                return r;
        }
        insert.finish();
    }
    return {};
}

namespace {

const QString InsertColumns = u"(code, name, trade_name, industry, authority, entity_type, "
                              "legal_rep, established, status, status_since, status_decision) "_s;
const QString UpsertTail =
    u" ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
    "trade_name = excluded.trade_name, industry = excluded.industry, authority = "
    "excluded.authority, entity_type = excluded.entity_type, legal_rep = excluded.legal_rep, "
    "established = excluded.established, status = excluded.status, status_since = "
    "excluded.status_since, status_decision = excluded.status_decision"_s;

QString statusOf(const EnterpriseRecord &record)
{
    return record.status.isEmpty() ? core::RegisteredEntity::StatusRegistered : record.status;
}

// Whether JSON can carry the record's texts (no lone surrogate).
bool jsonSafe(const EnterpriseRecord &r)
{
    for (const QString *text : {&r.code, &r.name, &r.tradeName, &r.industry, &r.authorityDivision,
                                &r.entityTypeId, &r.legalRep, &r.status, &r.statusDecision}) {
        if (!core::Limits::isWellFormed(*text))
            return false;
    }
    return true;
}

void writeDate(core::JsonWriter &w, const QDate &date)
{
    if (date.isValid())
        w.value(date.toString(Qt::ISODate));
    else
        w.null();
}

} // namespace

// The rows in one statement over a JSON array, as the search index stores its entries: a directory's
// snapshot stores thousands a page, and a statement per row cost more in binding than SQLite took to
// store them. Texts JSON cannot carry go one by one.
Result<void> enterprise_rows::store(QSqlDatabase &db, const QList<EnterpriseRecord> &records,
                                    const QString &table)
{
    const QString insertInto = u"INSERT INTO "_s + table + InsertColumns;
    core::JsonWriter rows;
    rows.beginArray();
    qsizetype batched = 0;
    QList<const EnterpriseRecord *> single;
    for (const EnterpriseRecord &r : records) {
        if (!jsonSafe(r)) {
            single.append(&r);
            continue;
        }
        rows.beginArray().value(r.code).value(r.name).value(r.tradeName).value(r.industry);
        rows.value(r.authorityDivision).value(r.entityTypeId).value(r.legalRep);
        writeDate(rows, r.established);
        rows.value(statusOf(r));
        writeDate(rows, r.statusSince);
        rows.value(r.statusDecision).endArray();
        ++batched;
    }
    rows.endArray();
    if (batched > 0) {
        QString select = u"SELECT "_s;
        for (int i = 0; i < 11; ++i)
            select += (i ? u", "_s : QString()) + u"json_extract(j.value, '$[%1]')"_s.arg(i);
        sql::Statement insert =
            sql::cached(db, insertInto + select + u" FROM json_each(?) j WHERE true"_s + UpsertTail);
        if (auto r = sql::exec(insert, {QString::fromUtf8(rows.take())}); !r)
            return r;
        insert.finish();
    }
    for (const EnterpriseRecord *r : std::as_const(single)) {
        sql::Statement insert =
            sql::cached(db, insertInto + u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s + UpsertTail);
        if (auto done = sql::exec(insert, {r->code, r->name, r->tradeName, r->industry, r->authorityDivision,
                                           r->entityTypeId, r->legalRep, dateValue(r->established),
                                           statusOf(*r), dateValue(r->statusSince), r->statusDecision});
            !done)
            return done;
        insert.finish();
    }
    return {};
}

Result<void> enterprise_rows::storeFrom(QSqlDatabase &db, const QString &from)
{
    QString columns = InsertColumns;
    columns.remove(u'(').remove(u')');
    return sql::exec(db, u"INSERT INTO enterprises"_s + InsertColumns + u"SELECT "_s + columns + u"FROM "_s +
                             from + u" WHERE true"_s + UpsertTail);
}

Result<QList<EnterpriseRecord>> enterprise_rows::normalised(const QList<EnterpriseRecord> &records)
{
    QList<EnterpriseRecord> result;
    result.reserve(records.size());
    for (const EnterpriseRecord &record : records) {
        EnterpriseRecord r = record;
        r.code = record.code.trimmed().toUpper();
        if (r.code.isEmpty())
            return StorageErrors::make(u"storage.invalid"_s,
                                       EnterpriseDirectory::tr("A registered enterprise without a code was "
                                                               "received and not stored."));
        result.append(std::move(r));
    }
    return result;
}

Result<void> EnterpriseDirectory::store(QSqlDatabase &db, const QList<EnterpriseRecord> &records)
{
    auto normalised = enterprise_rows::normalised(records);
    if (!normalised)
        return normalised.error();
    QList<SearchEntry> entries;
    entries.reserve(records.size());
    for (const EnterpriseRecord &r : std::as_const(normalised.value())) {
        SearchEntry entry;
        entry.kind = SearchKind::Enterprise;
        entry.refId = r.code;
        entry.name = r.name;
        entry.code = r.code;
        entry.person = r.legalRep;
        entries.append(entry);
    }
    if (auto r = enterprise_rows::store(db, normalised.value(), u"enterprises"_s); !r)
        return r;
    if (auto r = enterprise_rows::storeFormerNames(db, normalised.value()); !r)
        return r;
    // The search entries in one statement per table (SearchIndex::storeAll).
    return SearchIndex::storeAll(db, entries);
}

int EnterpriseDirectory::count() const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM enterprises"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

std::optional<EnterpriseRecord> EnterpriseDirectory::find(const QString &code) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query = sql::cached(
        db, u"SELECT code, name, trade_name, industry, authority, entity_type, legal_rep, "
            "established, status, status_since, status_decision FROM enterprises WHERE code = ?"_s);
    std::optional<EnterpriseRecord> result;
    if (sql::exec(query, {code.trimmed().toUpper()}) && query.next()) {
        EnterpriseRecord record;
        record.code = query.value(0).toString();
        record.name = query.value(1).toString();
        record.tradeName = query.value(2).toString();
        record.industry = query.value(3).toString();
        record.authorityDivision = query.value(4).toString();
        record.entityTypeId = query.value(5).toString();
        record.legalRep = query.value(6).toString();
        record.established = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        record.status = query.value(8).toString();
        record.statusSince = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        record.statusDecision = query.value(10).toString();
        result = record;
    }
    query.finish();
    return result;
}

} // namespace ow::storage
