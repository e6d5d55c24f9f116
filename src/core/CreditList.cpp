#include "CreditList.h"

#include "CoreSupport.h"
#include "ResidentId.h"
#include "UsccCode.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace ow::core {
namespace {

struct ListName
{
    CreditListKind list;
    const char *key;
};

constexpr ListName Lists[] = {
    {CreditListKind::Abnormal, "abnormal"},
    {CreditListKind::Serious, "serious"},
    {CreditListKind::DishonestDebtor, "dishonest_debtor"},
};

QString tooLong(const QString &what, int max)
{
    return CreditList::tr("%1 has more than %2 characters.").arg(what).arg(max);
}

// A person's document number other than a resident ID card: a passport's or a permit's letters and digits.
bool otherDocumentNumber(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{5,32}$"));
    return pattern.match(number).hasMatch();
}

QString subjectProblem(const CreditEntry &entry, const QDate &today)
{
    if (entry.subject.isEmpty())
        return entry.subjectKind == CreditSubjectKind::Entity
                   ? CreditList::tr("Enter the unified social credit code of the listed entity.")
                   : CreditList::tr("Enter the ID number of the listed person.");
    if (entry.subject != CreditList::normalisedSubject(entry.subject) ||
        entry.subject.size() > CreditList::MaxSubject)
        return CreditList::tr("The subject %1 is not written as a code or an ID number.").arg(entry.subject);
    if (entry.subjectKind == CreditSubjectKind::Entity) {
        const RuleResult code = UsccCode::validate(entry.subject);
        return code ? QString() : CreditList::tr("The listed entity's code: %1").arg(code.reason);
    }
    if (entry.subject.size() == 18 && entry.subject.at(0).isDigit()) {
        const RuleResult id = ResidentId::validate(entry.subject, today);
        return id ? QString() : CreditList::tr("The listed person's ID number: %1").arg(id.reason);
    }
    return otherDocumentNumber(entry.subject)
               ? QString()
               : CreditList::tr("The listed person's ID number %1 is neither a resident ID number nor a "
                                "document number of 5 to 32 letters and digits.")
                     .arg(entry.subject);
}

QString textsProblem(const CreditEntry &entry)
{
    const struct
    {
        const QString &text;
        int max;
        const char *what;
        bool required;
    } texts[] = {
        {entry.subjectName, CreditList::MaxSubjectName, QT_TRANSLATE_NOOP("CreditList", "The listed name"),
         true},
        {entry.reason, CreditList::MaxReason, QT_TRANSLATE_NOOP("CreditList", "The reason for listing"),
         true},
        {entry.authority, CreditList::MaxAuthority, QT_TRANSLATE_NOOP("CreditList", "The deciding authority"),
         true},
        {entry.basis, CreditList::MaxBasis,
         QT_TRANSLATE_NOOP("CreditList", "The decision and its legal basis"), true},
        {entry.source, CreditList::MaxSource, QT_TRANSLATE_NOOP("CreditList", "The source"), false},
    };
    for (const auto &t : texts) {
        const QString what = CreditList::tr(t.what);
        if (t.required && t.text.trimmed().isEmpty())
            return CreditList::tr("%1 is missing.").arg(what);
        if (t.text.size() > t.max)
            return tooLong(what, t.max);
    }
    return {};
}

} // namespace

namespace {

// The entry's JSON keys (docs/protocol.md, the feed's "list" changes).
namespace k {
constexpr QLatin1StringView Id{"id"};
constexpr QLatin1StringView List{"list"};
constexpr QLatin1StringView SubjectKind{"subjectKind"};
constexpr QLatin1StringView Subject{"subject"};
constexpr QLatin1StringView SubjectName{"subjectName"};
constexpr QLatin1StringView Reason{"reason"};
constexpr QLatin1StringView Authority{"authority"};
constexpr QLatin1StringView Basis{"basis"};
constexpr QLatin1StringView From{"from"};
constexpr QLatin1StringView RemovedOn{"removedOn"};
constexpr QLatin1StringView RemovalReason{"removalReason"};
constexpr QLatin1StringView Source{"source"};
constexpr QLatin1StringView RecordedBy{"recordedBy"};
constexpr QLatin1StringView RecordedAt{"recordedAt"};
constexpr QLatin1StringView AuthorityCode{"authorityCode"};
} // namespace k

QString entryDateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A date as sent: "" or absent is none; anything else must be one.
bool entryDateOf(const QJsonValue &value, QDate *date)
{
    if (value.isUndefined() || value.isNull() || value.toString() == QString())
        return value.isUndefined() || value.isNull() || value.isString();
    *date = QDate::fromString(value.toString(), Qt::ISODate);
    return date->isValid();
}

bool entryFits(const QJsonObject &json, QLatin1StringView key, int max)
{
    const QJsonValue value = json.value(key);
    return value.isUndefined() || (value.isString() && value.toString().size() <= max);
}

} // namespace
QJsonObject CreditList::toJson(const CreditEntry &entry)
{
    return {{k::Id, entry.id},
            {k::List, CreditList::key(entry.list)},
            {k::SubjectKind, CreditList::subjectKey(entry.subjectKind)},
            {k::Subject, entry.subject},
            {k::SubjectName, entry.subjectName},
            {k::Reason, entry.reason},
            {k::Authority, entry.authority},
            {k::Basis, entry.basis},
            {k::From, entryDateText(entry.from)},
            {k::RemovedOn, entryDateText(entry.removedOn)},
            {k::RemovalReason, entry.removalReason},
            {k::Source, entry.source},
            {k::RecordedBy, entry.recordedBy},
            {k::RecordedAt, entry.recordedAt.toUTC().toString(Qt::ISODateWithMs)},
            {k::AuthorityCode, entry.authorityCode}};
}

