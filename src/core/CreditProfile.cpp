#include "CreditProfile.h"

#include "Authority.h"
#include "EntityType.h"

#include <QLoggingCategory>

#include <algorithm>
#include <array>

Q_LOGGING_CATEGORY(lcCreditProfile, "onewindow.core.creditprofile")

namespace ow::core {
namespace {

constexpr std::array Categories{
    CreditCategory::Registration, CreditCategory::Licensing, CreditCategory::Penalties,
    CreditCategory::Performance,  CreditCategory::Other,
};

const char *const CategoryLabels[] = {
    QT_TRANSLATE_NOOP("CreditProfiles", "Basic registration"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Administrative licensing"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Administrative penalties"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Performance"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Other information"),
};

// In CreditItemKind's order.
const char *const KindLabels[] = {
    QT_TRANSLATE_NOOP("CreditProfiles", "Registration"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Former name"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Claimed by a department"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Administrative licence"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Administrative penalty"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Performance"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Other information"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Credit list entry"),
};

// In CreditField's order.
const char *const FieldLabels[] = {
    QT_TRANSLATE_NOOP("CreditProfiles", "Name"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Unified social credit code"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Entity type"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Legal representative"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Trade name and industry"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Registration authority"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Established"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Status"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Status since"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Decision"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Changed on"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Claimed on"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Licence number"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Decision number"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Licensed item"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Valid from"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Valid to"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Decided on"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Facts"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Basis"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Penalty"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Content"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Date"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Reason"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Decision and basis"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Listed on"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Removed on"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Reason for removal"),
    QT_TRANSLATE_NOOP("CreditProfiles", "Source"),
};

static_assert(std::size(CategoryLabels) == Categories.size());
static_assert(std::size(KindLabels) == int(CreditItemKind::ListEntry) + 1);
static_assert(std::size(FieldLabels) == int(CreditField::Source) + 1);

QDate chinaDate(const QDateTime &at)
{
    constexpr qint64 ChinaOffsetSeconds = 8 * 3600;
    return at.isValid() ? at.toUTC().addSecs(ChinaOffsetSeconds).date() : QDate();
}

// Adds a detail when it says something.
void add(CreditItem &item, CreditField field, const QString &text)
{
    if (!text.trimmed().isEmpty())
        item.details.append({field, text.trimmed(), {}, {}});
}

void addDate(CreditItem &item, CreditField field, const QDate &date)
{
    if (date.isValid())
        item.details.append({field, {}, date, {}});
}

CreditItem registration(const RegisteredEntity &e, const QString &office)
{
    const EntityType *type = EntityTypeCatalog::instance().find(e.entityTypeId);
    CreditItem item{CreditItemKind::Registration, e.established, office, e.name, {}, false, {}};
    add(item, CreditField::Name, e.name);
    add(item, CreditField::Code, e.code);
    add(item, CreditField::EntityType,
        !e.typeName.isEmpty() ? e.typeName
        : type                ? type->name
                              : e.entityTypeId);
    if (!e.legalRep.trimmed().isEmpty()) {
        const QString title = !e.representativeLabel.isEmpty() ? e.representativeLabel
                              : type                           ? type->representativeTitle
                                                               : QString();
        item.details.append({CreditField::Representative, e.legalRep.trimmed(), {}, title});
    }
    if (!e.tradeName.isEmpty())
        add(item, CreditField::TradeName,
            e.industry.isEmpty() ? e.tradeName : e.tradeName + u" · " + e.industry);
    add(item, CreditField::Authority, office.isEmpty() ? e.authorityDivision : office);
    addDate(item, CreditField::Established, e.established);
    add(item, CreditField::Status, e.status.isEmpty() ? RegisteredEntity::StatusRegistered : e.status);
    addDate(item, CreditField::StatusSince, e.statusSince);
    add(item, CreditField::StatusDecision, e.statusDecision);
    add(item, CreditField::Source, office);
    return item;
}

CreditItem formerName(const RegisteredEntity::FormerName &former, const QString &office)
{
    CreditItem item{CreditItemKind::FormerName, former.changedOn, office, former.name, {}, false, {}};
    addDate(item, CreditField::ChangedOn, former.changedOn);
    add(item, CreditField::Source, office);
    return item;
}

CreditItem claim(const DepartmentClaim &c)
{
    const QString department = c.departmentName.isEmpty() ? c.department : c.departmentName;
    CreditItem item{CreditItemKind::Claim, chinaDate(c.claimedAt), department, department, {}, false, {}};
    addDate(item, CreditField::ClaimedOn, item.date);
    add(item, CreditField::Source, department);
    return item;
}

CreditItem record(const CreditRecord &r)
{
    const QString department = r.departmentName.isEmpty() ? r.department : r.departmentName;
    CreditItem item{
        CreditProfiles::itemKindOf(r.kind), CreditRecords::dayOf(r), department, {}, {}, false, {}};
    switch (r.kind) {
    case CreditRecordKind::Licence:
        item.headline = r.item.isEmpty() ? r.number : r.item;
        add(item, CreditField::LicenceNumber, r.number);
        add(item, CreditField::Item, r.item);
        addDate(item, CreditField::ValidFrom, r.date);
        item.details.append({CreditField::ValidTo, {}, r.validTo, {}}); // none: no end
        break;
    case CreditRecordKind::Penalty:
        item.headline = r.number;
        add(item, CreditField::DecisionNumber, r.number);
        addDate(item, CreditField::DecidedOn, r.date);
        add(item, CreditField::Facts, r.facts);
        add(item, CreditField::Basis, r.basis);
        add(item, CreditField::Penalty, r.penalty);
        break;
    case CreditRecordKind::Performance:
    case CreditRecordKind::Other:
        item.headline = r.title;
        add(item, CreditField::Content, r.content);
        addDate(item, CreditField::Date, r.date);
        break;
    }
    add(item, CreditField::Source, department);
    return item;
}

CreditItem listEntry(const CreditEntry &e, const QDate &day)
{
    CreditItem item{CreditItemKind::ListEntry, e.from, e.authority, {}, e.list, false, {}};
    item.removed = e.removedOn.isValid() && e.removedOn <= day;
    add(item, CreditField::Reason, e.reason);
    add(item, CreditField::ListBasis, e.basis);
    addDate(item, CreditField::ListedOn, e.from);
    if (item.removed) {
        addDate(item, CreditField::RemovedOn, e.removedOn);
        add(item, CreditField::RemovalReason, e.removalReason);
    }
    add(item, CreditField::Source, e.authority);
    return item;
}

} // namespace

bool CreditDetail::isDate() const
{
    switch (field) {
    case CreditField::Established:
    case CreditField::StatusSince:
    case CreditField::ChangedOn:
    case CreditField::ClaimedOn:
    case CreditField::ValidFrom:
    case CreditField::ValidTo:
    case CreditField::DecidedOn:
    case CreditField::Date:
    case CreditField::ListedOn:
    case CreditField::RemovedOn:
        return true;
    default:
        return false;
    }
}

QString CreditItem::text(CreditField field) const
{
    for (const CreditDetail &d : details) {
        if (d.field == field)
            return d.text;
    }
    return {};
}

const CreditSection &CreditProfile::section(CreditCategory category) const
{
    for (const CreditSection &s : sections) {
        if (s.category == category)
            return s;
    }
    static const CreditSection none;
    return none;
}

QList<CreditItem> CreditProfile::listedNow() const
{
    QList<CreditItem> listed;
    for (const CreditSection &s : sections) {
        for (const CreditItem &item : s.items) {
            if (item.kind == CreditItemKind::ListEntry && !item.removed)
                listed.append(item);
        }
    }
    return listed;
}

int CreditProfile::itemCount() const
{
    int n = 0;
    for (const CreditSection &s : sections)
        n += int(s.items.size());
    return n;
}

QList<CreditCategory> CreditProfiles::categories()
{
    return {Categories.begin(), Categories.end()};
}

CreditCategory CreditProfiles::categoryOf(CreditItemKind kind)
{
    switch (kind) {
    case CreditItemKind::Registration:
    case CreditItemKind::FormerName:
    case CreditItemKind::Claim:
        return CreditCategory::Registration;
    case CreditItemKind::Licence:
        return CreditCategory::Licensing;
    case CreditItemKind::Penalty:
        return CreditCategory::Penalties;
    case CreditItemKind::Performance:
        return CreditCategory::Performance;
    case CreditItemKind::Other:
    case CreditItemKind::ListEntry:
        return CreditCategory::Other;
    }
    return CreditCategory::Other;
}

CreditItemKind CreditProfiles::itemKindOf(CreditRecordKind kind)
{
    switch (kind) {
    case CreditRecordKind::Licence:
        return CreditItemKind::Licence;
    case CreditRecordKind::Penalty:
        return CreditItemKind::Penalty;
    case CreditRecordKind::Performance:
        return CreditItemKind::Performance;
    case CreditRecordKind::Other:
        return CreditItemKind::Other;
    }
    return CreditItemKind::Other;
}

CreditProfile CreditProfiles::build(const RegisteredEntity &entity, const QList<DepartmentClaim> &claims,
                                    const QList<CreditRecord> &records, const QList<CreditEntry> &entries,
                                    const QDate &day)
{
    CreditProfile profile;
    profile.code = entity.code;
    profile.name = entity.name;
    profile.status = entity.status.isEmpty() ? RegisteredEntity::StatusRegistered : entity.status;
    profile.day = day;
    for (CreditCategory category : Categories)
        profile.sections.append({category, {}});
    const QString office = !entity.authorityName.isEmpty() ? entity.authorityName
                                                           : Authority::officeName(entity.authorityDivision);

    QList<CreditItem> items{registration(entity, office)};
    for (const RegisteredEntity::FormerName &former : entity.formerNames)
        items.append(formerName(former, office));
    const QString code = entity.code.trimmed().toUpper();
    for (const DepartmentClaim &c : claims) {
        if (c.creditCode.trimmed().toUpper() == code)
            items.append(claim(c));
    }
    for (const CreditRecord &r : records) {
        if (r.creditCode.trimmed().toUpper() == code)
            items.append(record(r));
    }
    for (const CreditEntry &e : entries) {
        if (e.subjectKind == CreditSubjectKind::Entity && CreditList::normalisedSubject(e.subject) == code)
            items.append(listEntry(e, day));
    }
    // The registration heads its section; the rest oldest first, undated last.
    std::stable_sort(items.begin(), items.end(), [](const CreditItem &a, const CreditItem &b) {
        const bool aFirst = a.kind == CreditItemKind::Registration;
        const bool bFirst = b.kind == CreditItemKind::Registration;
        if (aFirst != bFirst)
            return aFirst;
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        return a.date < b.date;
    });
    for (CreditItem &item : items)
        profile.sections[int(categoryOf(item.kind))].items.append(std::move(item));
    qCDebug(lcCreditProfile) << "credit record of" << profile.code << ":" << profile.itemCount() << "item(s)";
    return profile;
}

QString CreditProfiles::categoryLabel(CreditCategory category)
{
    return tr(CategoryLabels[int(category)]);
}

QString CreditProfiles::kindLabel(CreditItemKind kind)
{
    return tr(KindLabels[int(kind)]);
}

QString CreditProfiles::fieldLabel(const CreditDetail &detail)
{
    if (detail.field == CreditField::Representative && !detail.label.isEmpty())
        return detail.label;
    return tr(FieldLabels[int(detail.field)]);
}

} // namespace ow::core
