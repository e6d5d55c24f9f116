#pragma once

#include "core/CaseRecord.h"
#include "core/Result.h"

#include <QDate>

#include <optional>

namespace ow::exchange {

class ExchangeStore;

// The name check at the exchange, authoritative (issue 11 §2; core::NameClash, the counter's own check
// over its cache): before a case is licensed, its name against the licences of its authority —
// registered entities (revoked ones included), ones deregistered less than a year ago, former names
// changed less than a year ago — and a branch's name against its parent's as registered here.
namespace NameCheck {

// Why `record`'s name cannot be licensed on `today` (licence.name_taken, field form.proposedName,
// saying which entity and why), or nothing when it can.
Result<std::optional<Error>> problem(ExchangeStore &store, const core::CaseRecord &record,
                                     const QDate &today);

} // namespace NameCheck

} // namespace ow::exchange
