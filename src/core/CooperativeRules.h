#pragma once

#include "OneForm.h"
#include "RuleResult.h"

#include <QCoreApplication>

namespace ow::core {

class EntityType;

// The members of a farmers' professional co-operative (农民专业合作社法 art. 20, issue 12), by the
// type's InvestorRules: farmers (natural persons marked Investor::farmer) at least 80 % of the
// members; members that are enterprises, institutions or social organisations (legal persons) at
// most 1 of up to 20 members, at most 5 % of more. The minimum of 5 members is the catalogue's,
// checked by the validator. Field path: "investors".
class CooperativeRules
{
    Q_DECLARE_TR_FUNCTIONS(CooperativeRules)
public:
    static void check(FieldIssues &issues, const OneForm &form, const EntityType &type);
};

} // namespace ow::core
