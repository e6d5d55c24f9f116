#include "UsccCode.h"

#include "CoreSupport.h"
#include "Divisions.h"

#include <algorithm>
#include <array>

namespace ow::core {
namespace {

// GB 32100-2015 appendix A: registration departments (position 1) and the entity categories
// (position 2) each may use.
struct Department
{
    char16_t code;
    const char16_t *categories;
};

constexpr std::array<Department, 12> Departments{{
    {u'1', u"1239"},   // 机构编制: 机关, 事业单位, 群众团体, 其他
    {u'2', u"19"},     // 外交: 外国常驻新闻机构, 其他
    {u'3', u"123459"}, // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
    {u'4', u"19"},     // 文化: 外国在华文化中心, 其他
    {u'5', u"1239"},   // 民政: 社会团体, 民办非企业单位, 基金会, 其他
    {u'6', u"129"},    // 旅游: 外国及港澳台旅游部门常驻代表机构, 其他
    {u'7', u"129"},    // 宗教: 宗教活动场所, 宗教院校, 其他
    {u'8', u"19"},     // 工会: 基层工会, 其他
    {u'9', u"123"},    // 工商 / 市场监管: 企业, 个体工商户, 农民专业合作社
    {u'A', u"19"},     // 中央军委改革和编制办公室: 军队事业单位, 其他
    {u'N', u"1239"},   // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
    {u'Y', u"1"},      // 其他
}};

const Department *department(QChar c)
{
    for (const Department &d : Departments) {
        if (d.code == c.unicode())
            return &d;
    }
    return nullptr;
}

bool categoryAllowed(const Department &d, QChar category)
{
    for (const char16_t *p = d.categories; *p; ++p) {
        if (*p == category.unicode())
            return true;
    }
    return false;
}

QString allowedCategories(const Department &d)
{
    QStringList list;
    for (const char16_t *p = d.categories; *p; ++p)
        list.append(QString(QChar(*p)));
    return list.join(QStringLiteral(", "));
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// GB 11714: a digit or an upper-case Latin letter; value digit, or letter − 55 (A = 10).
int organisationValue(QChar c)
{
    if (isDigit(c))
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - 55;
    return -1;
}

QString quoted(QChar c)
{
    return detail::quoted(QString(c));
}

} // namespace

const QString &UsccCode::alphabet()
{
    static const QString set = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return set;
}

QChar UsccCode::organisationCheck(QStringView body8)
{
    static constexpr std::array<int, 8> Weights{3, 7, 9, 10, 5, 8, 4, 2};
    if (body8.size() != 8)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        const int v = organisationValue(body8[i]);
        if (v < 0)
            return {};
        sum += v * Weights[size_t(i)];
    }
    const int r = 11 - sum % 11;
    if (r == 10)
        return QLatin1Char('X');
    if (r == 11)
        return QLatin1Char('0');
    return QChar(char16_t(u'0' + r));
}

QChar UsccCode::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    const QString &set = alphabet();
    int sum = 0;
    int weight = 1; // 3^(i-1) mod 31
    for (qsizetype i = 0; i < 17; ++i) {
        const qsizetype v = set.indexOf(first17[i]);
        if (v < 0)
            return {};
        sum += int(v) * weight;
        weight = weight * 3 % 31;
    }
    return set.at((31 - sum % 31) % 31);
}

