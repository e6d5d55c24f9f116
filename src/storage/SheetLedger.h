#pragma once

#include "AuditJournal.h"
#include "core/BlankStock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace ow::storage {

class Database;

// Where an entry of the ledger stands with the exchange.
enum class SheetStatus
{
    Pending,  // written here, not yet recorded by the exchange (the sync engine sends it)
    Recorded, // the exchange recorded it (this counter's, acknowledged; or another's, from the feed)
    Refused,  // the exchange refused it (errorCode, errorMessage): a person looks at it
};

struct SheetEntry
{
    core::SheetUse use;
    SheetStatus status = SheetStatus::Pending;
    QString errorCode;
    QString errorMessage;
};

// The exchange's answer to one entry sent.
struct SheetAnswer
{
    QString id;
    bool recorded = false; // applied or duplicate
    QString errorCode;
    QString errorMessage;
};

// The ledger of numbered blank stock at the counter (DOMAIN §6): the office's batches, as the
// change feed brings them, and every use of their sheets, append-only. One act (print, void,
// reprint) is one transaction with its audit entries; the sync engine sends the pending entries
// after the events and settles them with the exchange's answers.
class SheetLedger
{
    Q_DECLARE_TR_FUNCTIONS(SheetLedger)
public:
    explicit SheetLedger(std::shared_ptr<Database> db);

    // The audit journal's action of a sheet's use: "sheet.printed", "sheet.voided", "sheet.reprinted".
    static QString auditAction(core::SheetUseKind kind);
    // The exchange issued a change's licence on the registration as it had become (another change
    // licensed first): the sheet this counter printed differs until it is printed again. Journalled
    // by the sync engine when the push says so.
    static inline const QString LicenceRebased = QStringLiteral("licence.rebased");
    // Whether a case's journal entries (in order) end with a rebased licence that no sheet was
    // printed for since (a printed or reprinted sheet after the last LicenceRebased).
    static bool awaitsReprint(const QList<AuditEntry> &caseEntries);

    // Records the uses of one act for case `caseId` of `authority`, after the rules of
    // core::BlankStock against what this ledger knows: a batch of the authority holds each serial
    // for its copy's paper ("stock.outside_batch"), the sheet was not used that way
    // ("stock.serial_used"), the reason ("stock.reason_required", "field.too_long"). All or nothing.
    Result<void> record(const QList<core::SheetUse> &uses, const QString &authority);
    QList<SheetEntry> forCase(const QString &caseId) const;
    QList<core::StockBatch> batches(const QString &authority) const;
    // The next sheet to load for `copy` (core::BlankStock::nextFree over every use known here).
    std::optional<quint64> nextFree(core::SheetCopy copy, const QString &authority) const;
    // The sheets of a batch with their uses (for the supervisor's accounting), in serial order.
    QList<SheetEntry> usesOfBatch(const QString &batchId) const;
    // The oldest pending entries of `actor` (the exchange takes only the signed-in user's), at most `limit`.
    QList<SheetEntry> pending(const QString &actor, int limit) const;
    int pendingCount() const;
    Result<void> settle(const QList<SheetAnswer> &answers);

    // In the caller's transaction (a feed page): a batch of the office, and a use the exchange
    // recorded (this counter's own marks its entry recorded; another counter's is added).
    static Result<void> storeBatch(QSqlDatabase &db, const core::StockBatch &batch);
    static Result<void> storeRecorded(QSqlDatabase &db, const core::SheetUse &use);

private:
    Result<void> check(QSqlDatabase &db, const core::SheetUse &use, const QString &authority) const;

    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
