#include "LicenceEssentials.h"

#include "core/CaseRecord.h"
#include "core/LicenceText.h"
#include "core/Limits.h"
#include "core/UsccCode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace ow::security {
namespace {

using core::LimitKind;
using core::LimitScope;
static_assert(LicenceEssentialsJson::MaxName ==
              core::limits::find(LimitScope::Form, "entity.name", LimitKind::Text));
static_assert(LicenceEssentialsJson::MaxDomicile ==
              core::limits::find(LimitScope::Form, "entity.domicile", LimitKind::Text));
static_assert(LicenceEssentialsJson::MaxLegalRepresentative ==
              core::limits::find(LimitScope::Form, "legalRep.name", LimitKind::Text));

const QString DateFormat = QStringLiteral("yyyy-MM-dd");

// One text member: its key, where it lives, its bound and whether it may be empty.
struct TextField
{
    const char *key;
    QString LicenceEssentials::*member;
    int max;
    bool required;
};

const TextField TextFields[] = {
    {"creditCode", &LicenceEssentials::creditCode, LicenceEssentialsJson::MaxCreditCode, true},
    {"name", &LicenceEssentials::name, LicenceEssentialsJson::MaxName, true},
    {"entityType", &LicenceEssentials::entityType, LicenceEssentialsJson::MaxEntityType, true},
    {"legalRepresentative", &LicenceEssentials::legalRepresentative,
     LicenceEssentialsJson::MaxLegalRepresentative, true},
    {"registeredCapital", &LicenceEssentials::registeredCapital, LicenceEssentialsJson::MaxRegisteredCapital,
     false},
    {"domicile", &LicenceEssentials::domicile, LicenceEssentialsJson::MaxDomicile, true},
    {"authorityName", &LicenceEssentials::authorityName, LicenceEssentialsJson::MaxAuthorityName, true},
    {"sheetNumber", &LicenceEssentials::sheetNumber, LicenceEssentialsJson::MaxSheetNumber, false},
};

struct DateField
{
    const char *key;
    QDate LicenceEssentials::*member;
};

const DateField DateFields[] = {
    {"establishedOn", &LicenceEssentials::establishedOn},
    {"issuedOn", &LicenceEssentials::issuedOn},
};

const char *const ProvisionalKey = "provisional";
const char *const VersionKey = "v";
constexpr int KeyCount = int(std::size(TextFields) + std::size(DateFields)) + 2;

// Control characters (C0, DEL, C1), line and paragraph separators, lone surrogates and NUL: none
// belongs on a licence, and a verifier prints these texts.
bool isPrintableText(const QString &text)
{
    if (!text.isValidUtf16()) {
        return false;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029) {
            return false;
        }
    }
    return true;
}

Error invalid(const QString &field, const QString &message)
{
    return Error{QStringLiteral("seal.invalid_essentials"), message, field};
}

Error malformed(const QString &message)
{
    return Error{QStringLiteral("seal.malformed"), message, {}};
}

bool validDate(const QDate &date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 9999;
}

// A date written exactly as yyyy-MM-dd, or an invalid date.
QDate readDate(const QJsonValue &value)
{
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, DateFormat);
    return text.size() == 10 && validDate(date) && date.toString(DateFormat) == text ? date : QDate();
}

} // namespace

