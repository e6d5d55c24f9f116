#pragma once

#include "ApiTypes.h"
#include "core/JsonText.h"
#include "protocol/PushStatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <variant>

namespace ow::exchange {

// A push's frame (POST /api/v1/events, docs/protocol.md): its events, each well formed (the fields
// the exchange needs, with the right JSON types), and its place among the counter's batches
// (PushOrder): its own id and the id of the batch it follows, each a UUID when given.
//
// The body is read in place (core::JsonText) when that reader takes it, as it takes what every
// counter sends; else by Qt's reader, which also says why a body is not JSON. The events are the
// same either way and are decoded one by one later (EventService::decode).
struct PushFrame
{
    static constexpr int MaxEvents = protocol::push::MaxEvents;

    struct InPlace
    {
        std::shared_ptr<const core::JsonText> text; // where the events point
        QList<core::JsonText::Object> events;
    };
    std::variant<QJsonArray, InPlace> events;
    QString batch;
    QString follows;

    qsizetype size() const;

    // The frame, or the answer refusing the request (400 for a body that is not a JSON object or
    // a malformed frame, 413): nothing is judged of the events' contents here.
    static Result<PushFrame, ApiResponse> read(const QByteArray &body);
};

} // namespace ow::exchange
