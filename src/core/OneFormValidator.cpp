#include "OneFormValidator.h"

#include "CompanyRules.h"
#include "CooperativeRules.h"
#include "Divisions.h"
#include "EnterpriseName.h"
#include "EntityType.h"
#include "FieldRules.h"
#include "ForeignIds.h"
#include "Limits.h"
#include "PartnershipRules.h"
#include "ResidentId.h"
#include "UsccCode.h"

#include <QRegularExpression>

#include <algorithm>

namespace ow::core {
namespace {

void add(FieldIssues &issues, const QString &field, const RuleResult &result)
{
    appendIssue(issues, field, result);
}

QString indexed(const QString &list, qsizetype i, const char *member)
{
    return list + QLatin1Char('[') + QString::number(i) + QLatin1String("].") + QLatin1String(member);
}

} // namespace

namespace {

// The ID number of a natural person by its type: resident identity cards are checked fully,
// passports by shape, the documents of people who are not PRC residents by their own rules.
RuleResult personId(IdType type, const QString &idNumber, const QDate &today)
{
    const QString number = idNumber.trimmed();
    switch (type) {
    case IdType::ResidentId:
        return ResidentId::validate(number, today);
    case IdType::Passport: {
        if (number.isEmpty())
            return RuleResult::fail(OneFormValidator::tr("Enter the passport number."));
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9]{5,20}$"));
        if (!shape.match(number).hasMatch())
            return RuleResult::fail(
                OneFormValidator::tr("A passport number has 5 to 20 Latin letters and digits."));
        return RuleResult::pass();
    }
    case IdType::Other:
        if (number.isEmpty())
            return RuleResult::fail(OneFormValidator::tr("Enter the number of the identity document."));
        return RuleResult::pass();
    case IdType::HkMacaoPermit:
    case IdType::TaiwanPermit:
    case IdType::ForeignPermanentResident:
    case IdType::ResidencePermit:
        return ForeignIds::validate(type, number, today);
    }
    return RuleResult::pass();
}

void validatePerson(FieldIssues &issues, const QString &section, const Person &person, bool withId,
                    const QDate &today)
{
    add(issues, section + QLatin1String(".name"), FieldRules::personName(person.name));
    if (withId)
        add(issues, section + QLatin1String(".idNumber"), personId(person.idType, person.idNumber, today));
    add(issues, section + QLatin1String(".phone"), FieldRules::phone(person.phone));
}

// Directors, supervisors and managers: each with a name, an ID of its type and a position.
void validatePersonnel(FieldIssues &issues, const OneForm &form, const QDate &today)
{
    for (int i = 0; i < form.personnel.size(); ++i) {
        const KeyPerson &person = form.personnel.at(i);
        const QString prefix = QStringLiteral("personnel[%1]").arg(i);
        add(issues, prefix + QLatin1String(".name"), FieldRules::personName(person.name));
        add(issues, prefix + QLatin1String(".idNumber"), personId(person.idType, person.idNumber, today));
        if (person.position.trimmed().isEmpty())
            issues.append({prefix + QLatin1String(".position"),
                           OneFormValidator::tr("Enter the position (e.g. director, supervisor, manager).")});
    }
}

// Fields that need no entity type: used as they are when the type is unknown.
void validateCommon(FieldIssues &issues, const OneForm &form, const QDate &today)
{
    add(issues, QStringLiteral("entity.domicile"), FieldRules::domicile(form.domicile));

    const QString division = form.domicileDivision.trimmed();
    const QString divisionField = QStringLiteral("entity.domicileDivision");
    if (division.isEmpty())
        issues.append(
            {divisionField, OneFormValidator::tr("Choose the county or district of the domicile.")});
    else if (!Divisions::instance().exists(division))
        issues.append(
            {divisionField, OneFormValidator::tr("%1 is not a known division code.").arg(division)});
    else if (division.endsWith(QLatin1String("00")))
        issues.append(
            {divisionField, OneFormValidator::tr("%1 (%2) is a province or city; choose the county or "
                                                 "district of the domicile.")
                                .arg(division, Divisions::instance().fullName(division))});

    add(issues, QStringLiteral("entity.scope"), FieldRules::businessScope(form.businessScope));
    add(issues, QStringLiteral("entity.phone"), FieldRules::phone(form.phone));
    add(issues, QStringLiteral("entity.postalCode"), FieldRules::postalCode(form.postalCode));
    validatePerson(issues, QStringLiteral("legalRep"), form.legalRep, true, today);
}

void validateInvestors(FieldIssues &issues, const OneForm &form, const EntityType &type, const QDate &today)
{
    const QString listField = QStringLiteral("investors");
    const qsizetype count = form.investors.size();
    // Rows added but not yet typed into are not counted as investors (they are still checked).
    const auto entered =
        qsizetype(std::count_if(form.investors.cbegin(), form.investors.cend(),
                                [](const Investor &investor) { return !investor.isBlank(); }));
    if (entered < type.minInvestors)
        issues.append({listField,
                       OneFormValidator::tr("A %1 needs at least %n investor(s); %2 entered.", nullptr,
                                            type.minInvestors)
                           .arg(type.name)
                           .arg(entered),
                       QStringLiteral("investors.too_few")});
    if (type.maxInvestors > 0 && entered > type.maxInvestors)
        issues.append({listField,
                       OneFormValidator::tr("A %1 may have at most %n investor(s); %2 entered.", nullptr,
                                            type.maxInvestors)
                           .arg(type.name)
                           .arg(entered),
                       QStringLiteral("investors.too_many")});

    Yuan sum = 0;
    bool sumOverflow = false;
    for (qsizetype i = 0; i < count; ++i) {
        const Investor &investor = form.investors.at(i);
        const int number = int(i) + 1;
        if (type.investorsMustBeNatural && investor.kind != InvestorKind::Natural)
            issues.append({listField, OneFormValidator::tr("Investor %1 must be a natural person for a %2.")
                                          .arg(number)
                                          .arg(type.name)});
        if (type.investorsMustBeLegal && investor.kind != InvestorKind::Legal)
            issues.append(
                {listField, OneFormValidator::tr("Investor %1 must be a legal person (an entity) for a %2.")
                                .arg(number)
                                .arg(type.name)});

        const QString nameField = indexed(listField, i, "name");
        const QString idField = indexed(listField, i, "idNumber");
        if (investor.kind == InvestorKind::Natural) {
            add(issues, nameField, FieldRules::personName(investor.name));
            add(issues, idField, personId(investor.idType, investor.idNumber, today));
        } else {
            const QString name = investor.name.trimmed();
            if (name.isEmpty())
                issues.append(
                    {nameField, OneFormValidator::tr("Enter the investing entity's full registered name.")});
            else if (name.size() > 100)
                issues.append(
                    {nameField, OneFormValidator::tr("An entity's name has at most 100 characters.")});
            add(issues, idField, UsccCode::validate(investor.idNumber.trimmed()));
        }
        if (investor.subscribed <= 0)
            issues.append({indexed(listField, i, "amount"),
                           OneFormValidator::tr("The subscribed amount must be greater than zero.")});
        else if (__builtin_add_overflow(sum, investor.subscribed, &sum))
            sumOverflow = true;
    }

    if (type.capitalLabel.isEmpty() || count == 0 || form.capital <= 0)
        return;
    if (sumOverflow)
        issues.append({listField, OneFormValidator::tr("The investors' subscribed amounts are too large.")});
    else if (sum != form.capital)
        issues.append({listField,
                       OneFormValidator::tr("The investors' subscribed amounts add up to %1 (ten thousand "
                                            "yuan) but the %3 is %2 (ten thousand yuan); they must be equal.")
                           .arg(FieldRules::formatWanYuan(sum), FieldRules::formatWanYuan(form.capital),
                                type.capitalLabel)});
}

// Texts and lists over the one table of limits (core/Limits.h), e.g. a pasted text: reported in
// the clerk's language where no rule of the field has spoken already.
void validateLimits(FieldIssues &issues, const OneForm &form)
{
    for (const LimitIssue &over : Limits::check(form)) {
        const bool reported = std::any_of(issues.cbegin(), issues.cend(),
                                          [&](const FieldIssue &issue) { return issue.field == over.field; });
        if (!reported)
            issues.append({over.field, over.message});
    }
}

// A branch records its parent company's unified social credit code (name rules 2020, art. 13);
// other types have none.
void validateParent(FieldIssues &issues, const OneForm &form, const EntityType &type)
{
    const QString field = QStringLiteral("entity.parentCode");
    const QString code = form.parentCode.trimmed();
    if (!type.nameForms.contains(QStringLiteral("分公司"))) {
        if (!code.isEmpty())
            issues.append({field, OneFormValidator::tr("Only a branch names a parent company; clear the "
                                                       "parent company's credit code.")});
        return;
    }
    if (code.isEmpty()) {
        issues.append({field, OneFormValidator::tr("Enter the unified social credit code of the company this "
                                                   "branch belongs to.")});
        return;
    }
    add(issues, field, UsccCode::validate(code));
}

// The rules of the entity type for its investors and officers beyond the counts (issue 12).
void validateTypeRules(FieldIssues &issues, const OneForm &form, const EntityType &type,
                       const QDate &applicationDay)
{
    if (type.has(FormSection::Investors)) {
        CompanyRules::contributions(issues, form, type, applicationDay);
        CompanyRules::promoters(issues, form, type);
        PartnershipRules::check(issues, form, type);
        CooperativeRules::check(issues, form, type);
    }
    CompanyRules::legalRepOffice(issues, form, type);
}

} // namespace