QByteArray LicenceEssentialsJson::write(const LicenceEssentials &essentials)
{
    // QJsonObject keeps its keys sorted, and Compact writes no spaces: one byte string per licence.
    QJsonObject object;
    for (const TextField &field : TextFields) {
        object.insert(QLatin1StringView(field.key), essentials.*field.member);
    }
    for (const DateField &field : DateFields) {
        object.insert(QLatin1StringView(field.key), (essentials.*field.member).toString(DateFormat));
    }
    object.insert(QLatin1StringView(ProvisionalKey), essentials.provisional);
    object.insert(QLatin1StringView(VersionKey), FormatVersion);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<void> LicenceEssentialsJson::check(const LicenceEssentials &essentials)
{
    for (const TextField &field : TextFields) {
        const QString &text = essentials.*field.member;
        const QString key = QLatin1StringView(field.key);
        if (field.required && text.trimmed().isEmpty()) {
            return invalid(key, tr("The licence's %1 is missing.").arg(key));
        }
        if (text.size() > field.max) {
            return invalid(key, tr("The licence's %1 has %2 characters; at most %3 are allowed.")
                                    .arg(key)
                                    .arg(text.size())
                                    .arg(field.max));
        }
        if (!isPrintableText(text)) {
            return invalid(key,
                           tr("The licence's %1 holds a control character or is not valid text.").arg(key));
        }
    }
    if (const core::RuleResult code = core::UsccCode::validate(essentials.creditCode); !code) {
        return invalid(QStringLiteral("creditCode"),
                       tr("The licence's credit code is not valid: %1").arg(code.reason));
    }
    for (const DateField &field : DateFields) {
        if (!validDate(essentials.*field.member)) {
            const QString key = QLatin1StringView(field.key);
            return invalid(key, tr("The licence's %1 is not a date from 1900 to 9999.").arg(key));
        }
    }
    if (essentials.establishedOn > essentials.issuedOn) {
        return invalid(QStringLiteral("establishedOn"),
                       tr("The licence is dated %1, before the enterprise was established (%2).")
                           .arg(essentials.issuedOn.toString(DateFormat),
                                essentials.establishedOn.toString(DateFormat)));
    }
    return {};
}

Result<LicenceEssentials> LicenceEssentialsJson::read(const QByteArray &json)
{
    if (json.isEmpty() || json.size() > MaxJsonBytes) {
        return malformed(tr("The licence's data is empty or longer than %1 bytes.").arg(MaxJsonBytes));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return malformed(tr("The licence's data is not a JSON object."));
    }
    const QJsonObject object = document.object();
    const QJsonValue version = object.value(QLatin1StringView(VersionKey));
    if (!version.isDouble() || version.toDouble() != FormatVersion) {
        return malformed(tr("The licence's data is not of format version %1.").arg(FormatVersion));
    }
    if (object.size() != KeyCount) {
        return malformed(
            tr("The licence's data has %1 members instead of %2.").arg(object.size()).arg(KeyCount));
    }
    LicenceEssentials essentials;
    for (const TextField &field : TextFields) {
        const QJsonValue value = object.value(QLatin1StringView(field.key));
        if (!value.isString()) {
            return malformed(tr("The licence's data has no text %1.").arg(QLatin1StringView(field.key)));
        }
        essentials.*field.member = value.toString();
    }
    for (const DateField &field : DateFields) {
        essentials.*field.member = readDate(object.value(QLatin1StringView(field.key)));
        if (!(essentials.*field.member).isValid()) {
            return malformed(tr("The licence's %1 is not a date written as yyyy-MM-dd.")
                                 .arg(QLatin1StringView(field.key)));
        }
    }
    const QJsonValue provisional = object.value(QLatin1StringView(ProvisionalKey));
    if (!provisional.isBool()) {
        return malformed(tr("The licence's data does not say whether it is provisional."));
    }
    essentials.provisional = provisional.toBool();
    if (auto checked = check(essentials); !checked) {
        return malformed(checked.error().message);
    }
    // One signed form per licence: other spellings of the same object (spaces, key order, escapes)
    // are not this format.
    if (write(essentials) != json) {
        return malformed(tr("The licence's data is not in its canonical form."));
    }
    return essentials;
}

LicenceEssentials essentialsOfCase(const core::CaseRecord &record)
{
    const core::LicenceText::Texts texts = core::LicenceText::of(record);
    LicenceEssentials essentials;
    essentials.creditCode = record.creditCode;
    essentials.name = record.form.proposedName;
    essentials.entityType = texts.typeName;
    essentials.legalRepresentative = record.form.legalRep.name;
    essentials.registeredCapital = texts.capital;
    essentials.establishedOn = texts.establishedOn;
    essentials.domicile = record.form.domicile;
    essentials.authorityName = texts.authorityName;
    essentials.issuedOn = texts.establishedOn;
    return essentials;
}

} // namespace ow::security
