#include "DepartmentWire.h"

#include <array>

namespace ow::protocol {
namespace {

struct Row
{
    DeliveryOccasion occasion;
    QLatin1StringView wire;
};

constexpr std::array rows{
    Row{DeliveryOccasion::Registration, QLatin1StringView("registration")},
    Row{DeliveryOccasion::Change, QLatin1StringView("change")},
    Row{DeliveryOccasion::Revocation, QLatin1StringView("revocation")},
    Row{DeliveryOccasion::Deregistration, QLatin1StringView("deregistration")},
};

} // namespace

QString toWire(DeliveryOccasion occasion)
{
    for (const Row &row : rows) {
        if (row.occasion == occasion)
            return row.wire;
    }
    return {};
}

std::optional<DeliveryOccasion> deliveryOccasionFromWire(QStringView text)
{
    for (const Row &row : rows) {
        if (text == row.wire)
            return row.occasion;
    }
    return std::nullopt;
}

} // namespace ow::protocol
