#include "ChangeRegistration.h"

#include "Divisions.h"
#include "FieldRules.h"
#include "PriorApproval.h"

#include <array>

namespace ow::core {
namespace {

struct ItemInfo
{
    ChangeItem item;
    const char *key;
    const char *label; // translated in the ChangeRegistration context
    const char *field;
    bool onLicence;
};

// Which items the licence prints (LicenceText) and so need a new licence when changed.
constexpr std::array<ItemInfo, 9> ItemTable{{
    {ChangeItem::Name, "name", QT_TRANSLATE_NOOP("ChangeRegistration", "Name"), "proposedName", true},
    {ChangeItem::Domicile, "domicile", QT_TRANSLATE_NOOP("ChangeRegistration", "Domicile"), "domicile", true},
    {ChangeItem::LegalRep, "legal_rep", QT_TRANSLATE_NOOP("ChangeRegistration", "Legal representative"),
     "legalRep.name", true},
    {ChangeItem::Capital, "capital", QT_TRANSLATE_NOOP("ChangeRegistration", "Registered capital"), "capital",
     true},
    {ChangeItem::Scope, "scope", QT_TRANSLATE_NOOP("ChangeRegistration", "Business scope"), "businessScope",
     true},
    {ChangeItem::Term, "term", QT_TRANSLATE_NOOP("ChangeRegistration", "Operating term"), "termYears", true},
    {ChangeItem::Investors, "investors",
     QT_TRANSLATE_NOOP("ChangeRegistration", "Investors and contributions"), "investors", false},
    {ChangeItem::Personnel, "personnel", QT_TRANSLATE_NOOP("ChangeRegistration", "Key personnel"),
     "personnel", false},
    {ChangeItem::Contacts, "contacts", QT_TRANSLATE_NOOP("ChangeRegistration", "Contacts"), "phone", false},
}};

const ItemInfo &info(ChangeItem item)
{
    for (const ItemInfo &i : ItemTable) {
        if (i.item == item)
            return i;
    }
    return ItemTable.front();
}

// The documents of a change (市场主体登记管理条例实施细则 art. 31 ff.), by what changed: ids stay,
// titles as printed on notices.
struct MaterialInfo
{
    const char *id;
    const char16_t *title;
    QList<ChangeItem> items; // empty: every change
};

const QList<MaterialInfo> &materialTable()
{
    using C = ChangeItem;
    static const QList<MaterialInfo> table{
        {"change_application", u"变更登记申请书", {}},
        {"change_resolution",
         u"依照章程作出的变更决议或决定",
         {C::Name, C::Domicile, C::LegalRep, C::Capital, C::Scope, C::Term, C::Investors, C::Personnel}},
        {"licence_originals",
         u"营业执照正、副本原件",
         {C::Name, C::Domicile, C::LegalRep, C::Capital, C::Scope, C::Term}},
        {"name_declaration", u"名称自主申报承诺书", {C::Name}},
        {"domicile_proof", u"新住所使用证明", {C::Domicile}},
        {"appointment_document", u"任免文件", {C::LegalRep, C::Personnel}},
        {"rep_id_copy", u"新任法定代表人身份证件复印件", {C::LegalRep}},
        {"articles_amendment", u"章程修正案或修改后的章程", {C::Capital, C::Scope, C::Term, C::Investors}},
        {"transfer_agreement", u"股权转让协议或出资证明", {C::Investors}},
        {PriorApproval::MaterialId, u"前置审批文件", {C::Scope}},
    };
    return table;
}

QString personLine(const Person &p)
{
    return p.name.trimmed();
}

QString investorsLine(const QList<Investor> &investors)
{
    QStringList parts;
    for (const Investor &i : investors) {
        if (!i.isBlank())
            parts.append(
                QStringLiteral("%1 %2").arg(i.name.trimmed(), FieldRules::formatWanYuan(i.subscribed)));
    }
    return parts.join(QStringLiteral("；"));
}

QString personnelLine(const QList<KeyPerson> &people)
{
    QStringList parts;
    for (const KeyPerson &k : people) {
        if (!k.name.trimmed().isEmpty())
            parts.append(QStringLiteral("%1（%2）").arg(k.name.trimmed(), k.position.trimmed()));
    }
    return parts.join(QStringLiteral("；"));
}

QString termLine(int years)
{
    return years == 0 ? ChangeRegistration::tr("no fixed term")
                      : ChangeRegistration::tr("%n year(s)", nullptr, years);
}

QString contactsLine(const OneForm &f)
{
    return QStringList{f.phone,
                       f.postalCode,
                       f.liaison.name,
                       f.liaison.phone,
                       f.financialOfficer.name,
                       f.financialOfficer.phone}
        .join(QLatin1Char(' '))
        .simplified();
}

// The scope's items as written, without the whitespace a retyped scope gains or loses between them
// (Chinese text has no word spaces: "销售； 零售" is "销售；零售").
QString scopeKey(const QString &scope)
{
    QString key;
    for (const QChar c : scope) {
        if (!c.isSpace())
            key.append(c);
    }
    return key;
}

bool samePerson(const Person &a, const Person &b)
{
    return a.name.trimmed() == b.name.trimmed() && a.idType == b.idType &&
           a.idNumber.trimmed().toUpper() == b.idNumber.trimmed().toUpper();
}

bool sameInvestors(const QList<Investor> &a, const QList<Investor> &b)
{
    QList<Investor> left, right;
    for (const Investor &i : a)
        if (!i.isBlank())
            left.append(i);
    for (const Investor &i : b)
        if (!i.isBlank())
            right.append(i);
    return left == right;
}

bool samePersonnel(const QList<KeyPerson> &a, const QList<KeyPerson> &b)
{
    const auto named = [](const QList<KeyPerson> &people) {
        QList<KeyPerson> out;
        for (const KeyPerson &k : people)
            if (!k.name.trimmed().isEmpty() || !k.idNumber.trimmed().isEmpty())
                out.append(k);
        return out;
    };
    return named(a) == named(b);
}

} // namespace

QList<ChangeItem> ChangeRegistration::allItems()
{
    QList<ChangeItem> items;
    for (const ItemInfo &i : ItemTable)
        items.append(i.item);
    return items;
}

QString ChangeRegistration::itemKey(ChangeItem item)
{
    return QLatin1String(info(item).key);
}

QString ChangeRegistration::itemLabel(ChangeItem item)
{
    return tr(info(item).label);
}

bool ChangeRegistration::onLicence(ChangeItem item)
{
    return info(item).onLicence;
}

QList<ChangedItem> ChangeRegistration::changes(const OneForm &before, const OneForm &after)
{
    QList<ChangedItem> out;
    const auto add = [&out](ChangeItem item, const QString &was, const QString &now) {
        out.append({item, QLatin1String(info(item).field), was, now});
    };
    if (before.proposedName.trimmed() != after.proposedName.trimmed())
        add(ChangeItem::Name, before.proposedName.trimmed(), after.proposedName.trimmed());
    if (before.domicile.trimmed() != after.domicile.trimmed() ||
        before.domicileDivision != after.domicileDivision) {
        // The address as typed; the division named too when it is what changed.
        const bool division = before.domicileDivision != after.domicileDivision;
        const auto where = [division](const OneForm &f) -> QString {
            if (!division)
                return f.domicile.trimmed();
            return Divisions::instance().fullName(f.domicileDivision) + QStringLiteral("：") +
                   f.domicile.trimmed();
        };
        add(ChangeItem::Domicile, where(before), where(after));
    }
    const bool position = before.legalRep.position.trimmed() != after.legalRep.position.trimmed() ||
                          before.legalRepOffice != after.legalRepOffice;
    if (!samePerson(before.legalRep, after.legalRep) || position) {
        // The same person in another office (a director become the manager) is a change too; the
        // line then names the office.
        const auto line = [position](const Person &p) {
            return position && !p.position.trimmed().isEmpty()
                       ? QStringLiteral("%1（%2）").arg(personLine(p), p.position.trimmed())
                       : personLine(p);
        };
        add(ChangeItem::LegalRep, line(before.legalRep), line(after.legalRep));
    }
    if (before.capital != after.capital)
        add(ChangeItem::Capital, FieldRules::formatWanYuan(before.capital),
            FieldRules::formatWanYuan(after.capital));
    if (!sameScope(before.businessScope, after.businessScope))
        add(ChangeItem::Scope, before.businessScope.simplified(), after.businessScope.simplified());
    if (before.termYears != after.termYears)
        add(ChangeItem::Term, termLine(before.termYears), termLine(after.termYears));
    if (!sameInvestors(before.investors, after.investors))
        add(ChangeItem::Investors, investorsLine(before.investors), investorsLine(after.investors));
    if (!samePersonnel(before.personnel, after.personnel))
        add(ChangeItem::Personnel, personnelLine(before.personnel), personnelLine(after.personnel));
    if (contactsLine(before) != contactsLine(after) || before.legalRep.phone != after.legalRep.phone ||
        before.liaison != after.liaison || before.financialOfficer != after.financialOfficer)
        add(ChangeItem::Contacts, contactsLine(before), contactsLine(after));
    return out;
}

bool ChangeRegistration::sameScope(const QString &registered, const QString &scope)
{
    return scopeKey(registered) == scopeKey(scope);
}

bool ChangeRegistration::needsNewLicence(const QList<ChangedItem> &changes)
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const ChangedItem &c) { return onLicence(c.item); });
}

