#include "EnterpriseName.h"

#include "CoreSupport.h"
#include "Divisions.h"
#include "EntityType.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <functional>

namespace ow::core {
namespace {

Q_LOGGING_CATEGORY(lcNames, "onewindow.core.names")

const QChar OpenParen(u'（');
const QChar CloseParen(u'）');
constexpr int MaxDivisionLevels = 3; // 山西省 + 太原市 + 小店区

QStringList longestFirst(QStringList list)
{
    list.removeDuplicates();
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    return list;
}

const QStringList &industries()
{
    static const QStringList list = [] {
        QJsonParseError error{};
        const QJsonDocument doc =
            QJsonDocument::fromJson(detail::readDataResource(QStringLiteral("industries.json")), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qCCritical(lcNames) << "embedded industry list is broken:" << error.errorString();
        QStringList words;
        for (const QJsonValue &v : doc.object().value(QLatin1String("industries")).toArray()) {
            if (!v.toString().isEmpty())
                words.append(v.toString());
        }
        return longestFirst(words);
    }();
    return list;
}

// The industry words by their last character, each list in the order of industries(): a name's end
// is compared with the few words that can end it, not with every word (this was most of checking a
// name, and checking a name a third of validating a form).
const QHash<QChar, QStringList> &industriesByLastCharacter()
{
    static const QHash<QChar, QStringList> byLast = [] {
        QHash<QChar, QStringList> words;
        for (const QString &word : industries())
            words[word.back()].append(word);
        return words;
    }();
    return byLast;
}

// Organisational forms (组织形式) a name may end with, longest first. The partnership suffixes
// and 分公司 are handled apart, see parseForm().
const QStringList &organisationalForms()
{
    static const QStringList list = longestFirst({
        QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"),
        QStringLiteral("有限公司"),     QStringLiteral("公司"),
        QStringLiteral("普通合伙企业"), QStringLiteral("有限合伙企业"),
        QStringLiteral("合伙企业"),     QStringLiteral("农民专业合作社"),
        QStringLiteral("专业合作社"),   QStringLiteral("合作社"),
        QStringLiteral("联合社"),       QStringLiteral("个人独资企业"),
        QStringLiteral("经营部"),       QStringLiteral("门市部"),
        QStringLiteral("服务部"),       QStringLiteral("工作室"),
        QStringLiteral("事务所"),       QStringLiteral("中心"),
        QStringLiteral("商行"),         QStringLiteral("超市"),
        QStringLiteral("厂"),           QStringLiteral("店"),
        QStringLiteral("馆"),           QStringLiteral("部"),
        QStringLiteral("行"),           QStringLiteral("坊"),
        QStringLiteral("社"),           QStringLiteral("室"),
        QStringLiteral("所"),
    });
    return list;
}

const QStringList &partnershipSuffixes()
{
    static const QStringList list = {QStringLiteral("（特殊普通合伙）"), QStringLiteral("（普通合伙）"),
                                     QStringLiteral("（有限合伙）")};
    return list;
}

const QStringList &companyForms()
{
    static const QStringList list = {QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"),
                                     QStringLiteral("有限公司"), QStringLiteral("公司")};
    return list;
}

const QString &branchForm()
{
    static const QString form = QStringLiteral("分公司");
    return form;
}

int length(const QString &s)
{
    return int(s.toUcs4().size());
}

QString normalised(const QString &name)
{
    QString n = name.trimmed();
    n.replace(QLatin1Char('('), OpenParen);
    n.replace(QLatin1Char(')'), CloseParen);
    return n;
}

using detail::quoted;

bool isDivisionName(const QString &s)
{
    return Divisions::instance().isName(s);
}

// Every way to read the start of `text` as up to three division names, longest first.
QList<qsizetype> divisionPrefixLengths(const QString &text)
{
    QList<qsizetype> result;
    const Divisions &divisions = Divisions::instance();
    std::function<void(qsizetype, int)> walk = [&](qsizetype at, int depth) {
        if (depth == MaxDivisionLevels)
            return;
        for (const qsizetype length : divisions.nameLengthsLongestFirst()) {
            if (at + length <= text.size() && divisions.isName(text.mid(at, length))) {
                result.append(at + length);
                walk(at + length, depth + 1);
            }
        }
    };
    walk(0, 0);
    std::sort(result.begin(), result.end(), std::greater<>());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

// Splits the industry words off the end of `text`; the rest is the trade name. The first word may
// take everything (the trade name is then missing); a further one only if 2 characters remain.
void splitIndustry(const QString &text, NameParts &parts)
{
    QString rest = text;
    QString industry;
    bool found = true;
    const QHash<QChar, QStringList> &byLast = industriesByLastCharacter();
    while (found && !rest.isEmpty()) {
        found = false;
        const auto words = byLast.constFind(rest.back());
        if (words == byLast.cend())
            break;
        for (const QString &word : *words) {
            if (rest.endsWith(word) && (industry.isEmpty() || rest.size() - word.size() >= 2)) {
                industry.prepend(word);
                rest.chop(word.size());
                found = true;
                break;
            }
        }
    }
    parts.tradeName = rest;
    parts.industry = industry;
}

// 行政区划 + 字号 + 行业, or 字号 + （行政区划） + 行业.
void parseStem(const QString &stem, NameParts &parts)
{
    // The division in parentheses after the trade name: 鑫源（太原）商贸.
    const qsizetype open = stem.indexOf(OpenParen);
    const qsizetype close = stem.indexOf(CloseParen, open + 1);
    if (open > 0 && close > open && isDivisionName(stem.mid(open + 1, close - open - 1))) {
        parts.division = stem.mid(open + 1, close - open - 1);
        splitIndustry(stem.mid(close + 1), parts);
        parts.tradeName.prepend(stem.left(open));
        return;
    }

    const QList<qsizetype> prefixes = divisionPrefixLengths(stem);
    if (prefixes.isEmpty()) {
        splitIndustry(stem, parts);
        return;
    }
    for (const qsizetype prefix : prefixes) {
        // 太原 + 市鑫 is 太原市 + 鑫 misread: a trade name does not start with a division suffix.
        static const QString suffixes = QStringLiteral("省市区县州盟旗");
        if (prefix < stem.size() && suffixes.contains(stem.at(prefix)))
            continue;
        NameParts candidate;
        splitIndustry(stem.mid(prefix), candidate);
        if (length(candidate.tradeName) >= 2) {
            parts.division = stem.left(prefix);
            parts.tradeName = candidate.tradeName;
            parts.industry = candidate.industry;
            return;
        }
    }
    parts.division = stem.left(prefixes.first());
    splitIndustry(stem.mid(prefixes.first()), parts);
}

// Splits the form off `name`; returns the stem before it.
QString parseForm(const QString &name, NameParts &parts)
{
    for (const QString &suffix : partnershipSuffixes()) {
        if (!name.endsWith(suffix))
            continue;
        QString stem = name.left(name.size() - suffix.size());
        parts.form = suffix;
        static const QStringList words = {QStringLiteral("合伙企业"), QStringLiteral("事务所"),
                                          QStringLiteral("工作室"), QStringLiteral("中心"),
                                          QStringLiteral("企业")};
        for (const QString &word : words) {
            if (stem.endsWith(word)) {
                parts.form.prepend(word);
                stem.chop(word.size());
                break;
            }
        }
        return stem;
    }
    for (const QString &form : organisationalForms()) {
        if (name.endsWith(form) && name.size() > form.size()) {
            parts.form = form;
            return name.left(name.size() - form.size());
        }
    }
    return name;
}

// A branch: the company's full name, the branch's place, 分公司. The parts are the company's;
// the form is the company's form, the place and 分公司 (有限公司小店分公司).
bool parseBranch(const QString &name, NameParts &parts)
{
    if (!name.endsWith(branchForm()))
        return false;
    const QString body = name.left(name.size() - branchForm().size());
    qsizetype bestEnd = -1;
    for (const QString &form : companyForms()) {
        const qsizetype at = body.lastIndexOf(form);
        if (at > 0 && at + form.size() > bestEnd)
            bestEnd = at + form.size();
    }
    if (bestEnd < 0) {
        parts.form = branchForm();
        parseStem(body, parts);
        return true;
    }
    const QString parent = body.left(bestEnd);
    const QString stem = parseForm(parent, parts);
    parseStem(stem, parts);
    parts.form += body.mid(bestEnd) + branchForm();
    return true;
}

bool formMatches(const QString &parsedForm, const QString &allowed)
{
    if (parsedForm == allowed)
        return true;
    if (allowed.startsWith(OpenParen) || allowed == branchForm())
        return parsedForm.endsWith(allowed);
    return false;
}

} // namespace

NameParts EnterpriseName::parse(const QString &name)
{
    NameParts parts;
    const QString n = normalised(name);
    if (n.isEmpty())
        return parts;
    if (parseBranch(n, parts))
        return parts;
    parseStem(parseForm(n, parts), parts);
    return parts;
}

namespace {

// Only Chinese characters and one level of parentheses: the first character that is not says where.
RuleResult checkCharacters(const QString &n)
{
    const QList<uint> chars = n.toUcs4();
    int depth = 0;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        const int position = int(i) + 1;
        if (detail::isHan(c))
            continue;
        if (c == OpenParen.unicode()) {
            if (++depth > 1)
                return RuleResult::fail(
                    EnterpriseName::tr("Parentheses may not be nested (position %1).").arg(position));
            continue;
        }
        if (c == CloseParen.unicode()) {
            if (--depth < 0)
                return RuleResult::fail(
                    EnterpriseName::tr("The closing parenthesis at position %1 has no opening one.")
                        .arg(position));
            continue;
        }
        const QString ch = QString::fromUcs4(&c, 1);
        if (QChar::isSpace(c))
            return RuleResult::fail(
                EnterpriseName::tr("Remove the space at position %1; a name has no spaces.").arg(position));
        if (QChar::isLetterOrNumber(c))
            return RuleResult::fail(
                EnterpriseName::tr("A name is written in Chinese characters only; %1 at position %2 is not "
                                   "allowed (write numbers in Chinese characters).")
                    .arg(quoted(ch))
                    .arg(position));
        return RuleResult::fail(
            EnterpriseName::tr("The character %1 at position %2 is not allowed in a name.")
                .arg(quoted(ch))
                .arg(position));
    }
    if (depth != 0)
        return RuleResult::fail(EnterpriseName::tr("An opening parenthesis in the name is not closed."));
    return RuleResult::pass();
}

// The trade name (字号) has 2 to 6 characters.
RuleResult checkTradeName(const NameParts &parts)
{
    const int tradeLength = length(parts.tradeName);
    if (tradeLength == 0)
        return RuleResult::fail(
            EnterpriseName::tr("The name has no trade name: put 2 to 6 Chinese characters between the "
                               "division and the industry."));
    if (tradeLength < 2)
        return RuleResult::fail(EnterpriseName::tr("The trade name %1 has 1 character; it must have 2 to 6.")
                                    .arg(quoted(parts.tradeName)));
    if (tradeLength > 6) {
        if (parts.industry.isEmpty())
            return RuleResult::fail(
                EnterpriseName::tr("The trade name %1 has %2 characters; it must have 2 to 6. If part of it "
                                   "describes the business, use a standard industry word such as %3.")
                    .arg(quoted(parts.tradeName))
                    .arg(tradeLength)
                    .arg(QStringLiteral("商贸、科技、餐饮管理")));
        return RuleResult::fail(
            EnterpriseName::tr("The trade name %1 has %2 characters; it must have 2 to 6.")
                .arg(quoted(parts.tradeName))
                .arg(tradeLength));
    }
    return RuleResult::pass();
}

} // namespace

RuleResult EnterpriseName::validate(const QString &name, const EntityType &type)
{
    const QString n = normalised(name);
    if (n.isEmpty()) {
        if (type.nameMayBeEmpty)
            return RuleResult::pass();
        return RuleResult::fail(tr("Enter the proposed name."));
    }

    if (const RuleResult characters = checkCharacters(n); !characters)
        return characters;

    const QString company = QStringLiteral("公司");
    const bool typeIsCompany = std::any_of(type.nameForms.begin(), type.nameForms.end(),
                                           [&](const QString &f) { return f.contains(company); });
    if (!typeIsCompany && n.contains(company))
        return RuleResult::fail(
            tr("A %1 is not a company; its name may not contain %2.").arg(type.name, company));

    const NameParts parts = parse(n);
    const bool isBranch = type.nameForms.contains(branchForm());
    const bool formOk = std::any_of(type.nameForms.begin(), type.nameForms.end(),
                                    [&](const QString &f) { return formMatches(parts.form, f); });
    const QString allowedForms = type.nameForms.join(QStringLiteral(" / "));
    if (isBranch && parts.form == branchForm())
        return RuleResult::fail(tr("A branch's name starts with the full name of its company (ending in %1), "
                                   "followed by the branch's place and %2.")
                                    .arg(QStringLiteral("有限公司"), branchForm()));
    if (!formOk) {
        if (parts.form.isEmpty())
            return RuleResult::fail(tr("The name must end with the organisational form of a %1: %2.")
                                        .arg(type.name, allowedForms));
        return RuleResult::fail(tr("A %1 cannot use the organisational form %2; its name must end with %3.")
                                    .arg(type.name, parts.form, allowedForms));
    }

    if (parts.tradeName.contains(OpenParen) || parts.tradeName.contains(CloseParen) ||
        parts.industry.contains(OpenParen) || parts.division.contains(OpenParen))
        return RuleResult::fail(tr("Parentheses are allowed only around a division name placed after the "
                                   "trade name, or in the organisational form of a partnership or branch."));

    if (parts.division.isEmpty() && !isBranch)
        return RuleResult::fail(tr("The name must begin with its administrative division (province, city or "
                                   "county), or give it in parentheses after the trade name."));

    if (const RuleResult trade = checkTradeName(parts); !trade)
        return trade;

    const bool industryRequired = !isBranch && type.codeCategory != u'2';
    if (industryRequired && parts.industry.isEmpty())
        return RuleResult::fail(tr("The name has no industry after the trade name %1; add one such as %2.")
                                    .arg(quoted(parts.tradeName), QStringLiteral("商贸、科技、餐饮管理")));
    return RuleResult::pass();
}

} // namespace ow::core
