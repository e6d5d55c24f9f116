#include "PushFrame.h"

#include "core/Limits.h"
#include "protocol/ErrorCodes.h"
#include "protocol/WireKeys.h"

#include <utility>

namespace ow::exchange {
namespace {

// A structurally valid event: the fields the exchange needs, with the right JSON types.
bool wellFormed(const QJsonValue &value, QString &why)
{
    if (!value.isObject()) {
        why = QStringLiteral("events[] must hold objects");
        return false;
    }
    const QJsonObject e = value.toObject();
    for (const char *field : {"id", "type", "caseId", "actor"}) {
        const QJsonValue v = e.value(QLatin1String(field));
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 128) {
            why = QStringLiteral("event field \"%1\" must be a non-empty string").arg(QLatin1String(field));
            return false;
        }
    }
    const QJsonValue version = e.value(u"caseVersion");
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

} // namespace

Result<PushFrame, ApiResponse> PushFrame::read(const QJsonObject &body)
{
    namespace k = protocol::keys::push;
    const QJsonValue eventsValue = body.value(k::Events);
    if (!eventsValue.isArray()) {
        return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                 QStringLiteral("\"events\" must be an array."), k::Events);
    }
    PushFrame frame{eventsValue.toArray(), {}, {}};
    if (frame.events.size() > MaxEvents) {
        return ApiResponse::fail(413, protocol::errors::RequestTooLarge,
                                 QStringLiteral("At most %1 events per request.").arg(MaxEvents));
    }
    for (qsizetype i = 0; i < frame.events.size(); ++i) {
        QString why;
        if (!wellFormed(frame.events.at(i), why)) {
            return ApiResponse::fail(400, protocol::errors::RequestInvalidField, why,
                                     QStringLiteral("events[%1]").arg(i));
        }
    }
    for (const auto &[key, into] :
         {std::pair{k::Batch, &frame.batch}, std::pair{k::Follows, &frame.follows}}) {
        const QJsonValue value = body.value(key);
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

} // namespace ow::exchange
