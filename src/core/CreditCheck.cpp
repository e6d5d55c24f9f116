#include "CreditCheck.h"

#include "CoreSupport.h"
#include "EntityType.h"
#include "OneForm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace ow::core {
namespace {

Q_LOGGING_CATEGORY(lcCredit, "onewindow.core.credit")

struct RoleName
{
    CreditRole role;
    const char *key;
    const char *label;
};

constexpr RoleName Roles[] = {
    {CreditRole::LegalRep, "legalRep", QT_TRANSLATE_NOOP("CreditRules", "legal representative")},
    {CreditRole::PersonInCharge, "personInCharge", QT_TRANSLATE_NOOP("CreditRules", "person in charge")},
    {CreditRole::Director, "director", QT_TRANSLATE_NOOP("CreditRules", "director")},
    {CreditRole::Supervisor, "supervisor", QT_TRANSLATE_NOOP("CreditRules", "supervisor")},
    {CreditRole::Manager, "manager", QT_TRANSLATE_NOOP("CreditRules", "manager")},
    {CreditRole::Investor, "investor", QT_TRANSLATE_NOOP("CreditRules", "investor")},
    {CreditRole::LegalInvestor, "legalInvestor", QT_TRANSLATE_NOOP("CreditRules", "investing legal person")},
    {CreditRole::FinancialOfficer, "financialOfficer", QT_TRANSLATE_NOOP("CreditRules", "financial officer")},
    {CreditRole::Liaison, "liaison", QT_TRANSLATE_NOOP("CreditRules", "liaison")},
};

std::optional<CreditOutcome> outcomeFromKey(const QString &key)
{
    for (const CreditOutcome outcome : {CreditOutcome::Clear, CreditOutcome::Warn, CreditOutcome::Block}) {
        if (CreditCheck::outcomeKey(outcome) == key)
            return outcome;
    }
    return std::nullopt;
}

std::optional<CreditRule> ruleFromJson(const QJsonObject &json, int index, QString *why)
{
    const auto fail = [&](const QString &what) {
        *why = CreditRules::tr("rule %1: %2").arg(index + 1).arg(what);
        return std::nullopt;
    };
    CreditRule rule;
    const std::optional<CreditListKind> list = CreditList::fromKey(json.value(u"list").toString());
    const std::optional<CreditSubjectKind> subject =
        CreditList::subjectFromKey(json.value(u"subject").toString());
    const std::optional<CreditOutcome> outcome = outcomeFromKey(json.value(u"outcome").toString());
    if (!list)
        return fail(CreditRules::tr("unknown list %1").arg(json.value(u"list").toString()));
    if (!subject)
        return fail(CreditRules::tr("subject must be entity or person"));
    if (!outcome || *outcome == CreditOutcome::Clear)
        return fail(CreditRules::tr("outcome must be block or warn"));
    rule.list = *list;
    rule.subject = *subject;
    rule.outcome = *outcome;
    for (const QJsonValue &role : json.value(u"roles").toArray()) {
        const std::optional<CreditRole> r = CreditRules::roleFromKey(role.toString());
        if (!r)
            return fail(CreditRules::tr("unknown role %1").arg(role.toString()));
        rule.roles.append(*r);
    }
    if (rule.roles.isEmpty())
        return fail(CreditRules::tr("no roles"));
    const QJsonValue years = json.value(u"years");
    if (!years.isUndefined() && (!years.isDouble() || years.toInt(-1) < 1 || years.toInt() > 50))
        return fail(CreditRules::tr("years must be a whole number from 1 to 50"));
    rule.years = years.toInt(0);
    rule.basis = json.value(u"basis").toString();
    return rule;
}

CreditRole personnelRole(const QString &position)
{
    if (position.contains(QStringLiteral("监事")))
        return CreditRole::Supervisor;
    if (position.contains(QStringLiteral("董事")))
        return CreditRole::Director;
    return CreditRole::Manager;
}

void addParty(QList<CreditParty> &parties, const QString &field, CreditRole role, const QString &name,
              CreditSubjectKind kind, const QString &number)
{
    const QString subject = CreditList::normalisedSubject(number);
    if (!subject.isEmpty())
        parties.append({field, role, name.trimmed(), kind, subject});
}

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

const CreditRules &CreditRules::instance()
{
    static const CreditRules rules = [] {
        QString error;
        CreditRules parsed = fromJson(detail::readDataResource(QStringLiteral("credit_rules.json")), &error);
        if (!error.isEmpty())
            qCCritical(lcCredit) << "embedded credit rules are broken:" << error;
        return parsed;
    }();
    return rules;
}

CreditRules CreditRules::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QString why;
    CreditRules rules;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(u"rules").isArray()) {
        why = tr("not a JSON object with a list of rules (%1)").arg(parseError.errorString());
    } else {
        const QJsonArray list = doc.object().value(u"rules").toArray();
        for (qsizetype i = 0; i < list.size() && why.isEmpty(); ++i) {
            if (std::optional<CreditRule> rule = ruleFromJson(list.at(i).toObject(), int(i), &why))
                rules.m_rules.append(*rule);
        }
    }
    if (!why.isEmpty())
        rules.m_rules.clear();
    if (error)
        *error = why;
    return rules;
}

