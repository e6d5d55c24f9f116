#include "CreditWire.h"

#include "WireKeys.h"

namespace ow::protocol::creditwire {
namespace {

namespace k = keys::credit;
using core::CreditList;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A date as sent: "" or absent is none; anything else must be one.
bool dateOf(const QJsonValue &value, QDate *date)
{
    if (value.isUndefined() || value.isNull() || value.toString() == QString())
        return value.isUndefined() || value.isNull() || value.isString();
    *date = QDate::fromString(value.toString(), Qt::ISODate);
    return date->isValid();
}

bool fits(const QJsonObject &json, QLatin1StringView key, int max)
{
    const QJsonValue value = json.value(key);
    return value.isUndefined() || (value.isString() && value.toString().size() <= max);
}

} // namespace

QJsonObject toJson(const core::CreditEntry &entry)
{
    return {{k::Id, entry.id},
            {k::List, CreditList::key(entry.list)},
            {k::SubjectKind, CreditList::subjectKey(entry.subjectKind)},
            {k::Subject, entry.subject},
            {k::SubjectName, entry.subjectName},
            {k::Reason, entry.reason},
            {k::Authority, entry.authority},
            {k::Basis, entry.basis},
            {k::From, dateText(entry.from)},
            {k::RemovedOn, dateText(entry.removedOn)},
            {k::RemovalReason, entry.removalReason},
            {k::Source, entry.source},
            {k::RecordedBy, entry.recordedBy},
            {k::RecordedAt, entry.recordedAt.toUTC().toString(Qt::ISODateWithMs)},
            {k::AuthorityCode, entry.authorityCode}};
}

std::optional<core::CreditEntry> fromJson(const QJsonObject &json)
{
    for (QLatin1StringView key : {k::Id, k::List, k::SubjectKind, k::Subject, k::From}) {
        if (!json.value(key).isString())
            return std::nullopt;
    }
    const bool bounded =
        fits(json, k::Id, 64) && fits(json, k::Subject, CreditList::MaxSubject) &&
        fits(json, k::SubjectName, CreditList::MaxSubjectName) &&
        fits(json, k::Reason, CreditList::MaxReason) && fits(json, k::Authority, CreditList::MaxAuthority) &&
        fits(json, k::Basis, CreditList::MaxBasis) && fits(json, k::RemovalReason, CreditList::MaxReason) &&
        fits(json, k::Source, CreditList::MaxSource) && fits(json, k::RecordedBy, 64) &&
        fits(json, k::RecordedAt, 40) && fits(json, k::AuthorityCode, 12);
    const std::optional<core::CreditListKind> list = CreditList::fromKey(json.value(k::List).toString());
    const std::optional<core::CreditSubjectKind> kind =
        CreditList::subjectFromKey(json.value(k::SubjectKind).toString());
    core::CreditEntry entry;
    if (!bounded || !list || !kind || json.value(k::Id).toString().isEmpty() ||
        !dateOf(json.value(k::From), &entry.from) || !entry.from.isValid() ||
        !dateOf(json.value(k::RemovedOn), &entry.removedOn))
        return std::nullopt;
    entry.id = json.value(k::Id).toString();
    entry.list = *list;
    entry.subjectKind = *kind;
    entry.subject = CreditList::normalisedSubject(json.value(k::Subject).toString());
    entry.subjectName = json.value(k::SubjectName).toString();
    entry.reason = json.value(k::Reason).toString();
    entry.authority = json.value(k::Authority).toString();
    entry.basis = json.value(k::Basis).toString();
    entry.removalReason = json.value(k::RemovalReason).toString();
    entry.source = json.value(k::Source).toString();
    entry.recordedBy = json.value(k::RecordedBy).toString();
    entry.recordedAt = QDateTime::fromString(json.value(k::RecordedAt).toString(), Qt::ISODateWithMs).toUTC();
    entry.authorityCode = json.value(k::AuthorityCode).toString();
    return entry;
}

} // namespace ow::protocol::creditwire
