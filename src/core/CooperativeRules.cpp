#include "CooperativeRules.h"

#include "EntityType.h"

namespace ow::core {
namespace {

struct Members
{
    qint64 all = 0;
    qint64 farmers = 0;
    qint64 corporate = 0; // enterprises, institutions, social organisations
};

Members countMembers(const OneForm &form)
{
    Members m;
    for (const Investor &member : form.investors) {
        if (member.isBlank())
            continue;
        ++m.all;
        if (member.kind == InvestorKind::Legal)
            ++m.corporate;
        else if (member.farmer)
            ++m.farmers;
    }
    return m;
}

} // namespace

void CooperativeRules::check(FieldIssues &issues, const OneForm &form, const EntityType &type)
{
    const InvestorRules &rules = type.investorRules;
    const Members m = countMembers(form);
    if (m.all == 0)
        return;
    const QString field = QStringLiteral("investors");
    if (rules.minFarmerPercent > 0 && m.farmers * 100 < qint64(rules.minFarmerPercent) * m.all)
        issues.append({field,
                       tr("At least %1% of the members of a %2 must be farmers; %3 of %4 are.")
                           .arg(rules.minFarmerPercent)
                           .arg(type.name)
                           .arg(m.farmers)
                           .arg(m.all),
                       QStringLiteral("cooperative.too_few_farmers")});
    if (rules.corporateUpTo <= 0)
        return;
    if (m.all <= rules.corporateUpTo && m.corporate > rules.corporateMax)
        issues.append({field,
                       tr("A %1 of up to %2 members may have at most %n member(s) that are enterprises, "
                          "institutions or social organisations; %3 entered.",
                          nullptr, rules.corporateMax)
                           .arg(type.name)
                           .arg(rules.corporateUpTo)
                           .arg(m.corporate),
                       QStringLiteral("cooperative.too_many_corporate")});
    else if (m.all > rules.corporateUpTo && m.corporate * 100 > qint64(rules.corporateMaxPercent) * m.all)
        issues.append({field,
                       tr("Members that are enterprises, institutions or social organisations may be at most "
                          "%1% of the members of a %2; %3 of %4 are.")
                           .arg(rules.corporateMaxPercent)
                           .arg(type.name)
                           .arg(m.corporate)
                           .arg(m.all),
                       QStringLiteral("cooperative.too_many_corporate")});
}

} // namespace ow::core
