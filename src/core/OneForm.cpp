#include "OneForm.h"

#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow::core {
namespace {

QString idTypeKey(IdType type)
{
    switch (type) {
    case IdType::ResidentId:
        return QStringLiteral("resident_id");
    case IdType::Passport:
        return QStringLiteral("passport");
    case IdType::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("resident_id");
}

IdType idTypeFromKey(const QString &key)
{
    if (key == u"passport") {
        return IdType::Passport;
    }
    if (key == u"other") {
        return IdType::Other;
    }
    return IdType::ResidentId;
}

void writePerson(JsonWriter &w, const char *name, const Person &p)
{
    w.key(QLatin1StringView(name))
        .beginObject()
        .field("idNumber", p.idNumber)
        .field("idType", idTypeKey(p.idType))
        .field("name", p.name)
        .field("phone", p.phone)
        .field("position", p.position)
        .endObject();
}

Person personFromJson(const QJsonObject &o)
{
    Person p;
    p.name = o.value(u"name").toString();
    p.idType = idTypeFromKey(o.value(u"idType").toString());
    p.idNumber = o.value(u"idNumber").toString();
    p.phone = o.value(u"phone").toString();
    p.position = o.value(u"position").toString();
    return p;
}

// Amounts travel as strings of whole yuan: JSON numbers are doubles and lose precision past 2^53.
QString yuanToJson(Yuan y)
{
    return QString::number(y);
}

Yuan yuanFromJson(const QJsonValue &v)
{
    if (v.isString()) {
        bool ok = false;
        const qint64 y = v.toString().toLongLong(&ok);
        return ok ? y : 0;
    }
    // A whole number that fits a qint64, else nothing (casting a larger double is undefined).
    return v.toInteger(0);
}

} // namespace

// Keys in sorted order (see JsonWriter).
void OneForm::writeJson(JsonWriter &w) const
{
    w.beginObject()
        .field("authorityDivision", authorityDivision)
        .field("capital", yuanToJson(capital))
        .field("domicile", domicile)
        .field("domicileDivision", domicileDivision)
        .field("entityType", entityTypeId);
    writePerson(w, "financialOfficer", financialOfficer);
    w.key(QLatin1StringView("investors")).beginArray();
    for (const Investor &i : investors) {
        w.beginObject()
            .field("contributionForm", i.contributionForm)
            .field("deadline", i.deadline.isValid() ? i.deadline.toString(Qt::ISODate) : QString())
            .field("idNumber", i.idNumber)
            .field("kind", i.kind == InvestorKind::Legal ? u"legal"_s : u"natural"_s)
            .field("name", i.name)
            .field("subscribed", yuanToJson(i.subscribed))
            .endObject();
    }
    w.endArray();
    writePerson(w, "legalRep", legalRep);
    writePerson(w, "liaison", liaison);
    w.field("name", proposedName);
    if (!parentCode.isEmpty()) // only a branch's form has it: other forms keep their canonical text
        w.field("parentCode", parentCode);
    w.key(QLatin1StringView("personnel")).beginArray();
    for (const KeyPerson &k : personnel)
        w.beginObject()
            .field("idNumber", k.idNumber)
            .field("name", k.name)
            .field("position", k.position)
            .endObject();
    w.endArray()
        .field("phone", phone)
        .field("postalCode", postalCode)
        .field("scope", businessScope)
        .field("termYears", termYears)
        .endObject();
}

bool OneForm::isBlank() const
{
    const auto blankPerson = [](const Person &p) {
        return p.name.trimmed().isEmpty() && p.idNumber.trimmed().isEmpty() && p.phone.trimmed().isEmpty();
    };
    const bool texts = proposedName.trimmed().isEmpty() && domicile.trimmed().isEmpty() &&
                       businessScope.trimmed().isEmpty() && phone.trimmed().isEmpty() &&
                       postalCode.trimmed().isEmpty() && capital == 0;
    return texts && blankPerson(legalRep) && blankPerson(liaison) && blankPerson(financialOfficer) &&
           std::all_of(investors.cbegin(), investors.cend(), [](const Investor &i) { return i.isBlank(); }) &&
           std::all_of(personnel.cbegin(), personnel.cend(), [](const KeyPerson &k) {
               return k.name.trimmed().isEmpty() && k.idNumber.trimmed().isEmpty();
           });
}

QByteArray OneForm::toJsonText() const
{
    return jsonTextOf(*this);
}

QJsonObject OneForm::toJson() const
{
    return jsonObjectOf(*this);
}

OneForm OneForm::fromJson(const QJsonObject &json)
{
    OneForm f;
    f.entityTypeId = json.value(u"entityType").toString();
    f.proposedName = json.value(u"name").toString();
    f.domicile = json.value(u"domicile").toString();
    f.domicileDivision = json.value(u"domicileDivision").toString();
    f.authorityDivision = json.value(u"authorityDivision").toString();
    f.capital = yuanFromJson(json.value(u"capital"));
    f.businessScope = json.value(u"scope").toString();
    f.termYears = json.value(u"termYears").toInt();
    f.phone = json.value(u"phone").toString();
    f.postalCode = json.value(u"postalCode").toString();
    f.parentCode = json.value(u"parentCode").toString();
    f.legalRep = personFromJson(json.value(u"legalRep").toObject());
    const QJsonArray investorArray = json.value(u"investors").toArray();
    for (const QJsonValue &v : investorArray) {
        const QJsonObject o = v.toObject();
        Investor i;
        i.kind = o.value(u"kind").toString() == u"legal" ? InvestorKind::Legal : InvestorKind::Natural;
        i.name = o.value(u"name").toString();
        i.idNumber = o.value(u"idNumber").toString();
        i.subscribed = yuanFromJson(o.value(u"subscribed"));
        i.contributionForm = o.value(u"contributionForm").toString();
        i.deadline = QDate::fromString(o.value(u"deadline").toString(), Qt::ISODate);
        f.investors.append(i);
    }
    const QJsonArray personnelArray = json.value(u"personnel").toArray();
    for (const QJsonValue &v : personnelArray) {
        const QJsonObject o = v.toObject();
        f.personnel.append(
            {o.value(u"name").toString(), o.value(u"idNumber").toString(), o.value(u"position").toString()});
    }
    f.liaison = personFromJson(json.value(u"liaison").toObject());
    f.financialOfficer = personFromJson(json.value(u"financialOfficer").toObject());
    return f;
}

} // namespace ow::core
