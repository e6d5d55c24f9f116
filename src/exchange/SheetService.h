#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"
#include "core/BlankStock.h"

#include <QJsonObject>

#include <mutex>

namespace ow::exchange {

// POST /api/v1/sheets: the counters' ledger of numbered blank stock (DOMAIN §6). Each entry is
// judged on its own and answered applied, duplicate (its id was recorded before: a resend is
// harmless) or rejected with the reason; the batch is one transaction. The exchange checks
// everything: the entry is the signed-in user's, the case is of an authority the caller covers and
// its licence is confirmed, a batch of the case's authority holds the serial for that copy's paper,
// the sheet was not used that way before (core::BlankStock::useProblem), the reason is there and
// within bounds. A recorded use goes to the feed ("sheet") and onto the licence's record.
class SheetService
{
public:
    SheetService(ExchangeStore &store, std::mutex &writeLock) : m_store(store), m_writeLock(writeLock) {}

    ApiResponse record(const Caller &caller, const QJsonObject &body);

private:
    // The answer to one entry; a store failure as the error (the batch rolls back).
    Result<QJsonObject> recordOne(const Caller &caller, core::SheetUse use, const QDateTime &now);
    // The error code (and message) that keeps `use` out, or none.
    // Fills in the use's batch and credit code, and `authority` with the case's.
    Result<std::optional<Error>> judge(const Caller &caller, core::SheetUse &use, QString *authority);
    Result<void> updateLicence(const QString &caseId);

    ExchangeStore &m_store;
    std::mutex &m_writeLock;
};

} // namespace ow::exchange
