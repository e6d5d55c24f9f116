#pragma once

#include "core/BlankStock.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace ow::exchange {

// The administrator's side of numbered blank stock (`onewindow-exchange stock …`): registering a
// batch delivered to an authority (it reaches that authority's counters through the change feed)
// and accounting for every sheet of a batch.
class StockAdmin
{
public:
    // Registers `batch` (registeredAt: now) after checking it (core::BlankStock::batchProblem, a
    // valid authority, an id not taken, no serial of it in another batch of the same copy's paper);
    // admin.invalid else. The batch and its "stock_batch" change are written in one transaction.
    static Result<core::StockBatch> addBatch(const QString &dir, core::StockBatch batch);
    static Result<QList<core::StockBatch>> batches(const QString &dir, const QString &authority = {});

    // Every sheet of the batch (core::BlankStock::account).
    using Report = core::BatchAccount;
    static Result<Report> report(const QString &dir, const QString &batchId);
    // The report as text (aligned columns) or CSV (RFC 4180), totals at the end.
    static QString reportText(const Report &report, bool csv);
};

} // namespace ow::exchange
