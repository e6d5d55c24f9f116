#include "NameClash.h"

#include "CoreSupport.h"
#include "NameSupport.h"
#include "OneForm.h"

namespace ow::core {

using detail::quoted;

bool NameClash::sameName(const NameParts &proposed, const NameParts &held)
{
    if (proposed.tradeName.isEmpty() || proposed.tradeName != held.tradeName)
        return false;
    return proposed.industry == held.industry || proposed.industry.isEmpty() || held.industry.isEmpty();
}

bool NameClash::stillHeld(const NameHolder &holder, const QDate &today)
{
    switch (holder.kind) {
    case NameHolder::Kind::Registered:
    case NameHolder::Kind::Case:
        return true;
    case NameHolder::Kind::Deregistered:
    case NameHolder::Kind::FormerName:
        return holder.since.isValid() && today < holder.since.addYears(ProtectedYears);
    }
    return true;
}

QStringList NameClash::relatedCodes(const OneForm &form)
{
    QStringList codes;
    for (const Investor &investor : form.investors) {
        if (investor.kind == InvestorKind::Legal && !investor.idNumber.trimmed().isEmpty())
            codes.append(investor.idNumber.trimmed().toUpper());
    }
    if (!form.parentCode.trimmed().isEmpty())
        codes.append(form.parentCode.trimmed().toUpper());
    return codes;
}

std::optional<NameClashFound> NameClash::find(const QString &proposedName, const QList<NameHolder> &holders,
                                              const QStringList &relatedCodes, const QDate &today)
{
    const NameParts proposed = EnterpriseName::parse(proposedName);
    if (proposed.tradeName.isEmpty())
        return std::nullopt;
    for (const NameHolder &holder : holders) {
        if (!stillHeld(holder, today))
            continue;
        if (!holder.code.isEmpty() && relatedCodes.contains(holder.code.toUpper()))
            continue; // 有投资关系的除外
        if (!sameName(proposed, EnterpriseName::parse(holder.name)))
            continue;
        return NameClashFound{holder, describe(holder, proposed)};
    }
    return std::nullopt;
}

QString NameClash::describe(const NameHolder &holder, const NameParts &proposed)
{
    const NameParts held = EnterpriseName::parse(holder.name);
    const QString same = proposed.industry.isEmpty() || held.industry.isEmpty()
                             ? tr("the same trade name %1, and one of the two names has no industry")
                                   .arg(quoted(proposed.tradeName))
                             : tr("the same trade name %1 in the same industry %2")
                                   .arg(quoted(proposed.tradeName), quoted(proposed.industry));
    const QString until = holder.since.addYears(ProtectedYears).toString(Qt::ISODate);
    switch (holder.kind) {
    case NameHolder::Kind::Registered:
        return tr("The name clashes with %1 (unified social credit code %2), registered with this "
                  "authority: %3.")
            .arg(holder.name, holder.code, same);
    case NameHolder::Kind::Deregistered:
        return tr("The name clashes with %1 (unified social credit code %2), deregistered on %3: %4; the "
                  "name stays protected until %5.")
            .arg(holder.name, holder.code, holder.since.toString(Qt::ISODate), same, until);
    case NameHolder::Kind::FormerName:
        return tr("The name clashes with %1, the former name of %2 (unified social credit code %3), changed "
                  "on %4: %5; the former name stays protected until %6.")
            .arg(holder.name, holder.entityName, holder.code, holder.since.toString(Qt::ISODate), same,
                 until);
    case NameHolder::Kind::Case:
        return tr("The name clashes with %1, proposed in case %2 still pending or reserved: %3.")
            .arg(holder.name,
                 holder.receiptNumber.isEmpty()
                     ? tr("%1 (a draft)").arg(holder.caseId)
                     : tr("%1 (receipt number %2)").arg(holder.caseId, holder.receiptNumber),
                 same);
    }
    return {};
}

} // namespace ow::core
