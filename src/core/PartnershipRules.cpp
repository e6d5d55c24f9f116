#include "PartnershipRules.h"

#include "EntityType.h"

namespace ow::core {
namespace {

QString partnerPath(qsizetype i)
{
    return QStringLiteral("investors[%1].partner").arg(i);
}

} // namespace

void PartnershipRules::check(FieldIssues &issues, const OneForm &form, const EntityType &type)
{
    const PartnerRule rule = type.investorRules.partners;
    if (rule == PartnerRule::None)
        return;
    int general = 0;
    int limited = 0;
    for (qsizetype i = 0; i < form.investors.size(); ++i) {
        const Investor &partner = form.investors.at(i);
        if (partner.isBlank())
            continue;
        if (rule == PartnerRule::AllGeneral && partner.partner == PartnerKind::Limited)
            issues.append({partnerPath(i),
                           tr("A %1 has general partners only; this partner is entered as a limited partner.")
                               .arg(type.name),
                           QStringLiteral("partners.limited_in_general")});
        else if (rule == PartnerRule::GeneralAndLimited && partner.partner == PartnerKind::Unspecified)
            issues.append({partnerPath(i),
                           tr("Choose whether this partner is a general or a limited partner."),
                           QStringLiteral("partners.kind_missing")});
        if (partner.partner == PartnerKind::Limited)
            ++limited;
        else if (partner.partner == PartnerKind::General || rule == PartnerRule::AllGeneral)
            ++general;
    }
    if (rule != PartnerRule::GeneralAndLimited)
        return;
    if (general == 0)
        issues.append({QStringLiteral("investors"),
                       tr("A %1 needs at least one general partner.").arg(type.name),
                       QStringLiteral("partners.no_general")});
    if (limited == 0)
        issues.append({QStringLiteral("investors"),
                       tr("A %1 needs at least one limited partner.").arg(type.name),
                       QStringLiteral("partners.no_limited")});
}

} // namespace ow::core