const CreditRule *CreditRules::ruleFor(CreditListKind list, CreditSubjectKind subject, CreditRole role) const
{
    const CreditRule *strongest = nullptr;
    for (const CreditRule &rule : m_rules) {
        if (rule.list != list || rule.subject != subject || !rule.roles.contains(role))
            continue;
        if (!strongest || int(rule.outcome) > int(strongest->outcome))
            strongest = &rule;
    }
    return strongest;
}

QString CreditRules::roleKey(CreditRole role)
{
    for (const RoleName &name : Roles) {
        if (name.role == role)
            return QLatin1String(name.key);
    }
    return {};
}

std::optional<CreditRole> CreditRules::roleFromKey(const QString &key)
{
    for (const RoleName &name : Roles) {
        if (key == QLatin1String(name.key))
            return name.role;
    }
    return std::nullopt;
}

QString CreditRules::roleLabel(CreditRole role)
{
    for (const RoleName &name : Roles) {
        if (name.role == role)
            return tr(name.label);
    }
    return {};
}

QString CreditFinding::message() const
{
    const QString who =
        party.kind == CreditSubjectKind::Person
            ? CreditCheck::tr("The %1 %2 (%3)")
                  .arg(CreditRules::roleLabel(party.role), party.name, CreditList::masked(party.subject))
            : CreditCheck::tr("The %1 %2 (%3)")
                  .arg(CreditRules::roleLabel(party.role), party.name, party.subject);
    QString text = CreditCheck::tr("%1 is on the %2 since %3: %4. Decided by %5, %6.")
                       .arg(who, CreditList::label(entry.list), dateText(entry.from), entry.reason,
                            entry.authority, entry.basis);
    if (outcome == CreditOutcome::Block) {
        text += QLatin1Char(' ') +
                (until.isValid() ? CreditCheck::tr("Barred until %1 (%2).").arg(dateText(until), ruleBasis)
                                 : CreditCheck::tr("Barred while listed (%1).").arg(ruleBasis));
    } else {
        text += QLatin1Char(' ') + CreditCheck::tr("Take note (%1).").arg(ruleBasis);
    }
    return text;
}

CreditOutcome CreditReport::outcome() const
{
    CreditOutcome worst = CreditOutcome::Clear;
    for (const CreditFinding &finding : findings) {
        if (int(finding.outcome) > int(worst))
            worst = finding.outcome;
    }
    return worst;
}

QList<CreditFinding> CreditReport::findingsFor(const QString &field) const
{
    QList<CreditFinding> found;
    for (const CreditFinding &finding : findings) {
        if (finding.party.field == field)
            found.append(finding);
    }
    return found;
}

