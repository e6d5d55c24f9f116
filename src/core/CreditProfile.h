#pragma once

#include "CreditList.h"
#include "CreditRecord.h"
#include "RegisteredEntity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ow::core {

// The seed's categories of an entity's credit record (归集目录, DOMAIN §7), in the order they are
// shown and printed.
enum class CreditCategory
{
    Registration, // 基础登记信息: the registration, its former names, the departments' claims
    Licensing,    // 行政许可
    Penalties,    // 行政处罚
    Performance,  // 履约信息
    Other,        // 其他信息: the credit lists' entries among them
};

// What an item of the record is; each side words it (the counter through tr(), the printed report
// in the fixed Chinese of licence::CreditReport).
enum class CreditItemKind
{
    Registration, // the entity as registered
    FormerName,   // a name it had until a change
    Claim,        // a department's claim (认领)
    Licence,
    Penalty,
    Performance,
    Other,
    ListEntry, // an entry of a credit list, in force or removed
};

// One line of an item: what it says and its value, in the order shown.
enum class CreditField
{
    Name,
    Code,
    EntityType,
    Representative, // its label is the entity type's (法定代表人, 负责人 …): CreditDetail::label
    TradeName,
    Authority, // the registration authority
    Established,
    Status, // text: core::RegisteredEntity's status key
    StatusSince,
    StatusDecision,
    ChangedOn, // a former name's change
    ClaimedOn,
    LicenceNumber,
    DecisionNumber, // a penalty decision's number (文号)
    Item,           // licensed item
    ValidFrom,
    ValidTo, // no date: no end (长期)
    DecidedOn,
    Facts,
    Basis, // a penalty's 处罚依据
    Penalty,
    Content,
    Date,      // performance and other information's day
    Reason,    // why a list entry was made
    ListBasis, // a list entry's decision number and provision
    ListedOn,
    RemovedOn,
    RemovalReason,
    Source, // who decided or sent it: a department, a list's deciding authority, the registry
};

struct CreditDetail
{
    CreditField field = CreditField::Source;
    QString text;  // the value, unless it is a date
    QDate date;    // the value of a date field (invalid for ValidTo: no end)
    QString label; // the entity type's own label, when it has one (Representative only)
    bool isDate() const;
};

struct CreditItem
{
    CreditItemKind kind = CreditItemKind::Other;
    QDate date;       // the day it is sorted and shown by
    QString source;   // who decided or sent it
    QString headline; // what names it: the former name, the number, the title, the department
    CreditListKind list = CreditListKind::Abnormal; // ListEntry only
    bool removed = false;                           // a list entry removed (移出) by the day of the record
    QList<CreditDetail> details;
    QString text(CreditField field) const; // the first detail's text of `field`, or empty
};

struct CreditSection
{
    CreditCategory category = CreditCategory::Other;
    QList<CreditItem> items; // oldest first; the registration first of its section
};

// An entity's credit record as the counter shows and prints it (DOMAIN §7–§8): its registration,
// the departments' claims and records and the credit lists' entries about it, each in its category
// with its date and source. Built from what the counter cached; the day decides which list entries
// are removed.
struct CreditProfile
{
    QString code;
    QString name;
    QString status;                // core::RegisteredEntity's status key
    QDate day;                     // the day the record is as of
    QList<CreditSection> sections; // every category, in CreditCategory's order, empty ones too

    const CreditSection &section(CreditCategory category) const;
    // The list entries in force on `day`: what restricts the entity now.
    QList<CreditItem> listedNow() const;
    int itemCount() const;
};

class CreditProfiles
{
    Q_DECLARE_TR_FUNCTIONS(CreditProfiles)
public:
    static QList<CreditCategory> categories();
    // Which category an item goes in: the rule, once. A licence pushed back is licensing, a penalty
    // penalties, performance performance, other information other; a list entry is other
    // information (the regulation on the publicity of enterprise information, art. 6 (5): 其他依法应当
    // 公示的信息, where the registry publishes its lists); the registration, its former names and
    // the departments' claims are the basic registration.
    static CreditCategory categoryOf(CreditItemKind kind);
    static CreditItemKind itemKindOf(CreditRecordKind kind);

    // The record of `entity` on `day` from the departments' claims and records and the lists'
    // entries about it (others' are ignored); the entity's type name, representative's title and
    // authority's name are taken from the catalogues when it does not carry them.
    static CreditProfile build(const RegisteredEntity &entity, const QList<DepartmentClaim> &claims,
                               const QList<CreditRecord> &records, const QList<CreditEntry> &entries,
                               const QDate &day);

    // In the user's language: the category (基础登记信息 …), an item's kind, a field's label.
    static QString categoryLabel(CreditCategory category);
    static QString kindLabel(CreditItemKind kind);
    static QString fieldLabel(const CreditDetail &detail);
};

} // namespace ow::core
