#include "ForeignIds.h"

#include <QRegularExpression>

namespace ow::core {
namespace {

bool matches(const QRegularExpression &shape, const QString &text)
{
    return shape.match(text).hasMatch();
}

// The 2023 card: 9, province (2), nationality (3), date of birth (8), sequence (3), check.
RuleResult permanentResident2023(const QString &number, const QDate &today)
{
    static const QRegularExpression shape(QStringLiteral("^9[0-9]{16}[0-9X]\\z"));
    if (!matches(shape, number))
        return RuleResult::fail("id.foreign_permanent_resident",
                                ForeignIds::tr("A permanent residence ID card of 2023 has 18 characters: 17 "
                                               "digits starting with 9, then a digit or X."));
    const QDate birth = ResidentId::birthDate(number);
    if (!birth.isValid() || (today.isValid() && birth > today))
        return RuleResult::fail(
            "id.foreign_permanent_resident",
            ForeignIds::tr("Positions 7 to 14 (%1) are not a real date of birth.").arg(number.mid(6, 8)));
    if (ResidentId::checkCharacter(QStringView(number).left(17)) != number.at(17))
        return RuleResult::fail("id.foreign_permanent_resident.checksum",
                                ForeignIds::tr("The number does not check out: a digit of it is probably "
                                               "mistyped. Compare it with the card, digit by digit."));
    return RuleResult::pass();
}

} // namespace

RuleResult ForeignIds::validate(IdType type, const QString &number, const QDate &today)
{
    switch (type) {
    case IdType::HkMacaoPermit:
        return hkMacaoPermit(number);
    case IdType::TaiwanPermit:
        return taiwanPermit(number);
    case IdType::ForeignPermanentResident:
        return foreignPermanentResident(number, today);
    case IdType::ResidencePermit:
        return residencePermit(number, today);
    case IdType::ResidentId:
    case IdType::Passport:
    case IdType::Other:
        break;
    }
    return RuleResult::pass();
}

RuleResult ForeignIds::hkMacaoPermit(const QString &number)
{
    if (number.isEmpty())
        return RuleResult::fail("id.missing",
                                tr("Enter the number of the Mainland Travel Permit for Hong Kong and Macao "
                                   "Residents."));
    static const QRegularExpression shape(QStringLiteral("^[HM]([0-9]{8}|[0-9]{10})\\z"));
    if (!matches(shape, number.toUpper()))
        return RuleResult::fail("id.hk_macao_permit",
                                tr("A Mainland Travel Permit for Hong Kong and Macao Residents has H (Hong "
                                   "Kong) or M (Macao) and 8 digits, or 10 digits on the older card."));
    return RuleResult::pass();
}

RuleResult ForeignIds::taiwanPermit(const QString &number)
{
    if (number.isEmpty())
        return RuleResult::fail("id.missing",
                                tr("Enter the number of the Mainland Travel Permit for Taiwan Residents."));
    static const QRegularExpression shape(QStringLiteral("^[0-9]{8}\\z"));
    if (!matches(shape, number))
        return RuleResult::fail("id.taiwan_permit",
                                tr("A Mainland Travel Permit for Taiwan Residents has 8 digits."));
    return RuleResult::pass();
}

RuleResult ForeignIds::foreignPermanentResident(const QString &number, const QDate &today)
{
    if (number.isEmpty())
        return RuleResult::fail("id.missing",
                                tr("Enter the number of the Foreign Permanent Resident ID Card."));
    if (number.size() == 18)
        return permanentResident2023(number, today);
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{3}[0-9]{12}\\z"));
    if (!matches(shape, number))
        return RuleResult::fail("id.foreign_permanent_resident",
                                tr("A Foreign Permanent Resident ID Card has 3 capital letters and 12 digits "
                                   "(the card of 2017), or 18 characters starting with 9 (the card of "
                                   "2023)."));
    return RuleResult::pass();
}

RuleResult ForeignIds::residencePermit(const QString &number, const QDate &today)
{
    if (number.isEmpty())
        return RuleResult::fail("id.missing",
                                tr("Enter the number of the Residence Permit for Hong Kong, Macao and "
                                   "Taiwan Residents."));
    const QString region = number.left(6);
    if (number.size() != 18 || (region != u"810000" && region != u"820000" && region != u"830000"))
        return RuleResult::fail("id.residence_permit",
                                tr("A Residence Permit for Hong Kong, Macao and Taiwan Residents has 18 "
                                   "characters starting with 810000 (Hong Kong), 820000 (Macao) or 830000 "
                                   "(Taiwan)."));
    RuleResult asResidentId = ResidentId::validate(number, today);
    if (!asResidentId.valid)
        asResidentId.code = QStringLiteral("id.residence_permit");
    return asResidentId;
}

} // namespace ow::core