QJsonObject CreditReport::toAuditJson() const
{
    QJsonArray checked;
    for (const CreditParty &party : parties)
        checked.append(party.field);
    QJsonArray found;
    for (const CreditFinding &finding : findings) {
        found.append(QJsonObject{{QStringLiteral("field"), finding.party.field},
                                 {QStringLiteral("list"), CreditList::key(finding.entry.list)},
                                 {QStringLiteral("entry"), finding.entry.id},
                                 {QStringLiteral("outcome"), CreditCheck::outcomeKey(finding.outcome)}});
    }
    return {{QStringLiteral("outcome"), CreditCheck::outcomeKey(outcome())},
            {QStringLiteral("on"), dateText(on)},
            {QStringLiteral("checked"), checked},
            {QStringLiteral("findings"), found}};
}

QString CreditCheck::outcomeKey(CreditOutcome outcome)
{
    switch (outcome) {
    case CreditOutcome::Clear:
        return QStringLiteral("clear");
    case CreditOutcome::Warn:
        return QStringLiteral("warn");
    case CreditOutcome::Block:
        return QStringLiteral("block");
    }
    return {};
}

QList<CreditParty> CreditCheck::partiesOf(const OneForm &form)
{
    QList<CreditParty> parties;
    const EntityType *type = EntityTypeCatalog::instance().find(form.entityTypeId);
    const bool inCharge = type && type->representativeTitle == QStringLiteral("负责人");
    addParty(parties, QStringLiteral("legalRep.idNumber"),
             inCharge ? CreditRole::PersonInCharge : CreditRole::LegalRep, form.legalRep.name,
             CreditSubjectKind::Person, form.legalRep.idNumber);
    for (qsizetype i = 0; i < form.investors.size(); ++i) {
        const Investor &investor = form.investors.at(i);
        const bool legal = investor.kind == InvestorKind::Legal;
        addParty(parties, QStringLiteral("investors[%1].idNumber").arg(i),
                 legal ? CreditRole::LegalInvestor : CreditRole::Investor, investor.name,
                 legal ? CreditSubjectKind::Entity : CreditSubjectKind::Person, investor.idNumber);
    }
    for (qsizetype i = 0; i < form.personnel.size(); ++i) {
        const KeyPerson &person = form.personnel.at(i);
        addParty(parties, QStringLiteral("personnel[%1].idNumber").arg(i), personnelRole(person.position),
                 person.name, CreditSubjectKind::Person, person.idNumber);
    }
    addParty(parties, QStringLiteral("financialOfficer.idNumber"), CreditRole::FinancialOfficer,
             form.financialOfficer.name, CreditSubjectKind::Person, form.financialOfficer.idNumber);
    addParty(parties, QStringLiteral("liaison.idNumber"), CreditRole::Liaison, form.liaison.name,
             CreditSubjectKind::Person, form.liaison.idNumber);
    return parties;
}

CreditReport CreditCheck::check(const QList<CreditParty> &parties, const CreditLookup &lookup,
                                const QDate &on, const CreditRules &rules)
{
    CreditReport report;
    report.on = on;
    report.parties = parties;
    for (const CreditParty &party : parties) {
        for (const CreditEntry &entry : lookup(party.kind, party.subject)) {
            if (!entry.inForce(on))
                continue;
            const CreditRule *rule = rules.ruleFor(entry.list, party.kind, party.role);
            if (!rule)
                continue;
            const QDate until = rule->years > 0 ? entry.from.addYears(rule->years) : QDate();
            if (until.isValid() && on >= until)
                continue;
            report.findings.append({party, entry, rule->outcome, until, rule->basis});
        }
    }
    return report;
}

CreditReport CreditCheck::check(const OneForm &form, const CreditLookup &lookup, const QDate &on,
                                const CreditRules &rules)
{
    return check(partiesOf(form), lookup, on, rules);
}

QString CreditCheck::refusal(const CreditReport &report)
{
    QStringList lines;
    for (const CreditFinding &finding : report.findings) {
        if (finding.outcome == CreditOutcome::Block)
            lines.append(finding.message());
    }
    return tr("The case cannot be accepted: %1").arg(lines.join(QLatin1Char('\n')));
}

} // namespace ow::core
