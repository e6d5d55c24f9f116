#include "OneForm.h"

#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace ow::core {
namespace {

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

template <typename Object> Person personFromJson(const Object &o)
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

template <typename Value> Yuan yuanFromJson(const Value &v)
{
    if (v.isString()) {
        bool ok = false;
        const qint64 y = v.toString().toLongLong(&ok);
        return ok ? y : 0;
    }
    // A whole number that fits a qint64, else nothing (casting a larger double is undefined).
    return v.toInteger(0);
}

// The ID types' keys, in the enum's order.
constexpr std::array<std::pair<IdType, const char *>, 7> IdTypeKeys{{
    {IdType::ResidentId, "resident_id"},
    {IdType::Passport, "passport"},
    {IdType::Other, "other"},
    {IdType::HkMacaoPermit, "hk_macao_permit"},
    {IdType::TaiwanPermit, "taiwan_permit"},
    {IdType::ForeignPermanentResident, "foreign_permanent_resident"},
    {IdType::ResidencePermit, "residence_permit"},
}};

// An enum's wire key by one table (first: the value, second: its key), both ways; `fallback` when
// the value or the key is not in it.
template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value, const QString &fallback)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QLatin1String(key);
    }
    return fallback;
}

template <typename E, std::size_t N>
E valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &key, E fallback)
{
    for (const auto &[v, name] : table) {
        if (key == QLatin1String(name))
            return v;
    }
    return fallback;
}

constexpr std::array<std::pair<PartnerKind, const char *>, 2> PartnerKeys{{
    {PartnerKind::General, "general"},
    {PartnerKind::Limited, "limited"},
}};

constexpr std::array<std::pair<LegalRepOffice, const char *>, 2> OfficeKeys{{
    {LegalRepOffice::Director, "director"},
    {LegalRepOffice::Manager, "manager"},
}};

QString partnerKey(PartnerKind kind)
{
    return keyOf(PartnerKeys, kind, QString());
}

PartnerKind partnerFromKey(const QString &key)
{
    return valueOf(PartnerKeys, key, PartnerKind::Unspecified);
}

QString officeKey(LegalRepOffice office)
{
    return keyOf(OfficeKeys, office, QString());
}

LegalRepOffice officeFromKey(const QString &key)
{
    return valueOf(OfficeKeys, key, LegalRepOffice::Unspecified);
}

// The keys added with the rules of every entity type (issue 12) are written only when they differ
// from what a form without them means, so a form that does not use them keeps its canonical text.
void writeInvestor(JsonWriter &w, const Investor &i)
{
    w.beginObject()
        .field("contributionForm", i.contributionForm)
        .field("deadline", i.deadline.isValid() ? i.deadline.toString(Qt::ISODate) : QString());
    if (!i.domiciledInChina)
        w.field("domiciledInChina", false);
    if (i.farmer)
        w.field("farmer", true);
    w.field("idNumber", i.idNumber);
    if (i.idType != IdType::ResidentId)
        w.field("idType", idTypeKey(i.idType));
    w.field("kind", i.kind == InvestorKind::Legal ? u"legal"_s : u"natural"_s).field("name", i.name);
    if (i.partner != PartnerKind::Unspecified)
        w.field("partner", partnerKey(i.partner));
    w.field("subscribed", yuanToJson(i.subscribed)).endObject();
}

template <typename Object> Investor investorFromJson(const Object &o)
{
    Investor i;
    i.kind = o.value(u"kind").toString() == u"legal" ? InvestorKind::Legal : InvestorKind::Natural;
    i.name = o.value(u"name").toString();
    i.idNumber = o.value(u"idNumber").toString();
    i.subscribed = yuanFromJson(o.value(u"subscribed"));
    i.contributionForm = o.value(u"contributionForm").toString();
    i.deadline = QDate::fromString(o.value(u"deadline").toString(), Qt::ISODate);
    i.idType = idTypeFromKey(o.value(u"idType").toString());
    i.partner = partnerFromKey(o.value(u"partner").toString());
    i.farmer = o.value(u"farmer").toBool(false);
    i.domiciledInChina = o.value(u"domiciledInChina").toBool(true);
    return i;
}

void writeKeyPerson(JsonWriter &w, const KeyPerson &k)
{
    w.beginObject().field("idNumber", k.idNumber);
    if (k.idType != IdType::ResidentId)
        w.field("idType", idTypeKey(k.idType));
    w.field("name", k.name).field("position", k.position).endObject();
}

template <typename Object> KeyPerson keyPersonFromJson(const Object &o)
{
    KeyPerson k{o.value(u"name").toString(), o.value(u"idNumber").toString(),
                o.value(u"position").toString()};
    k.idType = idTypeFromKey(o.value(u"idType").toString());
    return k;
}

} // namespace

QString idTypeKey(IdType type)
{
    return keyOf(IdTypeKeys, type, u"resident_id"_s);
}

IdType idTypeFromKey(const QString &key)
{
    return valueOf(IdTypeKeys, key, IdType::ResidentId);
}

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
    for (const Investor &i : investors)
        writeInvestor(w, i);
    w.endArray();
    writePerson(w, "legalRep", legalRep);
    if (legalRepOffice != LegalRepOffice::Unspecified)
        w.field("legalRepOffice", officeKey(legalRepOffice));
    writePerson(w, "liaison", liaison);
    w.field("name", proposedName);
    if (!parentCode.isEmpty()) // only a branch's form has it: other forms keep their canonical text
        w.field("parentCode", parentCode);
    w.key(QLatin1StringView("personnel")).beginArray();
    for (const KeyPerson &k : personnel)
        writeKeyPerson(w, k);
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

namespace {

// Read from Qt's JSON or from core::JsonText alike.
template <typename Object> OneForm formFrom(const Object &json)
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
    const auto investorArray = json.value(u"investors").toArray();
    for (const auto &v : investorArray)
        f.investors.append(investorFromJson(v.toObject()));
    const auto personnelArray = json.value(u"personnel").toArray();
    for (const auto &v : personnelArray)
        f.personnel.append(keyPersonFromJson(v.toObject()));
    f.legalRepOffice = officeFromKey(json.value(u"legalRepOffice").toString());
    f.liaison = personFromJson(json.value(u"liaison").toObject());
    f.financialOfficer = personFromJson(json.value(u"financialOfficer").toObject());
    return f;
}

} // namespace

OneForm OneForm::fromJson(const QJsonObject &json)
{
    return formFrom(json);
}

OneForm OneForm::fromJson(const JsonText::Object &json)
{
    return formFrom(json);
}

} // namespace ow::core
