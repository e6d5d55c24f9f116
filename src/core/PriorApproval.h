#pragma once

#include "Materials.h"
#include "OneForm.h"
#include "RuleResult.h"

#include <QCoreApplication>

namespace ow::core {

// Business-scope items that need approval before registration (前置审批, the scope catalogue's
// "prior" licences: 烟草制品零售, 典当, 保安服务, 民用爆炸物品 …) require their approval document
// among the materials: the checklist's item PriorApproval::MaterialId, marked as anything but
// missing (issue 12). One issue per such item of the scope, at the checklist's row of the document
// ("materials[i]"), or at "entity.scope" when the checklist has no such row. Code
// "scope.prior_approval_missing".
class PriorApproval
{
    Q_DECLARE_TR_FUNCTIONS(PriorApproval)
public:
    static constexpr char MaterialId[] = "prior_approval";

    static FieldIssues check(const OneForm &form, const QList<MaterialItem> &materials);
    // What a 补正通知书 lists (一次性告知): the required materials missing (core::missingMaterials)
    // and, when the scope needs it and it is missing, the approval document, in checklist order.
    static QList<MaterialItem> missingMaterials(const OneForm &form, const QList<MaterialItem> &materials);
};

} // namespace ow::core
