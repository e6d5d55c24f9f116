#pragma once

#include "core/BlankStock.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace ow::exchange {

class ExchangeDatabase;

// Numbered blank stock at the exchange (DOMAIN §6): the batches delivered to each registration
// authority and the ledger of their sheets' uses, append-only. Writes run in the caller's write
// transaction.
class StockStore
{
public:
    explicit StockStore(ExchangeDatabase &db) : m_db(db) {}

    Result<void> addBatch(const core::StockBatch &batch);
    Result<std::optional<core::StockBatch>> batch(const QString &id);
    // The batch of `copy`'s paper whose range holds `serial`, whoever's it is.
    Result<std::optional<core::StockBatch>> holding(core::SheetCopy copy, quint64 serial);
    // The batches of `copy` whose range meets first..last (a new batch may not).
    Result<QList<core::StockBatch>> overlapping(core::SheetCopy copy, quint64 first, quint64 last);
    // Every batch, or `authority`'s, in the order of their first serial.
    Result<QList<core::StockBatch>> batches(const QString &authority = {});

    Result<bool> hasUse(const QString &id);
    // Records `use` (with its batch and the case's credit code) as received at `recordedAt`.
    Result<void> addUse(const core::SheetUse &use, const QDateTime &recordedAt);
    // The uses of one sheet, of one batch (by serial), of one case: in the order they were recorded.
    Result<QList<core::SheetUse>> usesOf(core::SheetCopy copy, quint64 serial);
    Result<QList<core::SheetUse>> usesOfBatch(const QString &batchId);
    Result<QList<core::SheetUse>> usesOfCase(const QString &caseId);

private:
    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
