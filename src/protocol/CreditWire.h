#pragma once

#include "core/CreditList.h"

#include <QJsonObject>

#include <optional>

// A credit list entry on the wire (docs/protocol.md, the feed's "list" changes): one reader and one
// writer for both sides.
namespace ow::protocol::creditwire {

QJsonObject toJson(const core::CreditEntry &entry);
// An entry as sent; nothing when a key is missing or of the wrong kind, the list or the subject's
// kind is not one of theirs, a date is not one, or a text is over its bound (core::CreditList).
// Whether the entry may be recorded is the receiver's rule (core::CreditList::problem).
std::optional<core::CreditEntry> fromJson(const QJsonObject &json);

} // namespace ow::protocol::creditwire
