#include "StockStore.h"

#include "ExchangeDatabase.h"

namespace ow::exchange {
namespace {

using core::BlankStock;

const QString BatchColumns = QStringLiteral(
    "SELECT id, authority, copy, first_serial, last_serial, registered_at FROM stock_batches ");
const QString UseColumns = QStringLiteral(
    "SELECT id, batch_id, copy, serial, kind, case_id, credit_code, reason, actor, workstation, device_time "
    "FROM sheet_uses ");
const QString UseOrder = QStringLiteral(" ORDER BY recorded_at, id");

core::StockBatch batchFrom(const QSqlQuery &q)
{
    return BlankStock::batchFromRow(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toULongLong(), q.value(4).toULongLong(),
                                    ExchangeDatabase::timeFromText(q.value(5).toString()));
}

core::SheetUse useFrom(const QSqlQuery &q)
{
    core::SheetUse u;
    u.id = q.value(0).toString();
    u.batch = q.value(1).toString();
    u.copy = BlankStock::copyFromKey(q.value(2).toString()).value_or(core::SheetCopy::Original);
    u.serial = q.value(3).toULongLong();
    u.kind = BlankStock::useFromKey(q.value(4).toString()).value_or(core::SheetUseKind::Printed);
    u.caseId = q.value(5).toString();
    u.creditCode = q.value(6).toString();
    u.reason = q.value(7).toString();
    u.actor = q.value(8).toString();
    u.workstation = q.value(9).toString();
    u.at = ExchangeDatabase::timeFromText(q.value(10).toString());
    return u;
}

} // namespace

Result<void> StockStore::addBatch(const core::StockBatch &batch)
{
    return m_db.run(
        QStringLiteral("INSERT INTO stock_batches (id, authority, copy, first_serial, last_serial, "
                       "registered_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {batch.id, batch.authority, BlankStock::copyKey(batch.copy), qint64(batch.first), qint64(batch.last),
         ExchangeDatabase::timeText(batch.registeredAt)});
}

Result<std::optional<core::StockBatch>> StockStore::batch(const QString &id)
{
    return m_db.one(BatchColumns + QStringLiteral("WHERE id = ?"), {id}, batchFrom);
}

Result<std::optional<core::StockBatch>> StockStore::holding(core::SheetCopy copy, quint64 serial)
{
    return m_db.one(BatchColumns +
                        QStringLiteral("WHERE copy = ? AND first_serial <= ? AND last_serial >= ?"),
                    {BlankStock::copyKey(copy), qint64(serial), qint64(serial)}, batchFrom);
}

Result<QList<core::StockBatch>> StockStore::overlapping(core::SheetCopy copy, quint64 first, quint64 last)
{
    return m_db.all(BatchColumns +
                        QStringLiteral("WHERE copy = ? AND first_serial <= ? AND last_serial >= ?"),
                    {BlankStock::copyKey(copy), qint64(last), qint64(first)}, batchFrom);
}

Result<QList<core::StockBatch>> StockStore::batches(const QString &authority)
{
    if (authority.isEmpty())
        return m_db.all(BatchColumns + QStringLiteral("ORDER BY copy, first_serial"), {}, batchFrom);
    return m_db.all(BatchColumns + QStringLiteral("WHERE authority = ? ORDER BY copy, first_serial"),
                    {authority}, batchFrom);
}

Result<bool> StockStore::hasUse(const QString &id)
{
    const Result<qint64> n =
        m_db.number(QStringLiteral("SELECT COUNT(*) FROM sheet_uses WHERE id = ?"), {id});
    return n ? Result<bool>(n.value() > 0) : Result<bool>(n.error());
}

Result<void> StockStore::addUse(const core::SheetUse &use, const QDateTime &recordedAt)
{
    return m_db.run(
        QStringLiteral(
            "INSERT INTO sheet_uses (id, batch_id, copy, serial, kind, case_id, credit_code, reason, "
            "actor, workstation, device_time, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {use.id, use.batch, BlankStock::copyKey(use.copy), qint64(use.serial), BlankStock::useKey(use.kind),
         use.caseId, use.creditCode, use.reason, use.actor, use.workstation,
         ExchangeDatabase::timeText(use.at), ExchangeDatabase::timeText(recordedAt)});
}

Result<QList<core::SheetUse>> StockStore::usesOf(core::SheetCopy copy, quint64 serial)
{
    return m_db.all(UseColumns + QStringLiteral("WHERE copy = ? AND serial = ?") + UseOrder,
                    {BlankStock::copyKey(copy), qint64(serial)}, useFrom);
}

Result<QList<core::SheetUse>> StockStore::usesOfBatch(const QString &batchId)
{
    return m_db.all(UseColumns + QStringLiteral("WHERE batch_id = ? ORDER BY serial, recorded_at, id"),
                    {batchId}, useFrom);
}

Result<QList<core::SheetUse>> StockStore::usesOfCase(const QString &caseId)
{
    return m_db.all(UseColumns + QStringLiteral("WHERE case_id = ?") + UseOrder, {caseId}, useFrom);
}

} // namespace ow::exchange
