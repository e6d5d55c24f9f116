#include "ResidentId.h"

#include "CoreSupport.h"
#include "Divisions.h"
#include "IsoTime.h"

#include <QDateTime>

#include <algorithm>
#include <array>

namespace ow::core {
namespace {

constexpr int Length = 18;
const QDate EarliestBirth(1900, 1, 1);

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QString quoted(QChar c)
{
    return detail::quoted(QString(c));
}

// Residence permits for residents of Hong Kong, Macao and Taiwan carry 810000, 820000 and 830000,
// which are not in the division table.
bool isPermitRegion(QStringView six)
{
    return six == u"810000" || six == u"820000" || six == u"830000";
}

} // namespace

QChar ResidentId::checkCharacter(QStringView first17)
{
    static constexpr std::array<int, 17> Weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t Checks[] = u"10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isDigit(first17[i]))
            return {};
        sum += (first17[i].unicode() - u'0') * Weights[size_t(i)];
    }
    return QChar(Checks[sum % 11]);
}

QDate ResidentId::birthDate(const QString &number)
{
    if (number.size() != Length)
        return {};
    const QStringView digits = QStringView(number).mid(6, 8);
    for (const QChar c : digits) {
        if (!isDigit(c))
            return {};
    }
    const QDate date(digits.left(4).toInt(), digits.mid(4, 2).toInt(), digits.mid(6, 2).toInt());
    return date.isValid() ? date : QDate();
}

bool ResidentId::isMale(const QString &number)
{
    if (number.size() != Length || !isDigit(number.at(16)))
        return false;
    return (number.at(16).unicode() - u'0') % 2 == 1;
}

// Lower-case x is accepted as the check character (people type it so); upper-case X is canonical
// and what storage should keep.
QDate ResidentId::chinaToday()
{
    return isotime::chinaDate(QDateTime::currentDateTimeUtc());
}

RuleResult ResidentId::validate(const QString &number, const QDate &today)
{
    if (number.isEmpty())
        return RuleResult::fail(tr("Enter the 18-character resident identity card number."));
    if (number.size() == 15 && std::all_of(number.begin(), number.end(), isDigit))
        return RuleResult::fail(tr("This is an old 15-digit number; enter the 18-character number of the "
                                   "current identity card."));
    if (number.size() != Length)
        return RuleResult::fail(
            tr("A resident identity card number has 18 characters; this one has %1.").arg(number.size()));
    for (qsizetype i = 0; i < 17; ++i) {
        const QChar c = number.at(i);
        if (isDigit(c))
            continue;
        if (c.isSpace())
            return RuleResult::fail(tr("Remove the space at position %1.").arg(int(i) + 1));
        return RuleResult::fail(tr("Positions 1 to 17 must be digits; position %1 is %2.")
                                    .arg(int(i) + 1)
                                    .arg(quoted(number.at(i))));
    }
    const QChar last = number.at(17);
    if (!isDigit(last) && last != u'X' && last != u'x')
        return RuleResult::fail(
            tr("The last character (position 18) must be a digit or X, not %1.").arg(quoted(last)));

    // Only the province is checked strictly: a number keeps the county code it was issued
    // under, and many of those counties have since been merged or renumbered.
    const QString division = number.left(6);
    const QString province = division.left(2) + QStringLiteral("0000");
    if (!Divisions::instance().exists(province) && !isPermitRegion(division))
        return RuleResult::fail(tr("Positions 1 and 2 (%1) are not a province code; check the first digits.")
                                    .arg(division.left(2)));

    const QDate birth = birthDate(number);
    const QString birthText = number.mid(6, 8);
    if (!birth.isValid())
        return RuleResult::fail(
            tr("Positions 7 to 14 (%1) are not a real date of birth (year, month, day).").arg(birthText));
    if (birth < EarliestBirth)
        return RuleResult::fail(
            tr("The date of birth %1 (positions 7 to 14) is before 1900.").arg(birth.toString(Qt::ISODate)));
    if (today.isValid() && birth > today)
        return RuleResult::fail(tr("The date of birth %1 (positions 7 to 14) is in the future.")
                                    .arg(birth.toString(Qt::ISODate)));

    const QChar check = checkCharacter(QStringView(number).left(17));
    if (check != last.toUpper())
        // Not which character would fit: the typo is as likely elsewhere as in the last position.
        return RuleResult::fail(tr("The number does not check out: a digit of it is probably mistyped. "
                                   "Compare it with the identity card, digit by digit."));
    return RuleResult::pass();
}

} // namespace ow::core
