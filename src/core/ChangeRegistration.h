#pragma once

#include "CaseRecord.h"
#include "Materials.h"
#include "OneForm.h"
#include "RuleResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ow::core {

// What a change registration (变更登记) changes, as registered items: the one form against the form
// as registered (CaseRecord::registered), item by item. Items printed on the licence need a new
// licence with the same code (and the old sheets voided); the others are recorded (备案) with
// their materials only.
enum class ChangeItem
{
    Name,      // 名称
    Domicile,  // 住所
    LegalRep,  // 法定代表人 (or the type's representative)
    Capital,   // 注册资本 / 出资额
    Scope,     // 经营范围
    Term,      // 营业期限
    Investors, // 股东、发起人、合伙人、成员 and their contributions
    Personnel, // 董事、监事、经理 (备案)
    Contacts,  // phone, postal code, liaison, financial officer (备案)
};

struct ChangedItem
{
    ChangeItem item = ChangeItem::Name;
    QString field;  // where on the form it starts ("proposedName", "investors" …)
    QString before; // as registered, one line
    QString after;  // as now on the form
};

class ChangeRegistration
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRegistration)
public:
    static QList<ChangeItem> allItems();
    static QString itemKey(ChangeItem item);
    static QString itemLabel(ChangeItem item); // 名称, 住所 …
    static bool onLicence(ChangeItem item);

    // The items `form` changes against `registered`, in the order above.
    static QList<ChangedItem> changes(const OneForm &registered, const OneForm &form);
    static bool needsNewLicence(const QList<ChangedItem> &changes);
    // Whether two business scopes are the same items, whatever whitespace lies between them.
    static bool sameScope(const QString &registered, const QString &scope);
    static bool needsNewLicence(const CaseRecord &record);

    // `form`, a change built on `base` (the registered data as the counter knew them), moved onto
    // `current` (the registered data now): every item the case changes against `base` keeps the
    // case's value, every other item takes `current`'s. So a change typed on a stale copy, or
    // licensed after another change of the same entity, changes what it asked to change and
    // undoes nothing the other did.
    static OneForm rebase(const OneForm &base, const OneForm &form, const OneForm &current);

    // A change case of the entity `code` registered with `registered`: a draft whose form starts as
    // registered, its checklist that of no change yet.
    static CaseRecord start(const QString &code, const OneForm &registered, const QDate &established);
    // The checklist of these changes (DOMAIN §4, 一套材料): the application always, then each
    // changed item's documents once, keeping the marks of `previous` for items both lists share.
    static QList<MaterialItem> checklist(const QList<ChangedItem> &changes,
                                         const QList<MaterialItem> &previous = {});

    // What a change case must satisfy beyond the one form's rules: something changed; the entity
    // type, the authority and the code are the registered entity's.
    static FieldIssues check(const CaseRecord &record);
};

} // namespace ow::core
