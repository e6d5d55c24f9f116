#include "SheetLedger.h"

#include "AuditJournal.h"
#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage {
namespace {

using core::BlankStock;
using sql::StorageErrors;

const QString UseColumns =
    u"SELECT id, case_id, copy, serial, kind, reason, actor, workstation, at, credit_code, "
    "batch_id, status, error_code, error_message FROM sheet_uses "_s;

QString statusKey(SheetStatus status)
{
    switch (status) {
    case SheetStatus::Pending:
        return u"pending"_s;
    case SheetStatus::Recorded:
        return u"recorded"_s;
    case SheetStatus::Refused:
        return u"refused"_s;
    }
    return {};
}

SheetEntry entryFrom(const QSqlQuery &q)
{
    SheetEntry e;
    e.use.id = q.value(0).toString();
    e.use.caseId = q.value(1).toString();
    e.use.copy = BlankStock::copyFromKey(q.value(2).toString()).value_or(core::SheetCopy::Original);
    e.use.serial = q.value(3).toULongLong();
    e.use.kind = BlankStock::useFromKey(q.value(4).toString()).value_or(core::SheetUseKind::Printed);
    e.use.reason = q.value(5).toString();
    e.use.actor = q.value(6).toString();
    e.use.workstation = q.value(7).toString();
    e.use.at = sql::fromDbTime(q.value(8));
    e.use.creditCode = q.value(9).toString();
    e.use.batch = q.value(10).toString();
    const QString status = q.value(11).toString();
    e.status = status == u"recorded"  ? SheetStatus::Recorded
               : status == u"refused" ? SheetStatus::Refused
                                      : SheetStatus::Pending;
    e.errorCode = q.value(12).toString();
    e.errorMessage = q.value(13).toString();
    return e;
}

QList<SheetEntry> entries(QSqlDatabase db, const QString &where, std::initializer_list<QVariant> values)
{
    QList<SheetEntry> list;
    sql::Statement q = sql::cached(db, UseColumns + where);
    if (!sql::exec(q, values))
        return list;
    while (q.next())
        list.append(entryFrom(q.query()));
    q.finish();
    return list;
}

QList<core::StockBatch> batchesOf(QSqlDatabase db, const QString &authority)
{
    QList<core::StockBatch> list;
    sql::Statement q =
        sql::cached(db, u"SELECT id, authority, copy, first_serial, last_serial, registered_at FROM "
                        "stock_batches WHERE authority = ? OR ? = '' ORDER BY copy, first_serial"_s);
    if (!sql::exec(q, {authority, authority}))
        return list;
    while (q.next()) {
        list.append(BlankStock::batchFromRow(q.value(0).toString(), q.value(1).toString(),
                                             q.value(2).toString(), q.value(3).toULongLong(),
                                             q.value(4).toULongLong(), sql::fromDbTime(q.value(5))));
    }
    q.finish();
    return list;
}

Result<void> insertUse(QSqlDatabase &db, const core::SheetUse &use, SheetStatus status)
{
    sql::Statement insert =
        sql::cached(db, u"INSERT INTO sheet_uses (id, case_id, copy, serial, kind, reason, actor, "
                        u"workstation, at, credit_code, "
                        "batch_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    auto r = sql::exec(insert, {use.id, use.caseId, BlankStock::copyKey(use.copy), qint64(use.serial),
                                BlankStock::useKey(use.kind), use.reason, use.actor, use.workstation,
                                sql::toDbTime(use.at), use.creditCode, use.batch, statusKey(status)});
    insert.finish();
    return r;
}

} // namespace

SheetLedger::SheetLedger(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<void> SheetLedger::check(QSqlDatabase &db, const core::SheetUse &use, const QString &authority) const
{
    if (const QString problem = BlankStock::reasonProblem(use.kind, use.reason); !problem.isEmpty()) {
        return StorageErrors::make(
            problem, problem == u"field.too_long"
                         ? tr("A reason has at most %1 characters.").arg(BlankStock::MaxReasonLength)
                         : tr("Voiding or reprinting a sheet needs a reason."));
    }
    const QList<core::StockBatch> own = batchesOf(db, authority);
    const bool held = std::any_of(own.begin(), own.end(), [&](const core::StockBatch &b) {
        return b.copy == use.copy && b.contains(use.serial);
    });
    if (!held) {
        return StorageErrors::make(
            u"stock.outside_batch"_s,
            tr("No batch of %1 stock of this office holds sheet %2. Check the number on the "
               "sheet; a new batch is registered at the exchange and arrives with the next "
               "sync.")
                .arg(use.copy == core::SheetCopy::Original ? tr("original (A3)") : tr("duplicate (A4)"))
                .arg(use.serial));
    }
    QList<core::SheetUseKind> earlier;
    bool otherCase = false;
    for (const SheetEntry &e : entries(db, u"WHERE copy = ? AND serial = ? AND status <> 'refused'"_s,
                                       {BlankStock::copyKey(use.copy), qint64(use.serial)})) {
        earlier << e.use.kind;
        otherCase = otherCase || e.use.caseId != use.caseId;
    }
    if (!BlankStock::useProblem(earlier, use.kind).isEmpty() || otherCase)
        return StorageErrors::make(
            u"stock.serial_used"_s,
            tr("Sheet %1 was printed or voided already; a numbered sheet is used once.").arg(use.serial));
    return {};
}

QString SheetLedger::auditAction(core::SheetUseKind kind)
{
    return u"sheet."_s + BlankStock::useKey(kind);
}

bool SheetLedger::awaitsReprint(const QList<AuditEntry> &caseEntries)
{
    bool awaiting = false;
    for (const AuditEntry &entry : caseEntries) {
        if (entry.action == LicenceRebased)
            awaiting = true;
        else if (entry.action == auditAction(core::SheetUseKind::Printed) ||
                 entry.action == auditAction(core::SheetUseKind::Reprinted))
            awaiting = false;
    }
    return awaiting;
}

Result<void> SheetLedger::record(const QList<core::SheetUse> &uses, const QString &authority)
{
    return m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        for (const core::SheetUse &use : uses) {
            if (auto checked = check(db, use, authority); !checked)
                return checked;
            if (auto inserted = insertUse(db, use, SheetStatus::Pending); !inserted)
                return inserted;
            AuditEntry entry;
            entry.caseId = use.caseId;
            entry.action = auditAction(use.kind);
            entry.actor = use.actor;
            entry.workstation = use.workstation;
            entry.at = use.at;
            entry.reason = use.reason;
            entry.detail = {{u"id"_s, use.id},
                            {u"copy"_s, BlankStock::copyKey(use.copy)},
                            {u"serial"_s, qint64(use.serial)}};
            if (auto journaled = AuditJournal::append(db, entry); !journaled)
                return journaled;
        }
        return {};
    });
}

