#pragma once

#include "Materials.h"
#include "OneForm.h"
#include "RuleResult.h"

#include <QCoreApplication>

namespace ow::core {

class EntityType;

// Validates the whole one form against its entity type: every field rule, the sections the
// type requires, investors adding up to the capital, the legal representative's ID.
// Field paths: "entity.type", "entity.name", "entity.domicile", "entity.domicileDivision",
// "entity.capital", "entity.scope", "entity.phone", "entity.postalCode",
// "legalRep.name", "legalRep.idNumber", "legalRep.phone",
// "investors", "investors[i].name", "investors[i].idNumber", "investors[i].amount",
// "personnel[i].name", "personnel[i].idNumber", "personnel[i].position",
// "liaison.name", "liaison.phone", "financialOfficer.name", "financialOfficer.phone"; and every text
// and list over the one table of limits (core/Limits.h) at its own path, e.g. "legalRep.position".
// The rules of each entity type (issue 12) add "investors[i].deadline", "investors[i].partner" and
// "legalRep.office" (CompanyRules, PartnershipRules, CooperativeRules); IDs follow their type
// (ForeignIds). The issues of those rules carry a code (FieldIssue::code).
class OneFormValidator
{
    Q_DECLARE_TR_FUNCTIONS(OneFormValidator)
public:
    static FieldIssues validate(const OneForm &form);
    static FieldIssues validate(const OneForm &form, const EntityType &type);
    // The same for an application made on `applicationDay` (contribution deadlines count from it;
    // the others validate on today's date in China).
    static FieldIssues validate(const OneForm &form, const EntityType &type, const QDate &applicationDay);
    // The checklist for a type with every item missing (a new case starts from it).
    static QList<MaterialItem> checklistFor(const EntityType &type);
};

} // namespace ow::core
