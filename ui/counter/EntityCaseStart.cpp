#include "EntityCaseStart.h"

#include "core/Authority.h"
#include "core/ChangeRegistration.h"
#include "core/Deregistration.h"

namespace ow::ui {

std::optional<EntityCaseStart::Registered> EntityCaseStart::registered(const Workbench &wb,
                                                                       const QString &code,
                                                                       core::CaseKind kind, bool simplified,
                                                                       QString *problem)
{
    const QString wanted = code.trimmed().toUpper();
    const std::optional<storage::EnterpriseRecord> enterprise = wb.enterprises.find(wanted);
    if (!enterprise) {
        *problem = tr("No registered enterprise with the code %1 is in this counter's cache. Check the code "
                      "on the licence, or sync (F5) and search again.")
                       .arg(wanted);
        return std::nullopt;
    }
    core::RegisteredEntity entity;
    entity.name = enterprise->name;
    entity.status = enterprise->status;
    entity.statusSince = enterprise->statusSince;
    if (auto open = core::Deregistration::checkSubject(kind, simplified, entity); !open) {
        *problem = open.error().message;
        return std::nullopt;
    }
    if (enterprise->authorityDivision != wb.authorityDivision()) {
        *problem = tr("%1 is registered with %2; its changes and its deregistration are registered there.")
                       .arg(enterprise->name, core::Authority::officeName(enterprise->authorityDivision));
        return std::nullopt;
    }
    Registered found;
    found.established = enterprise->established;
    if (const std::optional<core::CaseRecord> licensed = wb.cases.licensedWithCode(wanted)) {
        found.form = licensed->form;
        found.complete = true;
        return found;
    }
    // Only what the registry publishes: the rest from the applicant's licence and documents.
    found.form.proposedName = enterprise->name;
    found.form.entityTypeId = enterprise->entityTypeId;
    found.form.authorityDivision = enterprise->authorityDivision;
    found.form.legalRep.name = enterprise->legalRep;
    return found;
}

EntityCaseStart::Started EntityCaseStart::change(const Workbench &wb, const QString &code)
{
    Started started;
    const std::optional<Registered> before =
        registered(wb, code, core::CaseKind::Change, false, &started.problem);
    if (!before)
        return started;
    started.record = core::ChangeRegistration::start(code, before->form, before->established);
    if (!before->complete)
        started.note =
            tr("This counter holds only the public data of the enterprise: complete the form as "
               "registered from the applicant's licence and documents, then change what is asked.");
    return started;
}

EntityCaseStart::Started EntityCaseStart::deregistration(const Workbench &wb, const QString &code,
                                                         bool simplified)
{
    Started started;
    const std::optional<Registered> before =
        registered(wb, code, core::CaseKind::Deregistration, simplified, &started.problem);
    if (!before)
        return started;
    started.record = core::Deregistration::start(code, before->form, simplified);
    started.record->established = before->established;
    started.note = simplified
                       ? tr("Simplified deregistration: once accepted, the exchange publishes a 20-day "
                            "notice; the decision follows when it ends without objections.")
                       : tr("General deregistration: check the liquidation report and the tax "
                            "clearance among the materials.");
    return started;
}

} // namespace ow::ui
