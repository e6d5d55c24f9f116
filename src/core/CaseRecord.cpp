#include "CaseRecord.h"

#include <QJsonArray>

namespace ow::core {
namespace {

QString timeToJson(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromJson(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid()) {
        t = t.toUTC();
    }
    return t;
}

} // namespace

QJsonObject CaseRecord::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("receiptNumber"), receiptNumber},
            {QStringLiteral("state"), CaseStates::toKey(state)},
            {QStringLiteral("origin"),
             origin == CaseOrigin::Online ? QStringLiteral("online") : QStringLiteral("counter")},
            {QStringLiteral("version"), version},
            {QStringLiteral("form"), form.toJson()},
            {QStringLiteral("materials"), materialsToJson(materials)},
            {QStringLiteral("createdBy"), createdBy},
            {QStringLiteral("acceptedBy"), acceptedBy},
            {QStringLiteral("reviewer"), reviewer},
            {QStringLiteral("reviewLockUntil"), timeToJson(reviewLockUntil)},
            {QStringLiteral("lastReason"), lastReason},
            {QStringLiteral("workstation"), workstation},
            {QStringLiteral("createdAt"), timeToJson(createdAt)},
            {QStringLiteral("updatedAt"), timeToJson(updatedAt)},
            {QStringLiteral("acceptedAt"), timeToJson(acceptedAt)}};
}

CaseRecord CaseRecord::fromJson(const QJsonObject &json)
{
    CaseRecord r;
    r.id = json.value(u"id").toString();
    r.receiptNumber = json.value(u"receiptNumber").toString();
    r.state = CaseStates::fromKey(json.value(u"state").toString()).value_or(CaseState::Draft);
    r.origin = json.value(u"origin").toString() == u"online" ? CaseOrigin::Online : CaseOrigin::Counter;
    r.version = json.value(u"version").toInt();
    r.form = OneForm::fromJson(json.value(u"form").toObject());
    r.materials = materialsFromJson(json.value(u"materials").toArray());
    r.createdBy = json.value(u"createdBy").toString();
    r.acceptedBy = json.value(u"acceptedBy").toString();
    r.reviewer = json.value(u"reviewer").toString();
    r.reviewLockUntil = timeFromJson(json.value(u"reviewLockUntil"));
    r.lastReason = json.value(u"lastReason").toString();
    r.workstation = json.value(u"workstation").toString();
    r.createdAt = timeFromJson(json.value(u"createdAt"));
    r.updatedAt = timeFromJson(json.value(u"updatedAt"));
    r.acceptedAt = timeFromJson(json.value(u"acceptedAt"));
    return r;
}

} // namespace ow::core