std::optional<CreditEntry> CreditList::fromJson(const QJsonObject &json)
{
    for (QLatin1StringView key : {k::Id, k::List, k::SubjectKind, k::Subject, k::From}) {
        if (!json.value(key).isString())
            return std::nullopt;
    }
    const bool bounded = entryFits(json, k::Id, 64) && entryFits(json, k::Subject, CreditList::MaxSubject) &&
                         entryFits(json, k::SubjectName, CreditList::MaxSubjectName) &&
                         entryFits(json, k::Reason, CreditList::MaxReason) &&
                         entryFits(json, k::Authority, CreditList::MaxAuthority) &&
                         entryFits(json, k::Basis, CreditList::MaxBasis) &&
                         entryFits(json, k::RemovalReason, CreditList::MaxReason) &&
                         entryFits(json, k::Source, CreditList::MaxSource) &&
                         entryFits(json, k::RecordedBy, 64) && entryFits(json, k::RecordedAt, 40) &&
                         entryFits(json, k::AuthorityCode, 12);
    const std::optional<CreditListKind> list = CreditList::fromKey(json.value(k::List).toString());
    const std::optional<CreditSubjectKind> kind =
        CreditList::subjectFromKey(json.value(k::SubjectKind).toString());
    CreditEntry entry;
    if (!bounded || !list || !kind || json.value(k::Id).toString().isEmpty() ||
        !entryDateOf(json.value(k::From), &entry.from) || !entry.from.isValid() ||
        !entryDateOf(json.value(k::RemovedOn), &entry.removedOn))
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

QString CreditList::key(CreditListKind list)
{
    for (const ListName &name : Lists) {
        if (name.list == list)
            return QLatin1String(name.key);
    }
    return {};
}

std::optional<CreditListKind> CreditList::fromKey(const QString &key)
{
    for (const ListName &name : Lists) {
        if (key == QLatin1String(name.key))
            return name.list;
    }
    return std::nullopt;
}

QString CreditList::label(CreditListKind list)
{
    switch (list) {
    case CreditListKind::Abnormal:
        return tr("abnormal operations list (经营异常名录)");
    case CreditListKind::Serious:
        return tr("serious violation and dishonesty list (严重违法失信企业名单)");
    case CreditListKind::DishonestDebtor:
        return tr("dishonest judgement debtors (失信被执行人)");
    }
    return {};
}

QList<CreditListKind> CreditList::all()
{
    QList<CreditListKind> lists;
    for (const ListName &name : Lists)
        lists.append(name.list);
    return lists;
}

QString CreditList::subjectKey(CreditSubjectKind kind)
{
    return kind == CreditSubjectKind::Entity ? QStringLiteral("entity") : QStringLiteral("person");
}

std::optional<CreditSubjectKind> CreditList::subjectFromKey(const QString &key)
{
    if (key == QLatin1String("entity"))
        return CreditSubjectKind::Entity;
    if (key == QLatin1String("person"))
        return CreditSubjectKind::Person;
    return std::nullopt;
}

QString CreditList::normalisedSubject(const QString &subject)
{
    return detail::foldFullWidth(subject).trimmed().toUpper();
}

QString CreditList::problem(const CreditEntry &entry, const QDate &today)
{
    if (const QString subject = subjectProblem(entry, today); !subject.isEmpty())
        return subject;
    if (const QString texts = textsProblem(entry); !texts.isEmpty())
        return texts;
    if (!entry.from.isValid())
        return tr("Enter the date the entry took effect (YYYY-MM-DD).");
    if (entry.from > today)
        return tr("The entry cannot take effect on %1, after today.").arg(entry.from.toString(Qt::ISODate));
    if (entry.removedOn.isValid())
        return removalProblem(entry, entry.removedOn, entry.removalReason, today);
    return {};
}

QString CreditList::removalProblem(const CreditEntry &entry, const QDate &on, const QString &why,
                                   const QDate &today)
{
    if (!on.isValid())
        return tr("Enter the date of removal (YYYY-MM-DD).");
    if (on < entry.from)
        return tr("The entry cannot be removed on %1, before it took effect on %2.")
            .arg(on.toString(Qt::ISODate), entry.from.toString(Qt::ISODate));
    if (on > today)
        return tr("The entry cannot be removed on %1, after today.").arg(on.toString(Qt::ISODate));
    if (why.trimmed().isEmpty())
        return tr("Give the reason for the removal (remedied, decision revoked …).");
    if (why.size() > MaxReason)
        return tooLong(tr("The reason for removal"), MaxReason);
    return {};
}

QString CreditList::masked(const QString &subject)
{
    if (subject.size() <= 8)
        return subject;
    return subject.left(4) + QString(subject.size() - 8, QLatin1Char('*')) + subject.right(4);
}

} // namespace ow::core