bool ChangeRegistration::needsNewLicence(const CaseRecord &record)
{
    return record.kind == CaseKind::Change && needsNewLicence(changes(record.registered, record.form));
}

OneForm ChangeRegistration::rebase(const OneForm &base, const OneForm &form, const OneForm &current)
{
    OneForm out = current;
    for (const ChangedItem &changed : changes(base, form)) {
        switch (changed.item) {
        case ChangeItem::Name:
            out.proposedName = form.proposedName;
            break;
        case ChangeItem::Domicile:
            out.domicile = form.domicile;
            out.domicileDivision = form.domicileDivision;
            break;
        case ChangeItem::LegalRep: {
            const QString phone = out.legalRep.phone; // a contact: the Contacts item's
            out.legalRep = form.legalRep;
            out.legalRep.phone = phone;
            out.legalRepOffice = form.legalRepOffice;
            break;
        }
        case ChangeItem::Capital:
            out.capital = form.capital;
            break;
        case ChangeItem::Scope:
            out.businessScope = form.businessScope;
            break;
        case ChangeItem::Term:
            out.termYears = form.termYears;
            break;
        case ChangeItem::Investors:
            out.investors = form.investors;
            break;
        case ChangeItem::Personnel:
            out.personnel = form.personnel;
            break;
        case ChangeItem::Contacts:
            out.phone = form.phone;
            out.postalCode = form.postalCode;
            out.legalRep.phone = form.legalRep.phone;
            out.liaison = form.liaison;
            out.financialOfficer = form.financialOfficer;
            break;
        }
    }
    return out;
}

