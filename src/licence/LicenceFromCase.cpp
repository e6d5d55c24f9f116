#include "LicenceFromCase.h"

#include "core/LicenceText.h"

namespace ow::licence {

LicenceFields licenceFieldsOf(const core::CaseRecord &record)
{
    const core::LicenceText::Texts texts = core::LicenceText::of(record);
    LicenceFields fields;
    fields.creditCode = record.creditCode;
    fields.name = record.form.proposedName;
    fields.entityType = texts.typeName;
    fields.legalRepresentative = record.form.legalRep.name;
    fields.legalRepresentativeLabel = texts.representativeLabel;
    fields.businessScope = record.form.businessScope;
    fields.registeredCapital = texts.capital;
    fields.establishedOn = texts.establishedOn;
    fields.termTo = texts.termTo;
    fields.domicile = record.form.domicile;
    fields.authorityName = texts.authorityName;
    fields.issuedOn = texts.establishedOn;
    fields.qrPayload = record.licenceSeal.toUtf8();
    return fields;
}

} // namespace ow::licence
