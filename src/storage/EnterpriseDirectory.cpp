#include "EnterpriseDirectory.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "core/EnterpriseName.h"

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

// The former names of the records that carry them, replacing what was kept for each.
Result<void> storeFormerNames(QSqlDatabase &db, const QList<EnterpriseRecord> &records)
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

} // namespace

Result<void> EnterpriseDirectory::store(QSqlDatabase &db, const QList<EnterpriseRecord> &records)
{
    sql::Statement insert = sql::cached(
        db, u"INSERT INTO enterprises(code, name, trade_name, industry, authority, entity_type, legal_rep, "
            "established, status, status_since, status_decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
            "trade_name = excluded.trade_name, industry = excluded.industry, authority = excluded.authority, "
            "entity_type = excluded.entity_type, legal_rep = excluded.legal_rep, "
            "established = excluded.established, status = excluded.status, status_since = "
            "excluded.status_since, status_decision = excluded.status_decision"_s);
    // Their search entries go in chunks (SearchIndex::storeAll: one statement per chunk).
    constexpr qsizetype IndexChunk = 5000;
    QList<SearchEntry> entries;
    for (const EnterpriseRecord &record : records) {
        const QString code = record.code.trimmed().toUpper();
        if (code.isEmpty())
            return StorageErrors::make(u"storage.invalid"_s, tr("A registered enterprise without a code was "
                                                                "received and not stored."));
        if (auto r = sql::exec(
                insert, {code, record.name, record.tradeName, record.industry, record.authorityDivision,
                         record.entityTypeId, record.legalRep, dateValue(record.established),
                         record.status.isEmpty() ? core::RegisteredEntity::StatusRegistered : record.status,
                         dateValue(record.statusSince), record.statusDecision});
            !r)
            return r;
        SearchEntry entry;
        entry.kind = SearchKind::Enterprise;
        entry.refId = code;
        entry.name = record.name;
        entry.code = code;
        entry.person = record.legalRep;
        entries.append(entry);
        if (entries.size() >= IndexChunk) {
            if (auto r = SearchIndex::storeAll(db, entries); !r)
                return r;
            entries.clear();
        }
    }
    insert.finish();
    if (auto r = storeFormerNames(db, records); !r)
        return r;
    if (auto r = SearchIndex::storeAll(db, entries); !r)
        return r;
    return {};
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