CaseRecord ChangeRegistration::start(const QString &code, const OneForm &registered, const QDate &established)
{
    CaseRecord record;
    record.kind = CaseKind::Change;
    record.subjectCode = code.trimmed().toUpper();
    record.registered = registered;
    record.form = registered;
    record.established = established;
    record.materials = checklist({});
    return record;
}

QList<MaterialItem> ChangeRegistration::checklist(const QList<ChangedItem> &changes,
                                                  const QList<MaterialItem> &previous)
{
    QList<MaterialItem> items;
    for (const MaterialInfo &m : materialTable()) {
        const bool wanted =
            m.items.isEmpty() || std::any_of(changes.cbegin(), changes.cend(),
                                             [&m](const ChangedItem &c) { return m.items.contains(c.item); });
        if (!wanted)
            continue;
        MaterialItem item;
        item.id = QLatin1String(m.id);
        item.title = QString::fromUtf16(m.title);
        // The approval document is asked for by PriorApproval when the new scope needs one.
        item.required = item.id != QLatin1String(PriorApproval::MaterialId);
        items.append(item);
    }
    keepMarks(items, previous);
    return items;
}

FieldIssues ChangeRegistration::check(const CaseRecord &record)
{
    FieldIssues issues;
    if (record.kind != CaseKind::Change)
        return issues;
    if (record.form.entityTypeId != record.registered.entityTypeId)
        issues.append({QStringLiteral("entityTypeId"),
                       tr("A change registration keeps the entity type (%1); a change of type is a "
                          "registration of its own.")
                           .arg(record.registered.entityTypeId),
                       QStringLiteral("change.type")});
    if (record.form.authorityDivision != record.registered.authorityDivision)
        issues.append(
            {QStringLiteral("authorityDivision"),
             tr("The enterprise is registered with another authority; its change is registered there."),
             QStringLiteral("change.authority")});
    if (changes(record.registered, record.form).isEmpty())
        issues.append({QStringLiteral("proposedName"),
                       tr("Nothing differs from the registered data yet: change the items the applicant "
                          "asks to change."),
                       QStringLiteral("change.nothing")});
    return issues;
}

} // namespace ow::core