RuleResult UsccCode::validate(const QString &code)
{
    if (code.isEmpty())
        return RuleResult::fail(tr("Enter the unified social credit code (18 characters)."));
    if (code.size() != Length)
        return RuleResult::fail(
            tr("A unified social credit code has 18 characters; this one has %1.").arg(code.size()));

    const QString &set = alphabet();
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (set.contains(c))
            continue;
        const int position = int(i) + 1;
        if (c.isSpace())
            return RuleResult::fail(tr("Remove the space at position %1.").arg(position));
        if (c.isLower() && set.contains(c.toUpper()))
            return RuleResult::fail(
                tr("The letter %1 at position %2 must be upper case.").arg(quoted(c)).arg(position));
        const QChar upper = c.toUpper();
        if (upper == u'I' || upper == u'O' || upper == u'Z' || upper == u'S' || upper == u'V')
            return RuleResult::fail(tr("The letter %1 at position %2 never appears in a credit code "
                                       "(I, O, Z, S and V are not used; check for 1, 0, 2, 5 or U).")
                                        .arg(quoted(c))
                                        .arg(position));
        return RuleResult::fail(tr("The character %1 at position %2 is not allowed; a credit code has only "
                                   "digits and the upper-case letters %3.")
                                    .arg(quoted(c))
                                    .arg(position)
                                    .arg(QStringLiteral("ABCDEFGHJKLMNPQRTUWXY")));
    }

    const Department *dept = department(code.at(0));
    if (!dept)
        return RuleResult::fail(
            tr("Position 1 (%1) is not a registration department code; market registration uses 9.")
                .arg(quoted(code.at(0))));
    if (!categoryAllowed(*dept, code.at(1)))
        return RuleResult::fail(
            tr("Position 2 (%1) is not an entity category of department %2; it must be one of %3.")
                .arg(quoted(code.at(1)), quoted(code.at(0)), allowedCategories(*dept)));

    const QString division = code.mid(2, 6);
    for (qsizetype i = 0; i < division.size(); ++i) {
        if (!isDigit(division.at(i)))
            return RuleResult::fail(
                tr("Positions 3 to 8 are a division code of digits only; position %1 is %2.")
                    .arg(int(i) + 3)
                    .arg(quoted(division.at(i))));
    }
    // A code keeps the division it was issued under, and divisions are renumbered (counties merged
    // into districts, new districts): only the province, which does not change, is checked here;
    // the two checks below catch a mistyped division.
    if (!Divisions::instance().exists(division.left(2) + u"0000"))
        return RuleResult::fail(
            tr("Positions 3 and 4 (%1) of the division code %2 are not a province's code.")
                .arg(division.left(2), division));

    const QChar orgCheck = organisationCheck(QStringView(code).mid(8, 8));
    if (orgCheck != code.at(16))
        return RuleResult::fail(
            tr("The organisation code in positions 9 to 17 does not check out: a character of it is "
               "probably mistyped. Compare the code with the licence, character by character."));

    const QChar check = checkCharacter(QStringView(code).left(17));
    if (check != code.at(17))
        return RuleResult::fail(tr("The code does not check out: a character of it is probably mistyped. "
                                   "Compare it with the licence, character by character."));
    return RuleResult::pass();
}

QString UsccCode::compose(QChar department_, QChar category, const QString &division, const QString &body8)
{
    const Department *dept = department(department_);
    if (!dept || !categoryAllowed(*dept, category) || division.size() != 6 ||
        !std::all_of(division.begin(), division.end(), isDigit) || !Divisions::instance().exists(division) ||
        body8.size() != 8)
        return {};
    const QString &set = alphabet();
    for (const QChar c : body8) {
        if (!set.contains(c))
            return {};
    }
    const QChar orgCheck = organisationCheck(body8);
    if (orgCheck.isNull())
        return {};
    const QString first17 = QString(department_) + QString(category) + division + body8 + QString(orgCheck);
    const QChar check = checkCharacter(first17);
    if (check.isNull())
        return {};
    return first17 + QString(check);
}

QString UsccCode::serialBody(quint64 serial)
{
    if (serial == 0 || serial >= SerialLimit)
        return {};
    const QString &set = alphabet();
    QString body(8, u'0');
    body[0] = u'M';
    body[1] = u'A';
    for (qsizetype i = 7; i >= 2; --i) {
        body[i] = set.at(qsizetype(serial % 31));
        serial /= 31;
    }
    return body;
}

} // namespace ow::core
