#pragma once

#include "ExchangeClient.h"
#include "core/BlankStock.h"
#include "core/CaseRecord.h"
#include "core/CreditList.h"
#include "core/CreditRecord.h"
#include "core/Deregistration.h"
#include "core/Result.h"
#include "storage/EnterpriseDirectory.h"

#include <QSqlDatabase>

#include <optional>

namespace ow::sync {

// The case version a change of the feed carries, as SyncEngine stores it: the change's record,
// with the change's caseId when the record has no id. Nothing for a change of a kind this client
// does not know (skipped). Whether the record is usable (an id and a version) is CaseStore's call.
std::optional<core::CaseRecord> caseOfChange(const Change &change);

// The registered enterprise a licence's change carries (core::RegisteredEntity: the exchange
// published its licence), for the enterprise cache; nothing for another kind, or for a record
// that is no entity (no valid code or no name).
std::optional<storage::EnterpriseRecord> enterpriseOfChange(const Change &change);

// The credit-code serials a "code_block" change reserves for `workstation` (offline issuance);
// nothing for another kind or another workstation's block, or a malformed one.
std::optional<QList<quint64>> serialsOfChange(const Change &change, const QString &workstation);
// A list of reserved serials as the exchange sends it (a code block's, or POST code-blocks' answer):
// whole numbers from 1, at most 1000; nothing when it is anything else.
std::optional<QList<quint64>> reservedSerials(const QJsonValue &list);

// Stores a change that carries no case and no registered entity, in the page's transaction: this
// workstation's reserved serials (a code block), a batch of blank stock, a recorded sheet use, a
// credit list entry, a department's claim or credit record. Another
// workstation's code block, an unknown kind or an unreadable change is skipped (logged).
Result<void> storeOtherChange(QSqlDatabase &db, const Change &change, const QString &workstation);

// The batch of blank stock a "stock_batch" change registers, the sheet use a "sheet" change records;
// nothing for another kind or a malformed one (protocol::sheetwire reads both).
std::optional<core::StockBatch> batchOfChange(const Change &change);
std::optional<core::SheetUse> sheetOfChange(const Change &change);
// The credit list entry a "list" change records or removes; nothing for another kind or a malformed one.
std::optional<core::CreditEntry> creditEntryOfChange(const Change &change);
// A department's claim of an entity ("claim") and an item of an entity's credit record a department
// pushed back ("credit_record"); nothing for another kind or a malformed one.
std::optional<core::DepartmentClaim> claimOfChange(const Change &change);
std::optional<core::CreditRecord> creditRecordOfChange(const Change &change);
// A simplified deregistration's public notice a "notice" change carries; nothing for another kind or
// a malformed one.
std::optional<core::DeregistrationNotice> noticeOfChange(const Change &change);

} // namespace ow::sync
