// EnterpriseName::validate and the rules it applies, after the 2020 name rules (企业名称登记管理规定,
// 国务院令第734号) and the company law; docs/name-rules.md lists each rule with its article.
#include "Authority.h"
#include "CoreSupport.h"
#include "Divisions.h"
#include "EnterpriseName.h"
#include "EntityType.h"
#include "NameSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace ow::core {

using namespace detail::names;
using detail::quoted;

namespace {

constexpr int MaxSegments = 3; // 山西省 + 太原市 + 小店区

QString examples()
{
    return QStringLiteral("商贸、科技、餐饮管理");
}

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
        if (c == OpenParen) {
            if (++depth > 1)
                return RuleResult::fail(
                    EnterpriseName::tr("Parentheses may not be nested (position %1).").arg(position));
            continue;
        }
        if (c == CloseParen) {
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

// A province's or the State's registry (XX0000, 100000): the level that registers names without a
// division or an industry (art. 6).
bool registersWithoutDivision(const NameContext &context)
{
    const QString &a = context.authorityDivision;
    return a == QStringLiteral("100000") || Authority::isProvincial(a);
}

// Words the entity type never uses (个人独资企业: 有限, 公司), and 公司 in what is no company.
RuleResult checkForbiddenForms(const QString &n, const EntityType &type)
{
    for (const QString &word : type.nameForbids) {
        if (n.contains(word))
            return RuleResult::fail(EnterpriseName::tr("A %1 may not say %2 in its name (at position %3).")
                                        .arg(type.name, quoted(word))
                                        .arg(n.indexOf(word) + 1));
    }
    const QString company = QStringLiteral("公司");
    const bool typeIsCompany = std::any_of(type.nameForms.begin(), type.nameForms.end(),
                                           [&](const QString &f) { return f.contains(company); });
    if (!typeIsCompany && n.contains(company))
        return RuleResult::fail(EnterpriseName::tr("A %1 is not a company; its name may not contain %2.")
                                    .arg(type.name, company));
    return RuleResult::pass();
}

RuleResult checkForm(const NameParts &parts, const EntityType &type)
{
    const bool isBranch = type.nameForms.contains(branchForm());
    const bool formOk = std::any_of(type.nameForms.begin(), type.nameForms.end(),
                                    [&](const QString &f) { return formMatches(parts.form, f); });
    const QString allowedForms = type.nameForms.join(QStringLiteral(" / "));
    if (isBranch && parts.form == branchForm())
        return RuleResult::fail(
            EnterpriseName::tr("A branch's name starts with the full name of its company (ending in %1), "
                               "followed by the branch's place and %2.")
                .arg(QStringLiteral("有限公司"), branchForm()));
    if (formOk)
        return RuleResult::pass();
    if (parts.form.isEmpty())
        return RuleResult::fail(
            EnterpriseName::tr("The name must end with the organisational form of a %1: %2.")
                .arg(type.name, allowedForms));
    return RuleResult::fail(
        EnterpriseName::tr("A %1 cannot use the organisational form %2; its name must end "
                           "with %3.")
            .arg(type.name, parts.form, allowedForms));
}

// Where a segment of a division stands in the table: its canonical codes.
QStringList codesOf(const QString &segment)
{
    return Divisions::instance().codesNamed(segment);
}

// A 市辖区: a county-level 区 of a city (not a 林区 or 特区 under a province). Its city is the city
// (4 digits) or, for a municipality's districts (grouped under 市辖区), the province.
bool isCityDistrict(const Division &d)
{
    return d.code.size() == 6 && d.name.endsWith(u'区') && !d.name.endsWith(QStringLiteral("林区")) &&
           !d.name.endsWith(QStringLiteral("特区")) && d.parentCode.size() == 4 &&
           !Divisions::instance().name(d.parentCode + QStringLiteral("00")).isEmpty();
}

QString cityOfDistrict(const Division &d)
{
    const auto city = Divisions::instance().find(d.parentCode);
    if (city && city->name != QStringLiteral("市辖区"))
        return d.parentCode;
    return d.parentCode.left(2);
}

bool namesDivision(const QString &segment, const QString &code)
{
    return codesOf(segment).contains(code);
}

// Art. 7: a 市辖区 in a name goes with its city (太原市小店区, 北京海淀区), never alone.
RuleResult checkDistricts(const QStringList &segments, const QString &division)
{
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QStringList codes = codesOf(segments.at(i));
        for (const QString &code : codes) {
            const auto d = Divisions::instance().find(code);
            if (!d || !isCityDistrict(*d))
                continue;
            const QString city = cityOfDistrict(*d);
            if (i > 0 && namesDivision(segments.at(i - 1), city))
                return RuleResult::pass();
            if (codes.size() > 1)
                continue; // another county of that name may be no district
            return RuleResult::fail(
                EnterpriseName::tr("The division %1 names the city district %2 without its city: write %3 "
                                   "or the city alone.")
                    .arg(quoted(division), quoted(segments.at(i)),
                         quoted(Divisions::instance().name(city.size() == 2 ? city + QStringLiteral("0000")
                                                                            : city + QStringLiteral("00")) +
                                segments.at(i))));
        }
    }
    return RuleResult::pass();
}

// Art. 7: the division of the name is the domicile's province, city or county.
RuleResult checkDomicile(const QStringList &segments, const QString &domicile)
{
    if (!Divisions::instance().exists(domicile))
        return RuleResult::pass(); // the domicile's own field says what is wrong with it
    for (const QString &segment : segments) {
        const QStringList codes = codesOf(segment);
        const bool ours = std::any_of(codes.begin(), codes.end(), [&](const QString &code) {
            return domicile.startsWith(code) && (code.size() == 6 || code.size() == 4 || code.size() == 2);
        });
        if (!ours)
            return RuleResult::fail(
                EnterpriseName::tr("The division %1 in the name is not where the domicile is (%2): a name "
                                   "may use the domicile's province, city or county only.")
                    .arg(quoted(segment), Divisions::instance().fullName(domicile)));
    }
    return RuleResult::pass();
}

RuleResult checkDivision(const NameParts &parts, const EntityType &type, const NameContext &context)
{
    const bool isBranch = type.nameForms.contains(branchForm());
    if (parts.division.isEmpty()) {
        if (isBranch || registersWithoutDivision(context))
            return RuleResult::pass();
        return RuleResult::fail(EnterpriseName::tr(
            "The name must begin with its administrative division (province, city or county), or give it "
            "in parentheses after the trade name; only a province's or the State's registry registers a "
            "name without one."));
    }
    const QStringList segments = EnterpriseName::divisionSegments(parts.division);
    if (const RuleResult districts = checkDistricts(segments, parts.division); !districts)
        return districts;
    if (!isBranch && !context.domicileDivision.isEmpty())
        return checkDomicile(segments, context.domicileDivision.trimmed());
    return RuleResult::pass();
}

// The 市辖区 of a city (4 digits; a municipality's are under its 市辖区, XX01) whose names have three or
// more characters, each with its short form (小店区: 小店), in code order: made once from the table.
struct ShortDistrict
{
    QString shortName;
    QString name;
};

const QList<ShortDistrict> &shortDistrictsOf(const QString &city)
{
    static const QHash<QString, QList<ShortDistrict>> table = [] {
        QHash<QString, QList<ShortDistrict>> byCity;
        const Divisions &divisions = Divisions::instance();
        for (const Division &province : divisions.provinces()) {
            for (const Division &parent : divisions.children(province.code)) {
                if (parent.code.size() != 4)
                    continue;
                for (const Division &d : divisions.children(parent.code)) {
                    if (isCityDistrict(d) && d.name.size() >= 3)
                        byCity[parent.code].append({d.name.chopped(1), d.name});
                }
            }
        }
        return byCity;
    }();
    static const QList<ShortDistrict> none;
    const auto it = table.constFind(city);
    return it == table.cend() ? none : *it;
}

// A city's district written short at the start of the 字号 (太原小店鑫源…: 小店 is 小店区).
QString districtShortFormLeading(const NameParts &parts)
{
    const QStringList segments = EnterpriseName::divisionSegments(parts.division);
    if (segments.isEmpty())
        return {};
    for (const QString &city : codesOf(segments.last())) {
        // A city's districts, or a municipality's (grouped under its 市辖区, XX01).
        const QString parent = city.size() == 2 ? city + QStringLiteral("01") : city;
        const auto grouping = Divisions::instance().find(parent);
        if (parent.size() != 4 ||
            (city.size() == 2 && (!grouping || grouping->name != QStringLiteral("市辖区"))))
            continue;
        for (const ShortDistrict &d : shortDistrictsOf(parent)) {
            if (parts.tradeName.startsWith(d.shortName))
                return d.name;
        }
    }
    return {};
}

bool isIndustryOrFormWord(const QString &word)
{
    return industries().contains(word) || organisationalForms().contains(word) || word == branchForm() ||
           word == QStringLiteral("企业") || word == QStringLiteral("集团");
}

// Art. 8: two or more Chinese characters; no division, industry or form word as the 字号.
RuleResult checkTradeName(const NameParts &parts)
{
    const int tradeLength = length(parts.tradeName);
    if (tradeLength == 0)
        return RuleResult::fail(
            EnterpriseName::tr("The name has no trade name: put two or more Chinese characters between the "
                               "division and the industry."));
    if (tradeLength < 2)
        return RuleResult::fail(
            EnterpriseName::tr("The trade name %1 has 1 character; it must have two or more.")
                .arg(quoted(parts.tradeName)));
    if (Divisions::instance().isName(parts.tradeName))
        return RuleResult::fail(
            EnterpriseName::tr("The trade name %1 is the name of an administrative division; a division is "
                               "not a trade name.")
                .arg(quoted(parts.tradeName)));
    if (isIndustryOrFormWord(parts.tradeName))
        return RuleResult::fail(
            EnterpriseName::tr("The trade name %1 is an industry or organisational-form word; it does not "
                               "distinguish the enterprise.")
                .arg(quoted(parts.tradeName)));
    if (const QString district = districtShortFormLeading(parts); !district.isEmpty())
        return RuleResult::fail(
            EnterpriseName::tr("The trade name %1 starts with the city district %2 written short: write the "
                               "district in full after its city (%3) or leave it out.")
                .arg(quoted(parts.tradeName), quoted(district), quoted(parts.division + district)));
    return RuleResult::pass();
}

// Arts. 11 and 12: the prohibited words, from the data file.
RuleResult checkProhibited(const QString &n, const NameParts &parts)
{
    for (const ProhibitedWord &word : EnterpriseName::prohibitedWords()) {
        const qsizetype at = n.indexOf(word.word);
        if (at < 0)
            continue;
        const bool refused = word.anywhere || at == 0 || parts.tradeName.contains(word.word) ||
                             parts.division.contains(word.word) || !parts.industry.contains(word.word);
        if (!refused)
            continue;
        return RuleResult::fail(EnterpriseName::tr("The name may not use %1 (at position %2): %3 (%4).")
                                    .arg(quoted(word.word))
                                    .arg(at + 1)
                                    .arg(word.reason, word.basis));
    }
    return RuleResult::pass();
}

// Art. 6: an industry, unless a province's or the State's registry registers a name for business
// across industries; individual businesses and branches (whose company's name carries it) need none.
RuleResult checkIndustry(const NameParts &parts, const EntityType &type, const NameContext &context)
{
    const bool isBranch = type.nameForms.contains(branchForm());
    const bool industryRequired =
        !isBranch && type.codeCategory != u'2' && !registersWithoutDivision(context);
    if (industryRequired && parts.industry.isEmpty())
        return RuleResult::fail(
            EnterpriseName::tr("The name has no industry after the trade name %1; add one "
                               "such as %2.")
                .arg(quoted(parts.tradeName), examples()));
    return RuleResult::pass();
}

} // namespace

