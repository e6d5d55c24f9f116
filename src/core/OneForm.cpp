#include "OneForm.h"

#include <QJsonArray>

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

QJsonObject personToJson(const Person &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("idType"), idTypeKey(p.idType)},
            {QStringLiteral("idNumber"), p.idNumber},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("position"), p.position}};
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

QJsonObject OneForm::toJson() const
{
    QJsonArray investorArray;
    for (const Investor &i : investors) {
        investorArray.append(
            QJsonObject{{QStringLiteral("kind"),
                         i.kind == InvestorKind::Legal ? QStringLiteral("legal") : QStringLiteral("natural")},
                        {QStringLiteral("name"), i.name},
                        {QStringLiteral("idNumber"), i.idNumber},
                        {QStringLiteral("subscribed"), yuanToJson(i.subscribed)},
                        {QStringLiteral("contributionForm"), i.contributionForm},
                        {QStringLiteral("deadline"),
                         i.deadline.isValid() ? i.deadline.toString(Qt::ISODate) : QString()}});
    }
    QJsonArray personnelArray;
    for (const KeyPerson &k : personnel) {
        personnelArray.append(QJsonObject{{QStringLiteral("name"), k.name},
                                          {QStringLiteral("idNumber"), k.idNumber},
                                          {QStringLiteral("position"), k.position}});
    }
    return {{QStringLiteral("entityType"), entityTypeId},
            {QStringLiteral("name"), proposedName},
            {QStringLiteral("domicile"), domicile},
            {QStringLiteral("domicileDivision"), domicileDivision},
            {QStringLiteral("authorityDivision"), authorityDivision},
            {QStringLiteral("capital"), yuanToJson(capital)},
            {QStringLiteral("scope"), businessScope},
            {QStringLiteral("termYears"), termYears},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("postalCode"), postalCode},
            {QStringLiteral("legalRep"), personToJson(legalRep)},
            {QStringLiteral("investors"), investorArray},
            {QStringLiteral("personnel"), personnelArray},
            {QStringLiteral("liaison"), personToJson(liaison)},
            {QStringLiteral("financialOfficer"), personToJson(financialOfficer)}};
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
