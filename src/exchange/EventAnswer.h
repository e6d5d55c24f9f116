#pragma once

#include "ApiTypes.h"
#include "core/CaseRecord.h"
#include "protocol/PushStatus.h"
#include "protocol/WireKeys.h"

#include <QJsonObject>

#include <optional>

namespace ow::exchange {

// A pushed event's answer when it is not applied (rejected, or a conflict for a person to decide),
// with the exchange's version of the case when it has one: one shape for every EventService file.
inline QJsonObject notApplied(const QString &id, protocol::PushStatus status, const Error &error,
                              const std::optional<core::CaseRecord> &current = std::nullopt)
{
    QJsonObject answer{{protocol::keys::push::Id, id},
                       {protocol::keys::push::Status, protocol::toWire(status)},
                       {protocol::keys::push::Error, api::errorJson(error)}};
    if (current) {
        answer.insert(protocol::keys::push::Current, current->toJson());
    }
    return answer;
}

} // namespace ow::exchange
