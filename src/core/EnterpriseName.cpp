#include "EnterpriseName.h"

#include "CoreSupport.h"
#include "Divisions.h"
#include "EntityType.h"
#include "NameSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <functional>

namespace ow::core {

Q_LOGGING_CATEGORY(lcNames, "onewindow.core.names")

namespace detail::names {
namespace {

constexpr int MaxDivisionLevels = 3; // 山西省 + 太原市 + 小店区

QStringList longestFirst(QStringList list)
{
    list.removeDuplicates();
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    return list;
}

} // namespace

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
        QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("有限公司"),
        QStringLiteral("股份公司"),     QStringLiteral("公司"),         QStringLiteral("普通合伙企业"),
        QStringLiteral("有限合伙企业"), QStringLiteral("合伙企业"),     QStringLiteral("农民专业合作社"),
        QStringLiteral("专业合作社"),   QStringLiteral("合作社"),       QStringLiteral("联合社"),
        QStringLiteral("个人独资企业"), QStringLiteral("经营部"),       QStringLiteral("门市部"),
        QStringLiteral("服务部"),       QStringLiteral("工作室"),       QStringLiteral("事务所"),
        QStringLiteral("中心"),         QStringLiteral("商行"),         QStringLiteral("超市"),
        QStringLiteral("厂"),           QStringLiteral("店"),           QStringLiteral("馆"),
        QStringLiteral("部"),           QStringLiteral("行"),           QStringLiteral("坊"),
        QStringLiteral("社"),           QStringLiteral("室"),           QStringLiteral("所"),
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
                                     QStringLiteral("有限公司"), QStringLiteral("股份公司"),
                                     QStringLiteral("公司")};
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

bool formMatches(const QString &parsedForm, const QString &allowed)
{
    if (parsedForm == allowed)
        return true;
    if (allowed.startsWith(OpenParen) || allowed == branchForm())
        return parsedForm.endsWith(allowed);
    return false;
}

namespace {

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

} // namespace
} // namespace detail::names

NameParts EnterpriseName::parse(const QString &name)
{
    using namespace detail::names;
    NameParts parts;
    const QString n = normalised(name);
    if (n.isEmpty())
        return parts;
    if (parseBranch(n, parts))
        return parts;
    parseStem(parseForm(n, parts), parts);
    return parts;
}

} // namespace ow::core
