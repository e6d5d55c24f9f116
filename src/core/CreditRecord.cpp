#include "CreditRecord.h"

#include "Authority.h"
#include "FieldRules.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <array>
#include <tuple>

namespace ow::core {
namespace {

struct KindName
{
    CreditRecordKind kind;
    const char *key;
    const char *label;
};

constexpr std::array RecordKinds{
    KindName{CreditRecordKind::Licence, "licence",
             QT_TRANSLATE_NOOP("CreditRecords", "Administrative licence")},
    KindName{CreditRecordKind::Penalty, "penalty",
             QT_TRANSLATE_NOOP("CreditRecords", "Administrative penalty")},
    KindName{CreditRecordKind::Performance, "performance", QT_TRANSLATE_NOOP("CreditRecords", "Performance")},
    KindName{CreditRecordKind::Other, "other", QT_TRANSLATE_NOOP("CreditRecords", "Other information")},
};

struct DepartmentKindName
{
    DepartmentKind kind;
    const char *key;
};

constexpr std::array DepartmentKinds{
    DepartmentKindName{DepartmentKind::Tax, "tax"},
    DepartmentKindName{DepartmentKind::SocialSecurity, "social_security"},
    DepartmentKindName{DepartmentKind::Statistics, "statistics"},
    DepartmentKindName{DepartmentKind::Licensing, "licensing"},
};

// The JSON keys of a record and a claim (docs/protocol.md, "Departments").
namespace k {
constexpr QLatin1StringView Id{"id"};
constexpr QLatin1StringView Department{"department"};
constexpr QLatin1StringView DepartmentName{"departmentName"};
constexpr QLatin1StringView CreditCode{"creditCode"};
constexpr QLatin1StringView EntityName{"entityName"};
constexpr QLatin1StringView Kind{"kind"};
constexpr QLatin1StringView Number{"number"};
constexpr QLatin1StringView Item{"item"};
constexpr QLatin1StringView Facts{"facts"};
constexpr QLatin1StringView Basis{"basis"};
constexpr QLatin1StringView Penalty{"penalty"};
constexpr QLatin1StringView Title{"title"};
constexpr QLatin1StringView Content{"content"};
constexpr QLatin1StringView Date{"date"};
constexpr QLatin1StringView ValidTo{"validTo"};
constexpr QLatin1StringView RecordedAt{"recordedAt"};
constexpr QLatin1StringView ClaimedAt{"claimedAt"};
} // namespace k

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A date as sent: "" or absent is none; anything else must be one.
bool dateOf(const QJsonValue &value, QDate *date)
{
    if (value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return true;
    if (!value.isString())
        return false;
    *date = QDate::fromString(value.toString(), Qt::ISODate);
    return date->isValid();
}

// Absent, or a string of at most `max` characters.
bool fits(const QJsonObject &json, QLatin1StringView key, int max)
{
    const QJsonValue value = json.value(key);
    return value.isUndefined() || (value.isString() && value.toString().size() <= max);
}

QString text(const QJsonObject &json, QLatin1StringView key)
{
    return json.value(key).toString();
}

// The first field over its bound or missing for the record's kind, as (field, problem).
QString missing(QLatin1StringView field, QString *out)
{
    if (out)
        *out = field;
    return CreditRecords::tr("%1 is required.").arg(field);
}

QString tooLong(QLatin1StringView field, int max, QString *out)
{
    if (out)
        *out = field;
    return CreditRecords::tr("%1 has more than %2 characters.").arg(field).arg(max);
}

} // namespace

QString CreditRecords::kindKey(CreditRecordKind kind)
{
    for (const KindName &n : RecordKinds) {
        if (n.kind == kind)
            return QLatin1String(n.key);
    }
    return {};
}

std::optional<CreditRecordKind> CreditRecords::kindFromKey(const QString &key)
{
    for (const KindName &n : RecordKinds) {
        if (key == QLatin1String(n.key))
            return n.kind;
    }
    return std::nullopt;
}

QString CreditRecords::kindLabel(CreditRecordKind kind)
{
    for (const KindName &n : RecordKinds) {
        if (n.kind == kind)
            return tr(n.label);
    }
    return {};
}

QString CreditRecords::departmentKindKey(DepartmentKind kind)
{
    for (const DepartmentKindName &n : DepartmentKinds) {
        if (n.kind == kind)
            return QLatin1String(n.key);
    }
    return {};
}

std::optional<DepartmentKind> CreditRecords::departmentKindFromKey(const QString &key)
{
    for (const DepartmentKindName &n : DepartmentKinds) {
        if (key == QLatin1String(n.key))
            return n.kind;
    }
    return std::nullopt;
}

bool CreditRecords::isValidDepartmentCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9-]{1,31}$"));
    return pattern.match(code).hasMatch();
}

