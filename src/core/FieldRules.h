#pragma once

#include "OneForm.h"
#include "RuleResult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ow::core {

// A business-scope item that needs a licence, with the licence and the department granting it.
struct LicensedScopeItem
{
    QString item;       // the scope item as typed
    QString licence;    // catalogue name, e.g. 食品经营
    QString department; // e.g. 市场监督管理部门
    bool prior = false; // 前置审批 (before registration) rather than 后置 (after)
};

// Rules for single fields of the one form. Every failure says what is wrong in the user's language.
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)
public:
    // Mobile (11 digits starting 13–19) or landline with area code (0351-1234567, extension allowed).
    static RuleResult phone(const QString &number);
    // A person's name: 2–30 characters, Chinese or Latin letters, middle dot allowed.
    static RuleResult personName(const QString &name);
    // 6-digit postal code.
    static RuleResult postalCode(const QString &code);
    // Address with a county division; at least 5 characters.
    static RuleResult domicile(const QString &address);

    // Amounts in 万元 as typed: "100", "12.5", "0.0001" (at most 4 decimals, i.e. whole yuan).
    static std::optional<Yuan> parseWanYuan(const QString &text);
    static QString formatWanYuan(Yuan yuan); // "12.5" — no trailing zeros
    static RuleResult amountWanYuan(const QString &text, bool allowZero = false);

    // Business scope: non-empty items separated by ； or ;, each 2–100 characters, at most 4000 in all.
    static RuleResult businessScope(const QString &scope);
    // Items of the scope that need a prior licence (前置/后置审批), from the scope catalogue.
    static QStringList licensedScopeItems(const QString &scope);
    // The same items with their licence and approving department (DOMAIN §8: 双告知).
    static QList<LicensedScopeItem> licensedScopeDetails(const QString &scope);
    // The catalogue's licence names (食品经营, 餐饮服务 …), in its order.
    static QStringList licenceNames();
};

} // namespace ow::core
