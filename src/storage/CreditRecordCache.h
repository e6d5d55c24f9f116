#pragma once

#include "core/CreditRecord.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ow::storage {

class Database;

// What departments pushed about each registered entity (DOMAIN §8), as this counter last synced it:
// their claims (认领) and the items of the entity's credit record, by the seed's categories
// (core::CreditRecordKind: licensing, penalties, performance, other; the registration itself is in
// the enterprise cache). Filled by the feed's "claim" and "credit_record" changes.
class CreditRecordCache
{
public:
    explicit CreditRecordCache(std::shared_ptr<Database> db);

    // In the caller's transaction on `db` (a page of the change feed): each as the exchange sent it
    // last, over what was stored of it.
    static ow::Result<void> storeClaim(QSqlDatabase &db, const core::DepartmentClaim &claim);
    static ow::Result<void> storeRecord(QSqlDatabase &db, const core::CreditRecord &record);

    // An entity's credit record as the counter shows it: its claims by department and its records,
    // each sorted by date (a claim's day, a record's core::CreditRecords::dayOf), oldest first.
    struct EntityRecord
    {
        QList<core::DepartmentClaim> claims;
        QList<core::CreditRecord> records;
        bool isEmpty() const { return claims.isEmpty() && records.isEmpty(); }
    };
    EntityRecord recordFor(const QString &creditCode) const;
    // The records of one category.
    static QList<core::CreditRecord> ofKind(const EntityRecord &record, core::CreditRecordKind kind);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
