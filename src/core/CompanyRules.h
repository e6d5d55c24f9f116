#pragma once

#include "OneForm.h"
#include "RuleResult.h"

#include <QCoreApplication>
#include <QDate>

namespace ow::core {

class EntityType;

// The rules of companies for their investors and officers (issue 12, 2023 Company Law), from the
// entity type's catalogue entry (InvestorRules, legalRepFromOfficers):
// - a limited company's investors subscribe within five years of establishment (art. 47): a
//   contribution deadline, where one is entered, no later than the application day plus five years;
// - a joint-stock company's promoters, 1 to 200 (the catalogue's counts), at least half of them
//   domiciled in China (art. 92), pay for their shares in full before establishment (art. 98): each
//   promoter's deadline entered and on or before the application day;
// - the legal representative is a director or the manager as the articles choose (art. 10): once
//   the form says which (OneForm::legalRepOffice), the legal representative is among the key
//   personnel in that position.
// Field paths: "investors", "investors[i].deadline", "legalRep.office".
class CompanyRules
{
    Q_DECLARE_TR_FUNCTIONS(CompanyRules)
public:
    // The latest contribution deadline the type allows for an application made on `applicationDay`
    // (what the form shows next to the deadlines); null when the type sets none.
    static QDate latestDeadline(const EntityType &type, const QDate &applicationDay);

    static void contributions(FieldIssues &issues, const OneForm &form, const EntityType &type,
                              const QDate &applicationDay);
    static void promoters(FieldIssues &issues, const OneForm &form, const EntityType &type);
    static void legalRepOffice(FieldIssues &issues, const OneForm &form, const EntityType &type);

    // Whether a key person's position is that office: 董事, 执行董事, 董事长 … (not 董事会秘书) for a
    // director; 经理 or 总经理 (not a deputy, 副…) for the manager.
    static bool holdsOffice(const QString &position, LegalRepOffice office);
};

} // namespace ow::core
