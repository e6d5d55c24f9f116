#include "CaseRecord.h"

#include "IsoTime.h"
#include "JsonWriter.h"
#include "Limits.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow::core {
namespace {

QString timeToJson(const QDateTime &t)
{
    return isotime::toText(t);
}

template <typename Value> QDateTime timeFromJson(const Value &v)
{
    return isotime::fromText(v.toString());
}

template <typename Object> void aboutEntityFrom(CaseRecord &r, const Object &json)
{
    r.kind = CaseKinds::fromKey(json.value(u"kind").toString()).value_or(CaseKind::Establishment);
    if (r.kind == CaseKind::Establishment)
        return;
    r.subjectCode = json.value(u"subjectCode").toString();
    r.registered = OneForm::fromJson(json.value(u"registered").toObject());
    r.established = QDate::fromString(json.value(u"established").toString(), Qt::ISODate);
    r.simplified = r.kind == CaseKind::Deregistration && json.value(u"simplified").toBool();
}

// Read from Qt's JSON or from core::JsonText alike.
template <typename Object> CaseRecord caseFrom(const Object &json)
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
    r.creditCode = json.value(u"creditCode").toString();
    r.licensedAt = timeFromJson(json.value(u"licensedAt"));
    r.licenceSeal = json.value(u"licenceSeal").toString();
    aboutEntityFrom(r, json);
    r.decisionExtension =
        std::clamp(json.value(u"decisionExtension").toInt(), 0, Limits::maxDecisionExtension);
    return r;
}

} // namespace

// Keys in sorted order (see JsonWriter).
void CaseRecord::writeJson(JsonWriter &w, QByteArrayView formText) const
{
    w.beginObject()
        .field("acceptedAt", timeToJson(acceptedAt))
        .field("acceptedBy", acceptedBy)
        .field("createdAt", timeToJson(createdAt))
        .field("createdBy", createdBy)
        .field("creditCode", creditCode)
        .field("decisionExtension", decisionExtension);
    if (kind != CaseKind::Establishment)
        w.field("established", established.toString(Qt::ISODate));
    w.key(QLatin1StringView("form"));
    if (formText.isEmpty())
        form.writeJson(w);
    else
        w.raw(formText);
    w.field("id", id);
    if (kind != CaseKind::Establishment)
        w.field("kind", CaseKinds::toKey(kind));
    w.field("lastReason", lastReason)
        .field("licenceSeal", licenceSeal)
        .field("licensedAt", timeToJson(licensedAt))
        .key(QLatin1StringView("materials"));
    writeMaterials(w, materials);
    w.field("origin", origin == CaseOrigin::Online ? u"online"_s : u"counter"_s)
        .field("receiptNumber", receiptNumber);
    if (kind != CaseKind::Establishment) {
        w.key(QLatin1StringView("registered"));
        registered.writeJson(w);
    }
    w.field("reviewLockUntil", timeToJson(reviewLockUntil)).field("reviewer", reviewer);
    if (kind == CaseKind::Deregistration)
        w.field("simplified", simplified);
    w.field("state", CaseStates::toKey(state));
    if (kind != CaseKind::Establishment)
        w.field("subjectCode", subjectCode);
    w.field("updatedAt", timeToJson(updatedAt))
        .field("version", version)
        .field("workstation", workstation)
        .endObject();
}

QByteArray CaseRecord::aboutEntityText() const
{
    if (kind == CaseKind::Establishment)
        return {};
    JsonWriter w;
    w.beginObject()
        .field("established", established.toString(Qt::ISODate))
        .field("kind", CaseKinds::toKey(kind));
    w.key(QLatin1StringView("registered"));
    registered.writeJson(w);
    w.field("simplified", simplified).field("subjectCode", subjectCode).endObject();
    return w.take();
}

void CaseRecord::readAboutEntity(const QJsonObject &json)
{
    aboutEntityFrom(*this, json);
}

QByteArray CaseRecord::toJsonText(QByteArrayView formText) const
{
    JsonWriter w;
    writeJson(w, formText);
    return w.take();
}

QJsonObject CaseRecord::toJson() const
{
    return jsonObjectOf(*this);
}

CaseRecord CaseRecord::fromJson(const QJsonObject &json)
{
    return caseFrom(json);
}

CaseRecord CaseRecord::fromJson(const JsonText::Object &json)
{
    return caseFrom(json);
}

CaseRecord CaseRecord::fromJsonText(const QByteArray &text)
{
    if (const std::optional<JsonText> inPlace = JsonText::parse(text); inPlace)
        return caseFrom(inPlace->root().toObject());
    return caseFrom(QJsonDocument::fromJson(text).object());
}

} // namespace ow::core
