#pragma once

#include "CreditList.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace ow::core {

struct OneForm;

// The part a person or a legal person plays on the one form, as the credit rules name it.
enum class CreditRole
{
    LegalRep,         // 法定代表人, 执行事务合伙人, 投资人, 经营者
    PersonInCharge,   // 负责人 of a branch
    Director,         // 董事 …
    Supervisor,       // 监事 …
    Manager,          // 经理 and other key personnel
    Investor,         // a natural person investor
    LegalInvestor,    // a legal person investor (by its credit code)
    FinancialOfficer, // 财务负责人
    Liaison,          // 联络员
};

// What an entry does to a party: nothing, a warning the clerk reads, or a refusal of acceptance.
enum class CreditOutcome
{
    Clear,
    Warn,
    Block,
};

// One rule of resources/data/credit_rules.json: an entry of `list` naming a `subject` restricts the
// parties in `roles` so (for `years` from its date when set, else while it is in force), on `basis`.
struct CreditRule
{
    CreditListKind list = CreditListKind::Abnormal;
    CreditSubjectKind subject = CreditSubjectKind::Person;
    QList<CreditRole> roles;
    CreditOutcome outcome = CreditOutcome::Warn;
    int years = 0;
    QString basis;
};

// The rules as data (a province changes the file, not the code); both sides apply the same.
class CreditRules
{
    Q_DECLARE_TR_FUNCTIONS(CreditRules)
public:
    // The rules embedded in the core library's resources.
    static const CreditRules &instance();
    // Parses rules; on a broken file, no rules and `error` says what is wrong where.
    static CreditRules fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<CreditRule> &rules() const { return m_rules; }
    // The strongest rule for an entry of `list` on `subject` naming a party in `role`, or none.
    const CreditRule *ruleFor(CreditListKind list, CreditSubjectKind subject, CreditRole role) const;

    static QString roleKey(CreditRole role);
    static std::optional<CreditRole> roleFromKey(const QString &key);
    static QString roleLabel(CreditRole role); // in the user's language

private:
    QList<CreditRule> m_rules;
};

// A party of the form that can be checked: who, in which role, where on the form.
struct CreditParty
{
    QString field; // the form's path of its ID or code: "legalRep.idNumber", "investors[1].idNumber"
    CreditRole role = CreditRole::LegalRep;
    QString name;
    CreditSubjectKind kind = CreditSubjectKind::Person;
    QString subject; // normalised (CreditList::normalisedSubject)
};

// An entry that concerns a party, and what the rules make of it.
struct CreditFinding
{
    CreditParty party;
    CreditEntry entry;
    CreditOutcome outcome = CreditOutcome::Warn;
    QDate until; // the restriction's end when the rule has years; invalid: while listed
    QString ruleBasis;

    // Who, which list, since when, why, who decided on what basis, and what it means here.
    QString message() const;
};

// The check of a form (or of one party) against the lists on one day.
struct CreditReport
{
    QDate on;
    QList<CreditParty> parties; // every party checked (those with a code or ID number)
    QList<CreditFinding> findings;

    CreditOutcome outcome() const;
    bool blocks() const { return outcome() == CreditOutcome::Block; }
    // The findings of the party at `field`.
    QList<CreditFinding> findingsFor(const QString &field) const;
    // For the case's audit trail and the event: the outcome, the day, the parties' fields and each
    // finding's field, list, entry id and outcome (no names or ID numbers).
    QJsonObject toAuditJson() const;
};

// The entries naming a subject (every one, in force or not): the counter's cache or the exchange's store.
using CreditLookup = std::function<QList<CreditEntry>(CreditSubjectKind, const QString &subject)>;

class CreditCheck
{
    Q_DECLARE_TR_FUNCTIONS(CreditCheck)
public:
    static QString outcomeKey(CreditOutcome outcome); // "clear", "warn", "block"
    // The parties the form names, with their role from the entity type and the positions.
    static QList<CreditParty> partiesOf(const OneForm &form);
    static CreditReport check(const QList<CreditParty> &parties, const CreditLookup &lookup, const QDate &on,
                              const CreditRules &rules = CreditRules::instance());
    static CreditReport check(const OneForm &form, const CreditLookup &lookup, const QDate &on,
                              const CreditRules &rules = CreditRules::instance());
    // The refusal of an acceptance the report blocks: every blocking finding, one per line.
    static QString refusal(const CreditReport &report);
};

} // namespace ow::core