RuleResult EnterpriseName::validate(const QString &name, const EntityType &type, const NameContext &context)
{
    const QString n = normalised(name);
    if (n.isEmpty()) {
        if (type.nameMayBeEmpty)
            return RuleResult::pass();
        return RuleResult::fail(tr("Enter the proposed name."));
    }
    if (const RuleResult characters = checkCharacters(n); !characters)
        return characters;
    if (const RuleResult forbidden = checkForbiddenForms(n, type); !forbidden)
        return forbidden;

    const NameParts parts = parse(n);
    if (const RuleResult form = checkForm(parts, type); !form)
        return form;
    if (parts.tradeName.contains(OpenParen) || parts.tradeName.contains(CloseParen) ||
        parts.industry.contains(OpenParen) || parts.division.contains(OpenParen))
        return RuleResult::fail(tr("Parentheses are allowed only around a division name placed after the "
                                   "trade name, or in the organisational form of a partnership or branch."));
    if (const RuleResult prohibited = checkProhibited(n, parts); !prohibited)
        return prohibited;
    if (const RuleResult division = checkDivision(parts, type, context); !division)
        return division;
    if (const RuleResult trade = checkTradeName(parts); !trade)
        return trade;
    return checkIndustry(parts, type, context);
}

RuleResult EnterpriseName::checkBranchParent(const QString &branchName, const QString &parentName)
{
    const QString branch = normalised(branchName);
    const QString parent = normalised(parentName);
    if (parent.isEmpty() || branch.startsWith(parent))
        return RuleResult::pass();
    return RuleResult::fail(tr("A branch's name starts with its company's registered name %1; %2 does not.")
                                .arg(quoted(parent), quoted(branch)));
}

