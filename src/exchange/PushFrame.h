#pragma once

#include "ApiTypes.h"
#include "protocol/PushStatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ow::exchange {

// A push's frame (POST /api/v1/events, docs/protocol.md): its events, each well formed (the fields
// the exchange needs, with the right JSON types), and its place among the counter's batches
// (PushOrder): its own id and the id of the batch it follows, each a UUID when given.
struct PushFrame
{
    static constexpr int MaxEvents = protocol::push::MaxEvents;

    QJsonArray events;
    QString batch;
    QString follows;

    // The frame, or the answer refusing the request (400, 413): nothing is judged of the events'
    // contents here.
    static Result<PushFrame, ApiResponse> read(const QJsonObject &body);
};

} // namespace ow::exchange
