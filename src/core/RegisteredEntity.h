#pragma once

#include "CaseRecord.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::core {

// A registered market entity as the registry publishes it (经济户籍库 entry, DOMAIN §6): what the
// exchange records when it confirms and publishes a licence, what its change feed carries to every
// workstation's enterprise cache, and what the public lookup shows. Only public fields: no ID numbers,
// no phone, no investors' shares.
struct RegisteredEntity
{
    // A name the entity had until `changedOn` (变更): protected for a year after (name rules 2020, art. 17).
    struct FormerName
    {
        QString name;
        QDate changedOn;
        bool operator==(const FormerName &) const = default;
    };
    static constexpr int MaxFormerNames = 20;

    QString code; // unified social credit code
    QString name;
    QString tradeName;           // 字号
    QString industry;            // 行业表述
    QString entityTypeId;        // core::EntityTypeCatalog key
    QString typeName;            // as the licence prints it
    QString representativeLabel; // 法定代表人, 执行事务合伙人 …
    QString legalRep;
    QString domicile;
    QString capital; // as the licence prints it (core::LicenceText::capital), may be empty
    QString businessScope;
    QString authorityDivision;
    QString authorityName;
    QDate established; // 成立日期
    QDate termTo;      // invalid: 长期
    QDateTime licensedAt;
    QDateTime publishedAt; // 公示 by the exchange; invalid while not published
    QString status;        // "registered" (存续) until change or deregistration say otherwise
    // Since when the status holds, and the decision that made it (a revocation's date, number and
    // basis): public, as the registry publishes it. Empty while registered.
    QDate statusSince;
    QString statusDecision;
    QList<FormerName> formerNames;

    static inline const QString StatusRegistered = QStringLiteral("registered");
    // 吊销: the licence revoked as an administrative penalty; the licence no longer proves anything.
    static inline const QString StatusRevoked = QStringLiteral("revoked");
    // 注销: deregistered on statusSince; its name stays protected for a year (name rules 2020, art. 17).
    static inline const QString StatusDeregistered = QStringLiteral("deregistered");
    static constexpr int MaxStatusDecision = 500;

    bool isRevoked() const { return status == StatusRevoked; }

    // The entity a licensed case registers, published at `publishedAt` (invalid: not yet).
    static RegisteredEntity fromLicensedCase(const CaseRecord &record, const QDateTime &publishedAt);

    QJsonObject toJson() const;
    // Nothing when `json` is not an entity: no valid credit code or no name.
    static std::optional<RegisteredEntity> fromJson(const QJsonObject &json);
    // The status as people read it (存续 …).
    static QString statusLabel(const QString &status);
    // The keys of toJson() whose registered data differ between `before` and `after` (a change's new
    // licence), in toJson()'s order: name, 字号, industry, type, legal representative, domicile,
    // capital, scope, authority, term. Dates of licensing and publication, the status and the former
    // names are the record's own history, not registered data, and never count.
    static QStringList changedKeys(const RegisteredEntity &before, const RegisteredEntity &after);
};

} // namespace ow::core
