#pragma once

#include "OneForm.h"
#include "RuleResult.h"

#include <QCoreApplication>

namespace ow::core {

class EntityType;

// The partners of a partnership (合伙企业法, issue 12), by the type's PartnerRule: a general
// partnership has general partners only (a row without a kind is one); a limited partnership
// names each partner's kind and has at least one general and at least one limited partner. Its
// counts (at least 2, a limited partnership at most 50) are the catalogue's, checked by the
// validator. Field paths: "investors", "investors[i].partner".
class PartnershipRules
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipRules)
public:
    static void check(FieldIssues &issues, const OneForm &form, const EntityType &type);
};

} // namespace ow::core
