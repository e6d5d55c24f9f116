#include "CreditRecordCache.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ow::storage {
namespace {

const QString ClaimKind = u"claim"_s;

Result<void> upsert(QSqlDatabase &db, const QString &key, const QString &code, const QString &kind,
                    const QDate &day, const QJsonObject &json)
{
    sql::Statement insert = sql::cached(
        db, u"INSERT INTO credit_records (key, credit_code, kind, day, record_json) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET credit_code = excluded.credit_code, kind = excluded.kind, "
            "day = excluded.day, record_json = excluded.record_json"_s);
    Result<void> written =
        sql::exec(insert, {key, code, kind, day.toString(Qt::ISODate),
                           QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))});
    insert.finish();
    return written;
}

} // namespace

CreditRecordCache::CreditRecordCache(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<void> CreditRecordCache::storeClaim(QSqlDatabase &db, const core::DepartmentClaim &claim)
{
    return upsert(db, ClaimKind + u':' + claim.department + u':' + claim.creditCode, claim.creditCode,
                  ClaimKind, claim.claimedAt.date(), core::CreditRecords::claimToJson(claim));
}

Result<void> CreditRecordCache::storeRecord(QSqlDatabase &db, const core::CreditRecord &record)
{
    return upsert(db, u"record:"_s + record.department + u':' + record.id, record.creditCode,
                  core::CreditRecords::kindKey(record.kind), core::CreditRecords::dayOf(record),
                  core::CreditRecords::toJson(record));
}

CreditRecordCache::EntityRecord CreditRecordCache::recordFor(const QString &creditCode) const
{
    EntityRecord found;
    QSqlDatabase db = m_db->connection();
    sql::Statement query = sql::cached(
        db, u"SELECT kind, record_json FROM credit_records WHERE credit_code = ? ORDER BY day, key"_s);
    if (!sql::exec(query, {creditCode.trimmed().toUpper()})) {
        qCWarning(lcStorage) << "credit record: lookup failed";
        return found;
    }
    while (query.next()) {
        const QJsonObject json = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        if (query.value(0).toString() == ClaimKind) {
            if (const auto claim = core::CreditRecords::claimFromJson(json))
                found.claims.append(*claim);
        } else if (const auto record = core::CreditRecords::fromJson(json)) {
            found.records.append(*record);
        }
    }
    query.finish();
    return found;
}

QList<core::CreditRecord> CreditRecordCache::ofKind(const EntityRecord &record, core::CreditRecordKind kind)
{
    QList<core::CreditRecord> list;
    for (const core::CreditRecord &r : record.records) {
        if (r.kind == kind)
            list.append(r);
    }
    return list;
}

} // namespace ow::storage
