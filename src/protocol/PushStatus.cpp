#include "PushStatus.h"

#include <array>

namespace ow::protocol {

namespace {

struct Row
{
    PushStatus status;
    QLatin1StringView wire;
};

constexpr std::array rows{
    Row{PushStatus::Applied, QLatin1StringView("applied")},
    Row{PushStatus::Duplicate, QLatin1StringView("duplicate")},
    Row{PushStatus::Conflict, QLatin1StringView("conflict")},
    Row{PushStatus::Rejected, QLatin1StringView("rejected")},
};

constexpr std::array statuses{PushStatus::Applied, PushStatus::Duplicate, PushStatus::Conflict,
                              PushStatus::Rejected};

} // namespace

std::span<const PushStatus> pushStatuses()
{
    return statuses;
}

QString toWire(PushStatus status)
{
    for (const Row &row : rows) {
        if (row.status == status)
            return row.wire;
    }
    return {};
}

std::optional<PushStatus> pushStatusFromWire(QStringView text)
{
    for (const Row &row : rows) {
        if (text == row.wire)
            return row.status;
    }
    return std::nullopt;
}

} // namespace ow::protocol
