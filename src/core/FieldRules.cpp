#include "FieldRules.h"

#include "CoreSupport.h"
#include "Divisions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

namespace ow::core {
namespace {

using detail::quoted;

Q_LOGGING_CATEGORY(lcFieldRules, "onewindow.core.fieldrules")

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

constexpr int MaxWanDigits = 14; // 10^14 万元 = 10^18 元 still fits in a qint64

// One entry of resources/data/scope_catalogue.json.
struct LicensedActivity
{
    QString name;
    QString department;
    bool prior = false;
    QStringList keywords;
};

const QList<LicensedActivity> &licensedActivities()
{
    static const QList<LicensedActivity> list = [] {
        QList<LicensedActivity> result;
        QJsonParseError error{};
        const QJsonDocument doc =
            QJsonDocument::fromJson(detail::readDataResource(QStringLiteral("scope_catalogue.json")), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qCCritical(lcFieldRules) << "embedded scope catalogue is broken:" << error.errorString();
            return result;
        }
        const QJsonArray items = doc.object().value(QLatin1String("licensed")).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            LicensedActivity a;
            a.name = o.value(QLatin1String("name")).toString();
            a.department = o.value(QLatin1String("department")).toString();
            a.prior = o.value(QLatin1String("kind")).toString() == QLatin1String("prior");
            for (const QJsonValue &k : o.value(QLatin1String("keywords")).toArray())
                a.keywords.append(k.toString());
            if (a.keywords.isEmpty())
                a.keywords.append(a.name);
            result.append(a);
        }
        return result;
    }();
    return list;
}

// The catalogue's keywords by their first character, each with the catalogue position of its entry:
// an item is read once, and at each character only the keywords that begin with it are compared.
const QHash<QChar, QList<std::pair<qsizetype, QString>>> &keywordsByFirstCharacter()
{
    static const QHash<QChar, QList<std::pair<qsizetype, QString>>> index = [] {
        QHash<QChar, QList<std::pair<qsizetype, QString>>> result;
        const QList<LicensedActivity> &activities = licensedActivities();
        for (qsizetype i = 0; i < activities.size(); ++i) {
            for (const QString &keyword : activities.at(i).keywords) {
                if (!keyword.isEmpty())
                    result[keyword.front()].append({i, keyword});
            }
        }
        return result;
    }();
    return index;
}

// The catalogue position of the first entry with a keyword in `text`, or -1.
qsizetype firstLicensedActivity(QStringView text)
{
    const auto &index = keywordsByFirstCharacter();
    qsizetype first = -1;
    for (qsizetype at = 0; at < text.size(); ++at) {
        const auto candidates = index.constFind(text.at(at));
        if (candidates == index.cend())
            continue;
        for (const auto &[position, keyword] : *candidates) {
            if ((first < 0 || position < first) && text.sliced(at).startsWith(keyword))
                first = position;
        }
        if (first == 0)
            break;
    }
    return first;
}

// The items of a scope as typed, split on ；/; (a final 。 or separator is ignored).
QStringList scopeItems(const QString &scope, bool keepEmpty)
{
    QString text = scope.trimmed();
    while (text.endsWith(u'。') || text.endsWith(u'；') || text.endsWith(u';'))
        text.chop(1);
    static const QRegularExpression separators(QStringLiteral("[；;]"));
    QStringList items = text.split(separators, keepEmpty ? Qt::KeepEmptyParts : Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    if (!keepEmpty)
        items.removeAll(QString());
    return items;
}

// "化工产品销售（不含危险化学品）" does not need a licence: drop exclusions before matching.
QString withoutExclusions(const QString &item)
{
    static const QRegularExpression exclusion(QStringLiteral("[（(](不含|除|不包括)[^）)]*[）)]"));
    if (!item.contains(u'（') && !item.contains(u'('))
        return item;
    QString result = item;
    return result.remove(exclusion);
}

} // namespace

RuleResult FieldRules::phone(const QString &number)
{
    QString text = detail::foldFullWidth(number).trimmed();
    if (text.isEmpty())
        return RuleResult::fail(tr("Enter a phone number."));
    text.remove(QLatin1Char(' '));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!isDigit(c) && c != u'-')
            return RuleResult::fail(tr("The character %1 is not allowed in a phone number; use digits and "
                                       "a hyphen, e.g. 13912345678 or 0351-1234567.")
                                        .arg(quoted(QString(c))));
    }
    if (text.startsWith(QLatin1Char('1'))) {
        const auto digits = std::count_if(text.begin(), text.end(), isDigit);
        if (digits == 11 && text.contains(QLatin1Char('-')))
            return RuleResult::fail(
                tr("Write a mobile number as 11 digits without hyphens, e.g. 13912345678."));
        if (text.contains(QLatin1Char('-')) || text.size() != 11)
            return RuleResult::fail(tr("A mobile number has 11 digits; this one has %1.").arg(digits));
        if (text.at(1) < u'3')
            return RuleResult::fail(tr("A mobile number starts with 13 to 19, not %1.").arg(text.left(2)));
        return RuleResult::pass();
    }
    if (!text.startsWith(QLatin1Char('0')))
        return RuleResult::fail(tr("Enter a mobile number (11 digits starting with 1) or a landline with its "
                                   "area code starting with 0, e.g. 0351-1234567."));
    static const QRegularExpression landline(QStringLiteral("^(0\\d{2,3})-?(\\d{7,8})(-\\d{1,6})?$"));
    if (!landline.match(text).hasMatch())
        return RuleResult::fail(tr("A landline number is the area code (3 or 4 digits starting with 0) and 7 "
                                   "or 8 digits, optionally followed by an extension: 0351-1234567-801."));
    return RuleResult::pass();
}

