#include "DomainEvent.h"

namespace ow::core {

QJsonObject DomainEvent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), type},
            {QStringLiteral("caseId"), caseId},
            {QStringLiteral("caseVersion"), caseVersion},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("workstation"), workstation},
            {QStringLiteral("deviceTime"), deviceTime.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("payload"), payload}};
}

DomainEvent DomainEvent::fromJson(const QJsonObject &json)
{
    DomainEvent e;
    e.id = json.value(u"id").toString();
    e.type = json.value(u"type").toString();
    e.caseId = json.value(u"caseId").toString();
    e.caseVersion = json.value(u"caseVersion").toInt();
    e.actor = json.value(u"actor").toString();
    e.workstation = json.value(u"workstation").toString();
    e.deviceTime = QDateTime::fromString(json.value(u"deviceTime").toString(), Qt::ISODateWithMs);
    e.payload = json.value(u"payload").toObject();
    return e;
}

} // namespace ow::core