FieldIssues OneFormValidator::validate(const OneForm &form)
{
    const EntityType *type = EntityTypeCatalog::instance().find(form.entityTypeId);
    if (type)
        return validate(form, *type);
    FieldIssues issues;
    if (form.entityTypeId.isEmpty())
        issues.append({QStringLiteral("entity.type"), tr("Choose the entity type.")});
    else
        issues.append({QStringLiteral("entity.type"),
                       tr("Unknown entity type \"%1\"; choose one from the list.").arg(form.entityTypeId)});
    validateCommon(issues, form, ResidentId::chinaToday());
    validateLimits(issues, form);
    return issues;
}

FieldIssues OneFormValidator::validate(const OneForm &form, const EntityType &type)
{
    return validate(form, type, ResidentId::chinaToday());
}

FieldIssues OneFormValidator::validate(const OneForm &form, const EntityType &type,
                                       const QDate &applicationDay)
{
    FieldIssues issues;
    add(issues, QStringLiteral("entity.name"),
        EnterpriseName::validate(
            form.proposedName, type,
            NameContext{form.domicileDivision.trimmed(), form.authorityDivision.trimmed()}));
    validateParent(issues, form, type);
    if (!type.capitalLabel.isEmpty() && form.capital <= 0)
        issues.append(
            {QStringLiteral("entity.capital"),
             tr("Enter the %1 in ten thousand yuan; it must be greater than zero.").arg(type.capitalLabel)});
    validateCommon(issues, form, applicationDay);

    if (type.has(FormSection::Investors))
        validateInvestors(issues, form, type, applicationDay);
    if (type.has(FormSection::Personnel))
        validatePersonnel(issues, form, applicationDay);
    validateTypeRules(issues, form, type, applicationDay);
    if (type.has(FormSection::Liaison))
        validatePerson(issues, QStringLiteral("liaison"), form.liaison, false, applicationDay);
    if (type.has(FormSection::FinancialOfficer))
        validatePerson(issues, QStringLiteral("financialOfficer"), form.financialOfficer, false,
                       applicationDay);
    validateLimits(issues, form);
    return issues;
}

QList<MaterialItem> OneFormValidator::checklistFor(const EntityType &type)
{
    QList<MaterialItem> items;
    items.reserve(type.materials.size());
    for (const MaterialSpec &spec : type.materials) {
        MaterialItem item;
        item.id = spec.id;
        item.title = spec.title;
        item.required = spec.required;
        item.status = MaterialStatus::Missing;
        items.append(item);
    }
    return items;
}

} // namespace ow::core