RuleResult FieldRules::personName(const QString &name)
{
    const QString text = name.trimmed();
    if (text.isEmpty())
        return RuleResult::fail(tr("Enter the person's name."));
    const QList<uint> chars = text.toUcs4();
    if (chars.size() < 2)
        return RuleResult::fail(tr("A name has at least 2 characters."));
    if (chars.size() > 30)
        return RuleResult::fail(tr("A name has at most 30 characters; this one has %1.").arg(chars.size()));
    bool previousSeparator = true; // no dot or space at the start
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        const bool letter = detail::isHan(c) || (c < 0x80 && QChar::isLetter(c)) ||
                            (c >= 0xC0 && c <= 0x24F && QChar::isLetter(c)); // Latin with accents
        const bool dot = c == 0x00B7 || c == 0x2022 || c == 0x30FB || c == 0xFF0E || c == u'.';
        const bool space = c == u' ';
        const int position = int(i) + 1;
        if (letter) {
            previousSeparator = false;
            continue;
        }
        if (dot || space) {
            if (previousSeparator || i == chars.size() - 1)
                return RuleResult::fail(
                    tr("The separator at position %1 must stand between two parts of the name.")
                        .arg(position));
            previousSeparator = true;
            continue;
        }
        return RuleResult::fail(tr("The character %1 at position %2 is not allowed in a name; use Chinese "
                                   "characters or Latin letters (a middle dot may separate the parts).")
                                    .arg(quoted(QString::fromUcs4(&c, 1)))
                                    .arg(position));
    }
    return RuleResult::pass();
}

RuleResult FieldRules::postalCode(const QString &code)
{
    const QString text = detail::foldFullWidth(code).trimmed();
    if (text.isEmpty())
        return RuleResult::fail(tr("Enter the 6-digit postal code."));
    if (!std::all_of(text.begin(), text.end(), isDigit))
        return RuleResult::fail(
            tr("A postal code has digits only; %1 is not a digit.")
                .arg(quoted(QString(*std::find_if_not(text.begin(), text.end(), isDigit)))));
    if (text.size() != 6)
        return RuleResult::fail(tr("A postal code has 6 digits; this one has %1.").arg(text.size()));
    return RuleResult::pass();
}

RuleResult FieldRules::domicile(const QString &address)
{
    const QString text = address.trimmed();
    if (text.isEmpty())
        return RuleResult::fail(tr("Enter the address of the domicile."));
    if (text.size() < 5)
        return RuleResult::fail(
            tr("The address is too short; give the city or county, the street and the number."));
    if (text.size() > 200)
        return RuleResult::fail(
            tr("An address has at most 200 characters; this one has %1.").arg(text.size()));
    if (!Divisions::instance().mentionsName(text))
        return RuleResult::fail(tr("The address must name its city or county before the street."));
    return RuleResult::pass();
}

std::optional<Yuan> FieldRules::parseWanYuan(const QString &text)
{
    QString s = detail::foldFullWidth(text).trimmed();
    s.remove(QLatin1Char(' '));
    if (s.endsWith(QStringLiteral("万元")))
        s.chop(2);
    else if (s.endsWith(QStringLiteral("万")))
        s.chop(1);
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(,\\d{3})+(\\.\\d*)?$"));
    if (grouped.match(s).hasMatch())
        s.remove(QLatin1Char(','));
    static const QRegularExpression number(QStringLiteral("^(\\d+)(?:\\.(\\d{1,4}))?$"));
    const QRegularExpressionMatch m = number.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    QString whole = m.captured(1);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    if (whole.size() > MaxWanDigits)
        return std::nullopt;
    const QString fraction = m.captured(2).leftJustified(4, QLatin1Char('0'));
    return whole.toLongLong() * 10000 + fraction.toLongLong();
}