QStringList EnterpriseName::divisionSegments(const QString &division)
{
    const Divisions &divisions = Divisions::instance();
    QStringList found;
    std::function<bool(qsizetype, QStringList &)> walk = [&](qsizetype at, QStringList &segments) {
        if (at == division.size())
            return true;
        if (segments.size() == MaxSegments)
            return false;
        for (const qsizetype size : divisions.nameLengthsLongestFirst()) {
            if (at + size > division.size() || !divisions.isName(division.mid(at, size)))
                continue;
            segments.append(division.mid(at, size));
            if (walk(at + size, segments))
                return true;
            segments.removeLast();
        }
        return false;
    };
    QStringList segments;
    if (walk(0, segments))
        found = segments;
    return found;
}

QList<ProhibitedWord> EnterpriseName::prohibitedWordsFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QList<ProhibitedWord> words;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return words;
    }
    for (const QJsonValue &v : doc.object().value(QLatin1String("words")).toArray()) {
        const QJsonObject o = v.toObject();
        ProhibitedWord word;
        word.word = o.value(QLatin1String("word")).toString().trimmed();
        word.anywhere = o.value(QLatin1String("where")).toString() != QStringLiteral("leadOrTradeName");
        word.basis = o.value(QLatin1String("basis")).toString();
        word.reason = o.value(QLatin1String("reason")).toString();
        if (word.word.isEmpty() || word.reason.isEmpty()) {
            if (error)
                *error = QStringLiteral("entry %1 lacks its word or reason").arg(words.size() + 1);
            continue;
        }
        words.append(word);
    }
    std::stable_sort(words.begin(), words.end(), [](const ProhibitedWord &a, const ProhibitedWord &b) {
        return a.word.size() > b.word.size();
    });
    return words;
}

const QList<ProhibitedWord> &EnterpriseName::prohibitedWords()
{
    static const QList<ProhibitedWord> words = [] {
        QString error;
        QList<ProhibitedWord> list = prohibitedWordsFromJson(
            detail::readDataResource(QStringLiteral("prohibited_words.json")), &error);
        if (!error.isEmpty() || list.isEmpty())
            qCCritical(lcNames) << "embedded prohibited-word list is broken:" << error;
        return list;
    }();
    return words;
}

} // namespace ow::core
