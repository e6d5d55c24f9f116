#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow::core {

class JsonWriter;

// Amounts are whole yuan (元) in a qint64; the form shows and parses them in 万元.
using Yuan = qint64;

enum class IdType
{
    ResidentId,
    Passport,
    Other
};

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

struct Investor
{
    InvestorKind kind = InvestorKind::Natural;
    QString name;
    QString idNumber; // resident ID for a natural person, unified social credit code for a legal one
    Yuan subscribed = 0;
    QString contributionForm = QStringLiteral("货币"); // 货币, 实物, 知识产权, 土地使用权 …
    QDate deadline;
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
    bool operator==(const KeyPerson &) const = default;
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

    bool operator==(const OneForm &) const = default;

    // Nothing of the applicant's is on it yet: no name, domicile, scope, capital, contact or person
    // (the entity type, divisions and term the counter preselects do not count).
    bool isBlank() const;

    // One serialiser: toJson() parses what writeJson() writes.
    void writeJson(JsonWriter &writer) const;
    QByteArray toJsonText() const;
    QJsonObject toJson() const;
    static OneForm fromJson(const QJsonObject &json);
};

} // namespace ow::core
