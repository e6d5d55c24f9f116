#pragma once

#include "ExchangeClient.h"
#include "core/CaseRecord.h"

#include <optional>

namespace ow::sync {

// The case version a change of the feed carries, as SyncEngine stores it: the change's record,
// with the change's caseId when the record has no id. Nothing for a change of a kind this client
// does not know (skipped). Whether the record is usable (an id and a version) is CaseStore's call.
std::optional<core::CaseRecord> caseOfChange(const Change &change);

} // namespace ow::sync
