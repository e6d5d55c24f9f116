#include "DomainEvent.h"

#include "IsoTime.h"
#include "JsonWriter.h"

#include <QJsonDocument>

namespace ow::core {

// Keys in sorted order (see JsonWriter).
void DomainEvent::writeJson(JsonWriter &w) const
{
    writeJson(w, QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

void DomainEvent::writeJson(JsonWriter &w, QByteArrayView payloadJson) const
{
    w.beginObject()
        .field("actor", actor)
        .field("caseId", caseId)
        .field("caseVersion", caseVersion)
        .field("deviceTime", isotime::toText(deviceTime))
        .field("id", id)
        .key(QLatin1StringView("payload"))
        .raw(payloadJson)
        .field("type", type)
        .field("workstation", workstation)
        .endObject();
}

QByteArray DomainEvent::toJsonText() const
{
    return jsonTextOf(*this);
}

QJsonObject DomainEvent::toJson() const
{
    return jsonObjectOf(*this);
}

namespace {

template <typename Object> DomainEvent eventFrom(const Object &json)
{
    DomainEvent e;
    e.id = json.value(u"id").toString();
    e.type = json.value(u"type").toString();
    e.caseId = json.value(u"caseId").toString();
    e.caseVersion = json.value(u"caseVersion").toInt();
    e.actor = json.value(u"actor").toString();
    e.workstation = json.value(u"workstation").toString();
    e.deviceTime = isotime::fromText(json.value(u"deviceTime").toString());
    return e;
}

} // namespace

DomainEvent DomainEvent::fromJson(const QJsonObject &json)
{
    DomainEvent e = eventFrom(json);
    e.payload = json.value(u"payload").toObject();
    return e;
}

DomainEvent DomainEvent::fromJson(const JsonText::Object &json, QStringView leaveOut)
{
    DomainEvent e = eventFrom(json);
    e.payload = json.value(u"payload").toObject().toJsonObject(leaveOut);
    return e;
}

} // namespace ow::core
