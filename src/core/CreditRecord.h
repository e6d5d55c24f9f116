#pragma once

#include "RegisteredEntity.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::core {

// What a department is to the exchange (DOMAIN §8): which registrations it is sent. Tax, social
// security and statistics get every registration of their authority; a licensing department those
// whose business scope has an item needing one of its licences (双告知; the licences are the scope
// catalogue's names, resources/data/scope_catalogue.json).
enum class DepartmentKind
{
    Tax,
    SocialSecurity,
    Statistics,
    Licensing,
};

struct Department
{
    QString code; // its certificate's CN, e.g. SX-TAX
    QString name; // 国家税务总局山西省税务局
    QList<DepartmentKind> kinds;
    QStringList licences; // catalogue names of the licences it grants (Licensing)
    QString authority;    // the registration authority (core::Authority) whose registrations it gets
};

// A department's claim (认领) of a registered entity: it knows the entity and keeps its record.
struct DepartmentClaim
{
    QString department;
    QString departmentName;
    QString creditCode;
    QString entityName;
    QDateTime claimedAt; // by the exchange's clock
    bool operator==(const DepartmentClaim &) const = default;
};

// The seed's categories of an entity's credit record (归集目录), but for its registration, which
// is the entity itself: administrative licensing, administrative penalties, performance, other.
enum class CreditRecordKind
{
    Licence,     // 行政许可: number, item, valid from (date) to (validTo)
    Penalty,     // 行政处罚: decision number, facts, basis, penalty, decided on (date)
    Performance, // 履约 / 守信 information: title, content, date
    Other,       // other information: title, content, date
};

// One item a department pushed back about an entity: keyed by the department's own id, so a
// resend records nothing twice.
struct CreditRecord
{
    QString id; // the department's own id of the item
    QString department;
    QString departmentName;
    QString creditCode;
    QString entityName;
    CreditRecordKind kind = CreditRecordKind::Other;
    QString number;  // licence number, penalty decision number (文号)
    QString item;    // licensed item
    QString facts;   // 违法事实
    QString basis;   // 处罚依据
    QString penalty; // 处罚内容
    QString title;   // performance / other
    QString content; // performance / other
    QDate date;      // licence: valid from; penalty: decided on; others: the day
    QDate validTo;   // licence only; invalid: no end
    QDateTime recordedAt;
    bool operator==(const CreditRecord &) const = default;
};

class CreditRecords
{
    Q_DECLARE_TR_FUNCTIONS(CreditRecords)
public:
    static constexpr int MaxId = 64;
    static constexpr int MaxCode = 32; // a department's code
    static constexpr int MaxName = 100;
    static constexpr int MaxNumber = 100;
    static constexpr int MaxItem = 200;
    static constexpr int MaxTitle = 200;
    static constexpr int MaxFacts = 2000;
    static constexpr int MaxBasis = 500;
    static constexpr int MaxPenalty = 500;
    static constexpr int MaxContent = 2000;
    static constexpr int MaxEntityName = 200;

    static QString kindKey(CreditRecordKind kind); // "licence", "penalty", "performance", "other"
    static std::optional<CreditRecordKind> kindFromKey(const QString &key);
    static QString kindLabel(CreditRecordKind kind); // in the user's language
    static QString
    departmentKindKey(DepartmentKind kind); // "tax", "social_security", "statistics", "licensing"
    static std::optional<DepartmentKind> departmentKindFromKey(const QString &key);

    // A department's code: 2–32 of A–Z 0–9 '-', starting with a letter.
    static bool isValidDepartmentCode(const QString &code);
    // A department's own id of an item: 1–64 of A–Z a–z 0–9 . _ : -
    static bool isValidItemId(const QString &id);
    // What is wrong with a department as someone wants it enrolled (unknown licence, no kind …).
    static QString departmentProblem(const Department &department);
    // Which of the entity's licensed scope items concern `department`: every one of its licences
    // (a licensing department), as "item (licence)"; empty for the other kinds.
    static QStringList licensedItemsFor(const Department &department, const RegisteredEntity &entity);
    // Whether the entity's registration goes to `department` (its authority covers the entity's,
    // and tax / social security / statistics always, licensing when licensedItemsFor is not empty).
    static bool concerns(const Department &department, const RegisteredEntity &entity);

    // What is wrong with a record as a department wants it recorded, naming the field (a path
    // relative to the record) in `field`; empty when it may be. `today` bounds its dates.
    static QString problem(const CreditRecord &record, const QDate &today, QString *field = nullptr);

    // The record and the claim on the wire (docs/protocol.md, department/records and the feed's
    // "credit_record" and "claim" changes): one writer and one reader for both sides. fromJson gives
    // nothing when a key is missing or of the wrong kind, a text is over its bound or a date is not one.
    static QJsonObject toJson(const CreditRecord &record);
    static std::optional<CreditRecord> fromJson(const QJsonObject &json);
    static QJsonObject claimToJson(const DepartmentClaim &claim);
    static std::optional<DepartmentClaim> claimFromJson(const QJsonObject &json);

    // The day a record is shown and sorted by: its date, else the day it was recorded.
    static QDate dayOf(const CreditRecord &record);
};

} // namespace ow::core
