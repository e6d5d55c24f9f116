#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace ow::protocol {

namespace push {
// Events one POST /api/v1/events carries at most.
inline constexpr int MaxEvents = 500;
} // namespace push

// The answer to one pushed event (docs/protocol.md, `POST /api/v1/events`).
enum class PushStatus
{
    Applied,   // applied now
    Duplicate, // applied before; the first answer again
    Conflict,  // the case moved on at the exchange; `current` carries its state
    Rejected,  // refused by the rules, the role or the limits
};

std::span<const PushStatus> pushStatuses();
// "applied", "duplicate", "conflict", "rejected"
QString toWire(PushStatus status);
// The status of its wire text, or none for any other text.
std::optional<PushStatus> pushStatusFromWire(QStringView text);

} // namespace ow::protocol
