#include "CreditList.h"

#include "CoreSupport.h"
#include "ResidentId.h"
#include "UsccCode.h"

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
        {entry.subjectName, CreditList::MaxSubjectName, QT_TR_NOOP("The listed name"), true},
        {entry.reason, CreditList::MaxReason, QT_TR_NOOP("The reason for listing"), true},
        {entry.authority, CreditList::MaxAuthority, QT_TR_NOOP("The deciding authority"), true},
        {entry.basis, CreditList::MaxBasis, QT_TR_NOOP("The decision and its legal basis"), true},
        {entry.source, CreditList::MaxSource, QT_TR_NOOP("The source"), false},
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
