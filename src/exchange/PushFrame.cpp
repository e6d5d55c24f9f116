#include "PushFrame.h"

#include "RequestBody.h"
#include "core/Limits.h"
#include "protocol/ErrorCodes.h"
#include "protocol/WireKeys.h"

#include <utility>

namespace ow::exchange {
namespace {

// A structurally valid event: the fields the exchange needs, with the right JSON types.
template <typename Value> bool wellFormed(const Value &value, QString &why)
{
    if (!value.isObject()) {
        why = QStringLiteral("events[] must hold objects");
        return false;
    }
    const auto e = value.toObject();
    for (const char16_t *field : {u"id", u"type", u"caseId", u"actor"}) {
        const auto v = e.value(QStringView(field));
        const qsizetype length = v.isString() ? v.toString().size() : 0; // read in place: decoded once
        if (length == 0 || length > 128) {
            why = QStringLiteral("event field \"%1\" must be a non-empty string").arg(QStringView(field));
            return false;
        }
    }
    const auto version = e.value(u"caseVersion");
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() > core::Limits::maxCaseVersion ||
        version.toDouble() != double(version.toInt())) {
        why = QStringLiteral("event field \"caseVersion\" must be a whole number from 1 to %1")
                  .arg(core::Limits::maxCaseVersion);
        return false;
    }
    if (e.contains(u"payload") && !e.value(u"payload").isObject()) {
        why = QStringLiteral("event field \"payload\" must be an object");
        return false;
    }
    return true;
}

// The frame of `body` (a QJsonObject or a core::JsonText::Object); `keep` keeps its events.
template <typename Object, typename Keep>
Result<PushFrame, ApiResponse> frameOf(const Object &body, PushFrame frame, Keep keep)
{
    namespace k = protocol::keys::push;
    const auto eventsValue = body.value(k::Events);
    if (!eventsValue.isArray()) {
        return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                 QStringLiteral("\"events\" must be an array."), k::Events);
    }
    const auto events = eventsValue.toArray();
    if (events.size() > PushFrame::MaxEvents) {
        return ApiResponse::fail(413, protocol::errors::RequestTooLarge,
                                 QStringLiteral("At most %1 events per request.").arg(PushFrame::MaxEvents));
    }
    qsizetype i = 0;
    for (const auto &event : events) {
        QString why;
        if (!wellFormed(event, why)) {
            return ApiResponse::fail(400, protocol::errors::RequestInvalidField, why,
                                     QStringLiteral("events[%1]").arg(i));
        }
        ++i;
    }
    keep(frame, events);
    for (const auto &[key, into] :
         {std::pair{k::Batch, &frame.batch}, std::pair{k::Follows, &frame.follows}}) {
        const auto value = body.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isString() || !api::isUuid(value.toString())) {
            return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                     QStringLiteral("\"%1\" must be a UUID.").arg(key), key);
        }
        *into = value.toString();
    }
    if (!frame.follows.isEmpty() && frame.follows == frame.batch) {
        return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                 QStringLiteral("A batch cannot follow itself."), k::Follows);
    }
    return frame;
}

} // namespace

qsizetype PushFrame::size() const
{
    if (const auto *array = std::get_if<QJsonArray>(&events))
        return array->size();
    return std::get<InPlace>(events).events.size();
}

Result<PushFrame, ApiResponse> PushFrame::read(const QByteArray &body)
{
    if (std::optional<core::JsonText> text = core::JsonText::parse(body); text && text->root().isObject()) {
        auto shared = std::make_shared<const core::JsonText>(std::move(*text));
        return frameOf(shared->root().toObject(), PushFrame{},
                       [&shared](PushFrame &frame, const core::JsonText::Array &list) {
                           InPlace inPlace{shared, {}};
                           inPlace.events.reserve(list.size());
                           for (const core::JsonText::Value event : list)
                               inPlace.events.append(event.toObject());
                           frame.events = std::move(inPlace);
                       });
    }
    Result<QJsonObject> parsed = parseRequestBody(body);
    if (!parsed) {
        return ApiResponse::fail(400, parsed.error().code, parsed.error().message);
    }
    return frameOf(parsed.value(), PushFrame{},
                   [](PushFrame &frame, const QJsonArray &list) { frame.events = list; });
}

} // namespace ow::exchange