QString FieldRules::formatWanYuan(Yuan yuan)
{
    const bool negative = yuan < 0;
    // Work on the magnitude as unsigned so that the smallest qint64 has one too.
    const quint64 magnitude = negative ? quint64(0) - quint64(yuan) : quint64(yuan);
    QString result = QString::number(magnitude / 10000);
    const quint64 fraction = magnitude % 10000;
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 4, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        result += QLatin1Char('.') + digits;
    }
    return negative ? QLatin1Char('-') + result : result;
}

RuleResult FieldRules::amountWanYuan(const QString &text, bool allowZero)
{
    QString s = detail::foldFullWidth(text).trimmed();
    if (s.isEmpty())
        return RuleResult::fail(tr("Enter the amount in units of ten thousand yuan, e.g. 100 or 12.5."));
    const std::optional<Yuan> value = parseWanYuan(s);
    if (!value) {
        s.remove(QLatin1Char(' '));
        static const QRegularExpression negative(QStringLiteral("^-\\s*\\d"));
        static const QRegularExpression decimals(QStringLiteral("^[\\d,]*\\.(\\d{5,})"));
        static const QRegularExpression digitsOnly(QStringLiteral("^\\d+(\\.\\d+)?$"));
        if (negative.match(s).hasMatch())
            return RuleResult::fail(tr("The amount cannot be negative."));
        if (const auto m = decimals.match(s); m.hasMatch())
            return RuleResult::fail(tr("The amount has %1 decimal places; at most 4 are allowed (one yuan is "
                                       "0.0001 in units of ten thousand yuan).")
                                        .arg(m.capturedLength(1)));
        if (digitsOnly.match(s).hasMatch())
            return RuleResult::fail(tr("The amount is too large."));
        return RuleResult::fail(
            tr("%1 is not an amount; enter digits with at most one decimal point, e.g. 100 or 12.5.")
                .arg(quoted(text.trimmed())));
    }
    if (*value == 0 && !allowZero)
        return RuleResult::fail(tr("The amount must be greater than zero."));
    return RuleResult::pass();
}

RuleResult FieldRules::businessScope(const QString &scope)
{
    const QString text = scope.trimmed();
    if (text.isEmpty())
        return RuleResult::fail(tr("Enter the business scope."));
    if (text.size() > 4000)
        return RuleResult::fail(
            tr("The business scope has %1 characters; at most 4000 are allowed.").arg(text.size()));
    const QStringList items = scopeItems(text, true);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &item = items.at(i);
        const int number = int(i) + 1;
        if (item.isEmpty())
            return RuleResult::fail(
                tr("Item %1 of the business scope is empty; remove the extra separator.").arg(number));
        if (item.size() < 2)
            return RuleResult::fail(
                tr("Item %1 of the business scope (%2) is too short; an item has at least 2 characters.")
                    .arg(number)
                    .arg(quoted(item)));
        if (item.size() > 100)
            return RuleResult::fail(
                tr("Item %1 of the business scope has %2 characters; at most 100 are allowed. "
                   "Separate items with a semicolon.")
                    .arg(number)
                    .arg(item.size()));
    }
    return RuleResult::pass();
}

QStringList FieldRules::licenceNames()
{
    QStringList names;
    for (const LicensedActivity &a : licensedActivities())
        names.append(a.name);
    return names;
}

QStringList FieldRules::licensedScopeItems(const QString &scope)
{
    QStringList result;
    for (const LicensedScopeItem &licensed : licensedScopeDetails(scope)) {
        if (!result.contains(licensed.item))
            result.append(licensed.item);
    }
    return result;
}

// The first catalogue entry that matches decides the licence of an item; each item is listed once.
QList<LicensedScopeItem> FieldRules::licensedScopeDetails(const QString &scope)
{
    QList<LicensedScopeItem> result;
    QStringList seen;
    for (const QString &item : scopeItems(scope, false)) {
        if (seen.contains(item))
            continue;
        seen.append(item);
        if (const qsizetype first = firstLicensedActivity(withoutExclusions(item)); first >= 0) {
            const LicensedActivity &a = licensedActivities().at(first);
            result.append({item, a.name, a.department, a.prior});
        }
    }
    return result;
}

} // namespace ow::core
