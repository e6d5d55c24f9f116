#pragma once

#include "JsonText.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow::core {

class JsonWriter;

// Amounts are whole yuan (元) in a qint64; the form shows and parses them in 万元.
using Yuan = qint64;

// The identity document of a natural person. The first three keep their meaning and JSON keys;
// the others are the documents of people who are not PRC residents (core/ForeignIds.h).
enum class IdType
{
    ResidentId,
    Passport,
    Other,
    HkMacaoPermit,            // 港澳居民来往内地通行证
    TaiwanPermit,             // 台湾居民来往大陆通行证
    ForeignPermanentResident, // 外国人永久居留身份证
    ResidencePermit           // 港澳台居民居住证
};

// The JSON key of an ID type ("resident_id", "taiwan_permit" …) and back; an unknown key is a
// resident ID, as before the other types existed.
QString idTypeKey(IdType type);
IdType idTypeFromKey(const QString &key);

struct Person
{
    QString name;
    IdType idType = IdType::ResidentId;
    QString idNumber;
    QString phone;
    QString position;
    bool operator==(const Person &) const = default;
};

enum class InvestorKind
{
    Natural,
    Legal
};

// A partner of a partnership: 普通合伙人 (unlimited liability) or 有限合伙人.
enum class PartnerKind
{
    Unspecified,
    General,
    Limited
};

struct Investor
{
    InvestorKind kind = InvestorKind::Natural;
    QString name;
    QString idNumber; // a natural person's ID of `idType`, a legal one's unified social credit code
    Yuan subscribed = 0;
    QString contributionForm = QStringLiteral("货币"); // 货币, 实物, 知识产权, 土地使用权 …
    QDate deadline;                                    // of the contribution (认缴出资期限)
    IdType idType = IdType::ResidentId;                // a natural person's document
    PartnerKind partner = PartnerKind::Unspecified;    // partnerships
    bool farmer = false;                               // a co-operative's farmer member (农民成员)
    bool domiciledInChina = true;                      // a joint-stock company's promoter (发起人住所)
    bool operator==(const Investor &) const = default;
    // A row nothing has been typed into yet (name, number and amount empty): not an investor to count.
    bool isBlank() const
    {
        return name.trimmed().isEmpty() && idNumber.trimmed().isEmpty() && subscribed == 0;
    }
};

struct KeyPerson
{
    QString name;
    QString idNumber;
    QString position; // 董事, 监事, 经理 …
    IdType idType = IdType::ResidentId;
    bool operator==(const KeyPerson &) const = default;
};

// Who of the company's officers the articles make its legal representative (2023 Company Law
// art. 10): a director who executes the company's affairs, or the manager.
enum class LegalRepOffice
{
    Unspecified,
    Director,
    Manager
};

// DOMAIN §4: the one form. Which sections apply depends on the entity type.
struct OneForm
{
    QString entityTypeId; // key into EntityTypeCatalog, e.g. "llc_natural_multi"
    QString proposedName;
    QString domicile;
    QString domicileDivision;  // 6-digit county code
    QString authorityDivision; // registration authority's division (6 digits)
    Yuan capital = 0;          // registered capital, or contribution for partnerships
    QString businessScope;
    int termYears = 0; // 0 means 长期 (no fixed term)
    QString phone;
    QString postalCode;
    // A branch's (分公司) parent company: its unified social credit code (name rules 2020, art. 13).
    QString parentCode;

    Person legalRep;
    QList<Investor> investors;
    QList<KeyPerson> personnel;
    Person liaison;
    Person financialOfficer;
    LegalRepOffice legalRepOffice = LegalRepOffice::Unspecified;

    bool operator==(const OneForm &) const = default;

    // Nothing of the applicant's is on it yet: no name, domicile, scope, capital, contact or person
    // (the entity type, divisions and term the counter preselects do not count).
    bool isBlank() const;

    // One serialiser: toJson() parses what writeJson() writes.
    void writeJson(JsonWriter &writer) const;
    QByteArray toJsonText() const;
    QJsonObject toJson() const;
    static OneForm fromJson(const QJsonObject &json);
    static OneForm fromJson(const JsonText::Object &json);
};

} // namespace ow::core
