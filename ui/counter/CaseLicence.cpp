#include "ui/counter/CaseLicence.h"

#include "licence/LicenceFromCase.h"
#include "security/LicenceSeal.h"

namespace ow::ui {

bool licenceIsProvisional(const core::CaseRecord &record)
{
    if (record.licenceSeal.isEmpty())
        return false;
    const Result<security::LicenceEssentials> essentials =
        security::LicenceSeal::peek(record.licenceSeal.toUtf8());
    return essentials && essentials.value().provisional;
}

licence::LicenceFields printableLicence(const core::CaseRecord &record)
{
    licence::LicenceFields fields = licence::licenceFieldsOf(record);
    fields.provisional = licenceIsProvisional(record);
    return fields;
}

} // namespace ow::ui
