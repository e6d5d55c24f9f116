#include "CompanyRules.h"

#include "EntityType.h"

#include <algorithm>

namespace ow::core {
namespace {

QString deadlinePath(qsizetype i)
{
    return QStringLiteral("investors[%1].deadline").arg(i);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The same person: by ID number when the legal representative has one, else by name.
bool samePerson(const Person &rep, const KeyPerson &person)
{
    const QString id = rep.idNumber.trimmed();
    if (!id.isEmpty())
        return id.compare(person.idNumber.trimmed(), Qt::CaseInsensitive) == 0;
    return !rep.name.trimmed().isEmpty() && rep.name.trimmed() == person.name.trimmed();
}

} // namespace

QDate CompanyRules::latestDeadline(const EntityType &type, const QDate &applicationDay)
{
    if (type.investorRules.paidInFull)
        return applicationDay;
    if (type.investorRules.subscriptionYears > 0)
        return applicationDay.addYears(type.investorRules.subscriptionYears);
    return {};
}

void CompanyRules::contributions(FieldIssues &issues, const OneForm &form, const EntityType &type,
                                 const QDate &applicationDay)
{
    const QDate latest = latestDeadline(type, applicationDay);
    if (!latest.isValid())
        return;
    const bool paidInFull = type.investorRules.paidInFull;
    for (qsizetype i = 0; i < form.investors.size(); ++i) {
        const Investor &investor = form.investors.at(i);
        if (investor.isBlank())
            continue;
        if (!investor.deadline.isValid()) {
            if (paidInFull)
                issues.append({deadlinePath(i),
                               tr("Enter the date this promoter's shares are paid in full; a %1's promoters "
                                  "pay in full before it is established.")
                                   .arg(type.name),
                               QStringLiteral("contribution.deadline_missing")});
        } else if (investor.deadline > latest) {
            if (paidInFull)
                issues.append({deadlinePath(i),
                               tr("A %1's promoters pay for their shares in full before it is established: "
                                  "the deadline %2 is after the application day %3.")
                                   .arg(type.name, isoDate(investor.deadline), isoDate(latest)),
                               QStringLiteral("contribution.not_paid_in_full")});
            else
                issues.append({deadlinePath(i),
                               tr("The contribution deadline %1 is more than %n year(s) after establishment; "
                                  "the latest is %2.",
                                  nullptr, type.investorRules.subscriptionYears)
                                   .arg(isoDate(investor.deadline), isoDate(latest)),
                               QStringLiteral("contribution.deadline_late")});
        }
    }
}

void CompanyRules::promoters(FieldIssues &issues, const OneForm &form, const EntityType &type)
{
    const int percent = type.investorRules.minDomiciledInChinaPercent;
    if (percent <= 0)
        return;
    qint64 entered = 0;
    qint64 inChina = 0;
    for (const Investor &investor : form.investors) {
        if (investor.isBlank())
            continue;
        ++entered;
        if (investor.domiciledInChina)
            ++inChina;
    }
    if (entered > 0 && inChina * 100 < qint64(percent) * entered)
        issues.append({QStringLiteral("investors"),
                       tr("At least %1% of a %2's promoters must be domiciled in China; %3 of %4 are.")
                           .arg(percent)
                           .arg(type.name)
                           .arg(inChina)
                           .arg(entered),
                       QStringLiteral("promoters.domiciled_abroad")});
}

bool CompanyRules::holdsOffice(const QString &position, LegalRepOffice office)
{
    const QString p = position.trimmed();
    switch (office) {
    case LegalRepOffice::Director:
        return p.contains(QStringLiteral("董事")) && !p.contains(QStringLiteral("董事会秘书"));
    case LegalRepOffice::Manager:
        return p.contains(QStringLiteral("经理")) && !p.contains(u'副');
    case LegalRepOffice::Unspecified:
        break;
    }
    return false;
}

void CompanyRules::legalRepOffice(FieldIssues &issues, const OneForm &form, const EntityType &type)
{
    const QString field = QStringLiteral("legalRep.office");
    const LegalRepOffice office = form.legalRepOffice;
    if (office == LegalRepOffice::Unspecified)
        return;
    if (!type.legalRepFromOfficers) {
        issues.append({field,
                       tr("A %1 does not choose its %2 from directors and managers; clear the choice.")
                           .arg(type.name, type.representativeTitle),
                       QStringLiteral("legalRep.office_not_applicable")});
        return;
    }
    const bool found = std::any_of(form.personnel.cbegin(), form.personnel.cend(), [&](const KeyPerson &k) {
        return samePerson(form.legalRep, k) && holdsOffice(k.position, office);
    });
    if (found)
        return;
    if (office == LegalRepOffice::Director)
        issues.append({field,
                       tr("The articles make a director the legal representative: enter %1 among the key "
                          "personnel as a director.")
                           .arg(form.legalRep.name.trimmed()),
                       QStringLiteral("legalRep.not_director")});
    else
        issues.append({field,
                       tr("The articles make the manager the legal representative: enter %1 among the key "
                          "personnel as the manager.")
                           .arg(form.legalRep.name.trimmed()),
                       QStringLiteral("legalRep.not_manager")});
}

} // namespace ow::core