bool CreditRecords::isValidItemId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

QString CreditRecords::departmentProblem(const Department &d)
{
    if (!isValidDepartmentCode(d.code))
        return tr("\"%1\" is not a department code: 2 to 32 capital letters, digits or '-', starting with a "
                  "letter.")
            .arg(d.code);
    if (d.name.trimmed().isEmpty() || d.name.size() > MaxName)
        return tr("A department needs a name of at most %1 characters.").arg(MaxName);
    if (d.kinds.isEmpty())
        return tr("A department needs at least one kind: tax, social_security, statistics or licensing.");
    if (!Authority::isValid(d.authority))
        return tr("\"%1\" is not a registration authority.").arg(d.authority);
    const bool licensing = d.kinds.contains(DepartmentKind::Licensing);
    if (licensing != !d.licences.isEmpty())
        return tr("A licensing department names the licences it grants (licensing:<licence>), and only it.");
    const QStringList known = FieldRules::licenceNames();
    for (const QString &licence : d.licences) {
        if (!known.contains(licence))
            return tr("\"%1\" is not a licence of the scope catalogue.").arg(licence);
    }
    return {};
}

QStringList CreditRecords::licensedItemsFor(const Department &department, const RegisteredEntity &entity)
{
    QStringList items;
    if (!department.kinds.contains(DepartmentKind::Licensing))
        return items;
    for (const LicensedScopeItem &licensed : FieldRules::licensedScopeDetails(entity.businessScope)) {
        if (department.licences.contains(licensed.licence))
            items.append(licensed.item + QStringLiteral(" (") + licensed.licence + QLatin1Char(')'));
    }
    return items;
}

bool CreditRecords::concerns(const Department &department, const RegisteredEntity &entity)
{
    if (!Authority::covers(department.authority, entity.authorityDivision))
        return false;
    for (DepartmentKind kind : department.kinds) {
        if (kind != DepartmentKind::Licensing)
            return true;
    }
    return !licensedItemsFor(department, entity).isEmpty();
}

QString CreditRecords::problem(const CreditRecord &r, const QDate &today, QString *field)
{
    if (!isValidItemId(r.id)) {
        if (field)
            *field = k::Id;
        return tr("id is the department's own id of the item: 1 to 64 of A-Z a-z 0-9 . _ : -");
    }
    const std::array<std::tuple<QLatin1StringView, const QString *, int>, 8> bounded{{
        {k::Number, &r.number, MaxNumber},
        {k::Item, &r.item, MaxItem},
        {k::Facts, &r.facts, MaxFacts},
        {k::Basis, &r.basis, MaxBasis},
        {k::Penalty, &r.penalty, MaxPenalty},
        {k::Title, &r.title, MaxTitle},
        {k::Content, &r.content, MaxContent},
        {k::EntityName, &r.entityName, MaxEntityName},
    }};
    for (const auto &[key, value, max] : bounded) {
        if (value->size() > max)
            return tooLong(key, max, field);
    }
    QList<std::pair<QLatin1StringView, const QString *>> required;
    switch (r.kind) {
    case CreditRecordKind::Licence:
        required = {{k::Number, &r.number}, {k::Item, &r.item}};
        break;
    case CreditRecordKind::Penalty:
        required = {
            {k::Number, &r.number}, {k::Facts, &r.facts}, {k::Basis, &r.basis}, {k::Penalty, &r.penalty}};
        break;
    case CreditRecordKind::Performance:
    case CreditRecordKind::Other:
        required = {{k::Title, &r.title}, {k::Content, &r.content}};
        break;
    }
    for (const auto &[key, value] : required) {
        if (value->trimmed().isEmpty())
            return missing(key, field);
    }
    if (!r.date.isValid())
        return missing(k::Date, field);
    if (r.date > today) {
        if (field)
            *field = k::Date;
        return tr("The date %1 is in the future.").arg(dateText(r.date));
    }
    if (r.validTo.isValid() && (r.kind != CreditRecordKind::Licence || r.validTo < r.date)) {
        if (field)
            *field = k::ValidTo;
        return tr("validTo is a licence's end, not before its start.");
    }
    return {};
}

