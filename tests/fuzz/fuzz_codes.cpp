// The code and name parsers of src/core on arbitrary text: unified social credit codes, resident
// ID numbers, enterprise names (for every entity type) and the field rules beside them.
// Properties: a valid credit code re-composes to itself, a composed one validates; a valid ID
// number has its check character and a real birth date; a name's parts never hold more than the
// name, and a valid name stays valid however its parentheses and outer spaces are written; an
// amount that parses formats back to the same amount.

#include "FuzzSupport.h"
#include "core/Divisions.h"
#include "core/EnterpriseName.h"
#include "core/EntityType.h"
#include "core/FieldRules.h"
#include "core/ResidentId.h"
#include "core/UsccCode.h"

#include <QDate>
#include <QtEndian>

#include <cstring>

using namespace ow::core;

namespace {

const QDate Today(2026, 11, 26); // fixed, so that an input means the same on every run

void checkRule(const RuleResult &result, const char *rule)
{
    OW_FUZZ_CHECK(result.valid == result.reason.isEmpty(), QStringLiteral("%1: valid %2 with reason '%3'")
                                                               .arg(QLatin1String(rule))
                                                               .arg(result.valid)
                                                               .arg(result.reason));
}

void checkUscc(const QString &code)
{
    const RuleResult result = UsccCode::validate(code);
    checkRule(result, "UsccCode::validate");
    if (code.size() != UsccCode::Length)
        return;
    const QString composed = UsccCode::compose(code.at(0), code.at(1), code.mid(2, 6), code.mid(8, 8));
    if (!composed.isEmpty())
        OW_FUZZ_CHECK(UsccCode::validate(composed).valid,
                      QStringLiteral("composed %1 from %2 does not validate").arg(composed, code));
    if (!result.valid)
        return;
    // A valid code keeps the division it was issued under, which may be gone from today's list;
    // compose issues codes, so only under divisions that exist.
    OW_FUZZ_CHECK(composed == code || (composed.isEmpty() && !Divisions::instance().exists(code.mid(2, 6))),
                  QStringLiteral("valid %1 re-composes to '%2'").arg(code, composed));
    OW_FUZZ_CHECK(UsccCode::checkCharacter(QStringView(code).left(17)) == code.at(17), code);
    OW_FUZZ_CHECK(UsccCode::organisationCheck(QStringView(code).mid(8, 8)) == code.at(16), code);
    OW_FUZZ_CHECK(!UsccCode::validate(code.toLower()).valid || code == code.toLower(), code);
}

void checkResidentId(const QString &number)
{
    const RuleResult result = ResidentId::validate(number, Today);
    checkRule(result, "ResidentId::validate");
    const QChar check = ResidentId::checkCharacter(QStringView(number).left(17));
    OW_FUZZ_CHECK(check.isNull() || QStringLiteral("0123456789X").contains(check), number);
    if (!result.valid)
        return;
    OW_FUZZ_CHECK(number.size() == 18, number);
    OW_FUZZ_CHECK(check == number.at(17).toUpper(), number);
    const QDate birth = ResidentId::birthDate(number);
    OW_FUZZ_CHECK(birth.isValid() && birth >= QDate(1900, 1, 1) && birth <= Today,
                  number + QStringLiteral(" born ") + birth.toString(Qt::ISODate));
    OW_FUZZ_CHECK(ResidentId::isMale(number) == ((number.at(16).unicode() - u'0') % 2 == 1), number);
    OW_FUZZ_CHECK(ResidentId::validate(number.toUpper(), Today).valid, number);
}

int ucs4Length(const QString &s)
{
    return int(s.toUcs4().size());
}

void checkName(const QString &name)
{
    const NameParts parts = EnterpriseName::parse(name);
    const qsizetype partsSize =
        parts.division.size() + parts.tradeName.size() + parts.industry.size() + parts.form.size();
    OW_FUZZ_CHECK(partsSize <= name.trimmed().size(),
                  QStringLiteral("parts of '%1' are longer: %2|%3|%4|%5")
                      .arg(name, parts.division, parts.tradeName, parts.industry, parts.form));

    QString asciiParentheses = name;
    asciiParentheses.replace(u'（', u'(').replace(u'）', u')');
    const QString spaced = QStringLiteral(" ") + name + QStringLiteral("\t");
    for (const EntityType &type : EntityTypeCatalog::instance().types()) {
        const RuleResult result = EnterpriseName::validate(name, type);
        checkRule(result, "EnterpriseName::validate");
        if (!result.valid || name.trimmed().isEmpty())
            continue;
        const int trade = ucs4Length(parts.tradeName);
        // Two or more characters, no upper limit (name rules 2020, art. 8).
        OW_FUZZ_CHECK(
            trade >= 2,
            QStringLiteral("valid %1 (%2) has trade name '%3'").arg(name, type.id, parts.tradeName));
        OW_FUZZ_CHECK(EnterpriseName::validate(asciiParentheses, type).valid, name + u' ' + type.id);
        OW_FUZZ_CHECK(EnterpriseName::validate(spaced, type).valid, name + u' ' + type.id);
    }
}

void checkAmounts(const QString &text, const QByteArray &raw)
{
    const std::optional<Yuan> parsed = FieldRules::parseWanYuan(text);
    if (parsed) {
        OW_FUZZ_CHECK(*parsed >= 0, text);
        const QString formatted = FieldRules::formatWanYuan(*parsed);
        OW_FUZZ_CHECK(
            FieldRules::parseWanYuan(formatted) == parsed,
            QStringLiteral("'%1' is %2 yuan, formatted '%3'").arg(text).arg(*parsed).arg(formatted));
    }
    const RuleResult amount = FieldRules::amountWanYuan(text);
    checkRule(amount, "FieldRules::amountWanYuan");
    OW_FUZZ_CHECK(!amount.valid || (parsed && *parsed > 0), text);

    // Any whole number of yuan up to the form's limit formats to text that parses back to it.
    if (raw.size() >= 8) {
        qint64 yuan = 0;
        std::memcpy(&yuan, raw.constData(), sizeof yuan);
        yuan = qFromLittleEndian(yuan);
        const QString formatted = FieldRules::formatWanYuan(yuan);
        if (yuan >= 0 && yuan / 10000 < Yuan(100000000000000))
            OW_FUZZ_CHECK(FieldRules::parseWanYuan(formatted) == yuan,
                          QStringLiteral("%1 yuan formats to '%2'").arg(yuan).arg(formatted));
        else
            OW_FUZZ_CHECK(!formatted.isEmpty(), QString::number(yuan));
    }
}

void checkFields(const QString &text)
{
    checkRule(FieldRules::phone(text), "FieldRules::phone");
    checkRule(FieldRules::personName(text), "FieldRules::personName");
    checkRule(FieldRules::postalCode(text), "FieldRules::postalCode");
    checkRule(FieldRules::domicile(text), "FieldRules::domicile");
    checkRule(FieldRules::businessScope(text), "FieldRules::businessScope");
    const QList<LicensedScopeItem> licensed = FieldRules::licensedScopeDetails(text);
    for (const LicensedScopeItem &item : licensed) {
        OW_FUZZ_CHECK(!item.item.isEmpty() && !item.licence.isEmpty() && text.contains(item.item),
                      QStringLiteral("licensed item '%1' of '%2'").arg(item.item, text));
    }
    OW_FUZZ_CHECK(FieldRules::licensedScopeItems(text).size() <= licensed.size(), text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ow::fuzz::initialise();
    const QByteArray raw = ow::fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(raw);
    checkUscc(text);
    checkResidentId(text);
    checkName(text);
    checkAmounts(text, raw);
    checkFields(text);
    return 0;
}
