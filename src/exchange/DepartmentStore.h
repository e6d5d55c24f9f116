#pragma once

#include "core/CreditRecord.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow::exchange {

class ExchangeDatabase;

// One item of a department's queue: its place (gap-free per department), the entity and what the
// department needs of it.
struct DepartmentDelivery
{
    qint64 seq = 0;
    QString creditCode;
    QJsonObject item; // {"occasion", "entity", "licensedItems", "changed"?} as the department reads it
    QDateTime queuedAt;
};

// Departments at the exchange (DOMAIN §8): who they are, each one's ordered queue of registrations
// (and of the changes, revocations and deregistrations of the entities registered)
// and how far it acknowledged it, its claims and the credit-record items it pushed back. Writes run
// in the caller's write transaction (under the writers' lock, so a queue's seq is gap-free).
class DepartmentStore
{
public:
    explicit DepartmentStore(ExchangeDatabase &db) : m_db(db) {}

    Result<void> add(const core::Department &department, const QDateTime &at);
    Result<std::optional<core::Department>> find(const QString &code);
    Result<QList<core::Department>> all();

    // Queues `item` for `department` after its last one, unless the entity is queued for it on that
    // `occasion` already (then false, nothing written). The occasion is the delivery's key among the
    // entity's: "registration", "change:<case id>", "revocation", "deregistration".
    Result<bool> enqueue(const QString &department, const QString &creditCode, const QString &occasion,
                         const QJsonObject &item, const QDateTime &at);
    // At most `limit` deliveries after `after`, in order.
    Result<QList<DepartmentDelivery>> deliveries(const QString &department, qint64 after, int limit);
    Result<qint64> lastQueued(const QString &department);
    Result<qint64> acknowledged(const QString &department);
    // Moves the acknowledgement forward to `seq` (never back).
    Result<void> acknowledge(const QString &department, qint64 seq);

    // False when the department claimed the entity already (nothing written).
    Result<bool> addClaim(const core::DepartmentClaim &claim);
    Result<QList<core::DepartmentClaim>> claimsOf(const QString &creditCode);
    // False when the department recorded an item of that id already (nothing written).
    Result<bool> addRecord(const core::CreditRecord &record);
    Result<QList<core::CreditRecord>> recordsOf(const QString &creditCode);
    Result<qint64> countRecords();

private:
    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
