#include "RegisteredEntity.h"

#include "EnterpriseName.h"
#include "LicenceText.h"
#include "UsccCode.h"

#include <QJsonArray>

#include <array>

namespace ow::core {
namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A text of the entry, cut to what any of its fields may hold (a broken exchange's answer stays bounded).
QString bounded(const QJsonObject &json, QLatin1StringView key, qsizetype limit = 5000)
{
    return json.value(key).toString().left(limit);
}

} // namespace

RegisteredEntity RegisteredEntity::fromLicensedCase(const CaseRecord &record, const QDateTime &publishedAt)
{
    const LicenceText::Texts texts = LicenceText::of(record);
    const NameParts parts = EnterpriseName::parse(record.form.proposedName);
    RegisteredEntity entity;
    entity.code = record.creditCode;
    entity.name = record.form.proposedName;
    entity.tradeName = parts.tradeName;
    entity.industry = parts.industry;
    entity.entityTypeId = record.form.entityTypeId;
    entity.typeName = texts.typeName;
    entity.representativeLabel = texts.representativeLabel;
    entity.legalRep = record.form.legalRep.name;
    entity.domicile = record.form.domicile;
    entity.capital = texts.capital;
    entity.businessScope = record.form.businessScope;
    entity.authorityDivision = record.form.authorityDivision;
    entity.authorityName = texts.authorityName;
    entity.established = texts.establishedOn;
    entity.termTo = texts.termTo;
    entity.licensedAt = record.licensedAt;
    entity.publishedAt = publishedAt;
    entity.status = StatusRegistered;
    return entity;
}

QJsonObject RegisteredEntity::toJson() const
{
    QJsonObject json = {{QLatin1String("code"), code},
                        {QLatin1String("name"), name},
                        {QLatin1String("tradeName"), tradeName},
                        {QLatin1String("industry"), industry},
                        {QLatin1String("entityTypeId"), entityTypeId},
                        {QLatin1String("typeName"), typeName},
                        {QLatin1String("representativeLabel"), representativeLabel},
                        {QLatin1String("legalRep"), legalRep},
                        {QLatin1String("domicile"), domicile},
                        {QLatin1String("capital"), capital},
                        {QLatin1String("businessScope"), businessScope},
                        {QLatin1String("authorityDivision"), authorityDivision},
                        {QLatin1String("authorityName"), authorityName},
                        {QLatin1String("established"), dateText(established)},
                        {QLatin1String("termTo"), dateText(termTo)},
                        {QLatin1String("licensedAt"), timeText(licensedAt)},
                        {QLatin1String("publishedAt"), timeText(publishedAt)},
                        {QLatin1String("status"), status},
                        {QLatin1String("statusSince"), dateText(statusSince)},
                        {QLatin1String("statusDecision"), statusDecision}};
    if (!formerNames.isEmpty()) {
        QJsonArray former;
        for (const FormerName &f : formerNames)
            former.append(QJsonObject{{QLatin1String("name"), f.name},
                                      {QLatin1String("changedOn"), dateText(f.changedOn)}});
        json.insert(QLatin1String("formerNames"), former);
    }
    return json;
}

QStringList RegisteredEntity::changedKeys(const RegisteredEntity &before, const RegisteredEntity &after)
{
    static const std::array<QLatin1StringView, 13> registered{QLatin1StringView("name"),
                                                              QLatin1StringView("tradeName"),
                                                              QLatin1StringView("industry"),
                                                              QLatin1StringView("entityTypeId"),
                                                              QLatin1StringView("typeName"),
                                                              QLatin1StringView("representativeLabel"),
                                                              QLatin1StringView("legalRep"),
                                                              QLatin1StringView("domicile"),
                                                              QLatin1StringView("capital"),
                                                              QLatin1StringView("businessScope"),
                                                              QLatin1StringView("authorityDivision"),
                                                              QLatin1StringView("authorityName"),
                                                              QLatin1StringView("termTo")};
    const QJsonObject from = before.toJson();
    const QJsonObject to = after.toJson();
    QStringList keys;
    for (QLatin1StringView key : registered) {
        if (from.value(key) != to.value(key))
            keys.append(key);
    }
    return keys;
}

std::optional<RegisteredEntity> RegisteredEntity::fromJson(const QJsonObject &json)
{
    RegisteredEntity entity;
    entity.code = bounded(json, QLatin1String("code"), 18).trimmed().toUpper();
    entity.name = bounded(json, QLatin1String("name"), 200);
    if (!UsccCode::validate(entity.code).valid || entity.name.trimmed().isEmpty()) {
        return std::nullopt;
    }
    entity.tradeName = bounded(json, QLatin1String("tradeName"), 100);
    entity.industry = bounded(json, QLatin1String("industry"), 100);
    entity.entityTypeId = bounded(json, QLatin1String("entityTypeId"), 64);
    entity.typeName = bounded(json, QLatin1String("typeName"), 100);
    entity.representativeLabel = bounded(json, QLatin1String("representativeLabel"), 32);
    entity.legalRep = bounded(json, QLatin1String("legalRep"), 100);
    entity.domicile = bounded(json, QLatin1String("domicile"), 400);
    entity.capital = bounded(json, QLatin1String("capital"), 100);
    entity.businessScope = bounded(json, QLatin1String("businessScope"));
    entity.authorityDivision = bounded(json, QLatin1String("authorityDivision"), 6);
    entity.authorityName = bounded(json, QLatin1String("authorityName"), 100);
    entity.established = QDate::fromString(bounded(json, QLatin1String("established"), 10), Qt::ISODate);
    entity.termTo = QDate::fromString(bounded(json, QLatin1String("termTo"), 10), Qt::ISODate);
    entity.licensedAt =
        QDateTime::fromString(bounded(json, QLatin1String("licensedAt"), 40), Qt::ISODateWithMs);
    entity.publishedAt =
        QDateTime::fromString(bounded(json, QLatin1String("publishedAt"), 40), Qt::ISODateWithMs);
    entity.status = bounded(json, QLatin1String("status"), 32);
    entity.statusSince = QDate::fromString(bounded(json, QLatin1String("statusSince"), 10), Qt::ISODate);
    entity.statusDecision = bounded(json, QLatin1String("statusDecision"), MaxStatusDecision);
    for (const QJsonValue &v : json.value(QLatin1String("formerNames")).toArray()) {
        if (entity.formerNames.size() == MaxFormerNames)
            break;
        const FormerName former{
            bounded(v.toObject(), QLatin1String("name"), 200),
            QDate::fromString(bounded(v.toObject(), QLatin1String("changedOn"), 10), Qt::ISODate)};
        if (!former.name.trimmed().isEmpty() && former.changedOn.isValid())
            entity.formerNames.append(former);
    }
    return entity;
}

QString RegisteredEntity::statusLabel(const QString &status)
{
    if (status == StatusRegistered)
        return QStringLiteral("存续");
    if (status == StatusRevoked)
        return QStringLiteral("吊销");
    if (status == StatusDeregistered)
        return QStringLiteral("注销");
    return status;
}

} // namespace ow::core
