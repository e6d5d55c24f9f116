#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ow::protocol {

// Why a registered entity is in a department's queue (docs/protocol.md "Departments"): its
// establishment, a change of its registration, the revocation of its licence (吊销) or its
// deregistration (注销). Each comes to a department at most once per entity, a change once per
// change case.
enum class DeliveryOccasion
{
    Registration,
    Change,
    Revocation,
    Deregistration,
};

// "registration", "change", "revocation", "deregistration".
QString toWire(DeliveryOccasion occasion);
std::optional<DeliveryOccasion> deliveryOccasionFromWire(QStringView text);

} // namespace ow::protocol