QList<SheetEntry> SheetLedger::forCase(const QString &caseId) const
{
    return entries(m_db->connection(), u"WHERE case_id = ? ORDER BY rowid"_s, {caseId});
}

QList<core::StockBatch> SheetLedger::batches(const QString &authority) const
{
    return batchesOf(m_db->connection(), authority);
}

std::optional<quint64> SheetLedger::nextFree(core::SheetCopy copy, const QString &authority) const
{
    QList<quint64> used;
    for (const SheetEntry &e : entries(m_db->connection(), u"WHERE copy = ? AND status <> 'refused'"_s,
                                       {BlankStock::copyKey(copy)}))
        used << e.use.serial;
    return BlankStock::nextFree(batches(authority), used, copy, authority);
}

QList<SheetEntry> SheetLedger::usesOfBatch(const QString &batchId) const
{
    QList<SheetEntry> found;
    for (const core::StockBatch &b : batches(QString())) {
        if (b.id == batchId)
            found = entries(
                m_db->connection(),
                u"WHERE copy = ? AND serial BETWEEN ? AND ? AND status <> 'refused' ORDER BY serial, rowid"_s,
                {BlankStock::copyKey(b.copy), qint64(b.first), qint64(b.last)});
    }
    return found;
}

QList<SheetEntry> SheetLedger::pending(const QString &actor, int limit) const
{
    return entries(m_db->connection(), u"WHERE status = 'pending' AND actor = ? ORDER BY rowid LIMIT ?"_s,
                   {actor, limit});
}

int SheetLedger::pendingCount() const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement q = sql::cached(db, u"SELECT COUNT(*) FROM sheet_uses WHERE status = 'pending'"_s);
    const int n = sql::exec(q, {}) && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Result<void> SheetLedger::settle(const QList<SheetAnswer> &answers)
{
    return m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        sql::Statement update = sql::cached(
            db,
            u"UPDATE sheet_uses SET status = ?, error_code = ?, error_message = ? WHERE id = ? AND status = "
            "'pending'"_s);
        for (const SheetAnswer &a : answers) {
            const SheetStatus status = a.recorded ? SheetStatus::Recorded : SheetStatus::Refused;
            if (auto r = sql::exec(update, {statusKey(status), a.errorCode, a.errorMessage, a.id}); !r)
                return r;
            if (!a.recorded)
                qCWarning(lcStorage) << "sheet entry" << a.id << "refused by the exchange:" << a.errorCode;
        }
        update.finish();
        return {};
    });
}

Result<void> SheetLedger::storeBatch(QSqlDatabase &db, const core::StockBatch &batch)
{
    sql::Statement insert = sql::cached(db, u"INSERT OR REPLACE INTO stock_batches (id, authority, copy, "
                                            u"first_serial, last_serial, registered_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"_s);
    auto r = sql::exec(insert, {batch.id, batch.authority, BlankStock::copyKey(batch.copy),
                                qint64(batch.first), qint64(batch.last), sql::toDbTime(batch.registeredAt)});
    insert.finish();
    return r;
}

Result<void> SheetLedger::storeRecorded(QSqlDatabase &db, const core::SheetUse &use)
{
    sql::Statement update = sql::cached(
        db,
        u"UPDATE sheet_uses SET status = 'recorded', error_code = '', error_message = '', credit_code = ?, "
        "batch_id = ? WHERE id = ?"_s);
    if (auto r = sql::exec(update, {use.creditCode, use.batch, use.id}); !r)
        return r;
    const bool known = update.numRowsAffected() > 0;
    update.finish();
    return known ? Result<void>() : insertUse(db, use, SheetStatus::Recorded);
}

} // namespace ow::storage
