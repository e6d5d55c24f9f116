#include "PriorApproval.h"

#include "FieldRules.h"

namespace ow::core {

FieldIssues PriorApproval::check(const OneForm &form, const QList<MaterialItem> &materials)
{
    FieldIssues issues;
    const QList<LicensedScopeItem> licensed = FieldRules::licensedScopeDetails(form.businessScope);
    qsizetype row = -1;
    for (qsizetype i = 0; i < materials.size(); ++i) {
        if (materials.at(i).id == QLatin1String(MaterialId)) {
            row = i;
            break;
        }
    }
    if (row >= 0 && MaterialStatuses::isSatisfied(materials.at(row).status))
        return issues;
    const QString field =
        row >= 0 ? QStringLiteral("materials[%1]").arg(row) : QStringLiteral("entity.scope");
    for (const LicensedScopeItem &item : licensed) {
        if (!item.prior)
            continue;
        issues.append({field,
                       tr("The business scope item \"%1\" needs the approval of the %2 (%3) before "
                          "registration: mark its approval document among the materials.")
                           .arg(item.item, item.department, item.licence),
                       QStringLiteral("scope.prior_approval_missing")});
    }
    return issues;
}

QList<MaterialItem> PriorApproval::missingMaterials(const OneForm &form, const QList<MaterialItem> &materials)
{
    const bool approvalNeeded = !check(form, materials).isEmpty();
    QList<MaterialItem> missing;
    for (const MaterialItem &item : materials) {
        if (MaterialStatuses::isSatisfied(item.status))
            continue;
        if (item.required || (approvalNeeded && item.id == QLatin1String(MaterialId)))
            missing.append(item);
    }
    return missing;
}

} // namespace ow::core