QJsonObject CreditRecords::toJson(const CreditRecord &r)
{
    return {{k::Id, r.id},
            {k::Department, r.department},
            {k::DepartmentName, r.departmentName},
            {k::CreditCode, r.creditCode},
            {k::EntityName, r.entityName},
            {k::Kind, kindKey(r.kind)},
            {k::Number, r.number},
            {k::Item, r.item},
            {k::Facts, r.facts},
            {k::Basis, r.basis},
            {k::Penalty, r.penalty},
            {k::Title, r.title},
            {k::Content, r.content},
            {k::Date, dateText(r.date)},
            {k::ValidTo, dateText(r.validTo)},
            {k::RecordedAt, timeText(r.recordedAt)}};
}

std::optional<CreditRecord> CreditRecords::fromJson(const QJsonObject &json)
{
    if (!json.value(k::Id).isString() || !json.value(k::Kind).isString() ||
        !json.value(k::CreditCode).isString())
        return std::nullopt;
    const bool bounded = fits(json, k::Id, MaxId) && fits(json, k::Department, MaxCode) &&
                         fits(json, k::DepartmentName, MaxName) && fits(json, k::CreditCode, 18) &&
                         fits(json, k::EntityName, MaxEntityName) && fits(json, k::Number, MaxNumber) &&
                         fits(json, k::Item, MaxItem) && fits(json, k::Facts, MaxFacts) &&
                         fits(json, k::Basis, MaxBasis) && fits(json, k::Penalty, MaxPenalty) &&
                         fits(json, k::Title, MaxTitle) && fits(json, k::Content, MaxContent) &&
                         fits(json, k::RecordedAt, 40);
    const std::optional<CreditRecordKind> kind = kindFromKey(text(json, k::Kind));
    CreditRecord r;
    if (!bounded || !kind || !dateOf(json.value(k::Date), &r.date) ||
        !dateOf(json.value(k::ValidTo), &r.validTo))
        return std::nullopt;
    r.id = text(json, k::Id);
    r.department = text(json, k::Department);
    r.departmentName = text(json, k::DepartmentName);
    r.creditCode = text(json, k::CreditCode);
    r.entityName = text(json, k::EntityName);
    r.kind = *kind;
    r.number = text(json, k::Number);
    r.item = text(json, k::Item);
    r.facts = text(json, k::Facts);
    r.basis = text(json, k::Basis);
    r.penalty = text(json, k::Penalty);
    r.title = text(json, k::Title);
    r.content = text(json, k::Content);
    r.recordedAt = QDateTime::fromString(text(json, k::RecordedAt), Qt::ISODateWithMs).toUTC();
    return r;
}

QJsonObject CreditRecords::claimToJson(const DepartmentClaim &c)
{
    return {{k::Department, c.department},
            {k::DepartmentName, c.departmentName},
            {k::CreditCode, c.creditCode},
            {k::EntityName, c.entityName},
            {k::ClaimedAt, timeText(c.claimedAt)}};
}

std::optional<DepartmentClaim> CreditRecords::claimFromJson(const QJsonObject &json)
{
    if (!json.value(k::Department).isString() || !json.value(k::CreditCode).isString() ||
        !fits(json, k::Department, MaxCode) || !fits(json, k::DepartmentName, MaxName) ||
        !fits(json, k::CreditCode, 18) || !fits(json, k::EntityName, MaxEntityName) ||
        !fits(json, k::ClaimedAt, 40))
        return std::nullopt;
    DepartmentClaim c;
    c.department = text(json, k::Department);
    c.departmentName = text(json, k::DepartmentName);
    c.creditCode = text(json, k::CreditCode);
    c.entityName = text(json, k::EntityName);
    c.claimedAt = QDateTime::fromString(text(json, k::ClaimedAt), Qt::ISODateWithMs).toUTC();
    if (c.department.isEmpty() || c.creditCode.isEmpty())
        return std::nullopt;
    return c;
}

QDate CreditRecords::dayOf(const CreditRecord &record)
{
    return record.date.isValid() ? record.date : record.recordedAt.date();
}

} // namespace ow::core
