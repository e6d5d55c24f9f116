#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow::core {

// The lists that restrict an entity and its people (DOMAIN §7; the seed's 二(四)2, 失信联合惩戒).
enum class CreditListKind
{
    Abnormal,        // 经营异常名录: no annual report, unreachable at the registered address …
    Serious,         // 严重违法失信企业名单 (the blacklist)
    DishonestDebtor, // 失信被执行人, pushed by the courts
};

// What an entry names: an entity by its unified social credit code, or a person by the number of
// their identity document.
enum class CreditSubjectKind
{
    Entity,
    Person,
};

// One entry of a list: who, why, who decided, on what basis, and when it took effect and ended.
// Removal is a dated change of the entry (removedOn and why), never a deletion: the history stays.
struct CreditEntry
{
    QString id; // UUID, chosen where the entry is first written; a resend changes nothing
    CreditListKind list = CreditListKind::Abnormal;
    CreditSubjectKind subjectKind = CreditSubjectKind::Person;
    QString subject;     // credit code or ID number, as CreditList::normalisedSubject gives it
    QString subjectName; // the entity's name or the person's
    QString reason;      // 列入原因
    QString authority;   // 作出决定机关
    QString basis;       // 依据: the decision's number and the provision
    QDate from;          // 列入日期
    QDate removedOn;     // 移出日期; invalid while listed
    QString removalReason;
    QString source;        // where it came from: "registry", "import", "department:<code>"
    QString recordedBy;    // who entered or confirmed it (user or certificate)
    QDateTime recordedAt;  // by the exchange's clock
    QString authorityCode; // the registration authority (core::Authority) that holds it, or the province

    // Listed on `day`: from on or before it, and not removed by then.
    bool inForce(const QDate &day) const
    {
        return from.isValid() && from <= day && (!removedOn.isValid() || day < removedOn);
    }
    bool operator==(const CreditEntry &) const = default;
};

class CreditList
{
    Q_DECLARE_TR_FUNCTIONS(CreditList)
public:
    static constexpr int MaxSubjectName = 200;
    static constexpr int MaxReason = 1000;
    static constexpr int MaxAuthority = 200;
    static constexpr int MaxBasis = 500;
    static constexpr int MaxSource = 64;
    static constexpr int MaxSubject = 32;

    static QString key(CreditListKind list); // "abnormal", "serious", "dishonest_debtor"
    static std::optional<CreditListKind> fromKey(const QString &key);
    static QString label(CreditListKind list); // 经营异常名录 …, in the user's language
    static QList<CreditListKind> all();
    static QString subjectKey(CreditSubjectKind kind); // "entity", "person"
    static std::optional<CreditSubjectKind> subjectFromKey(const QString &key);

    // The subject as entries and lookups keep it: trimmed, full-width folded, upper case.
    static QString normalisedSubject(const QString &subject);

    // What is wrong with an entry as someone wants it recorded, in the user's language, naming
    // the field; empty when it may be recorded. `today` bounds the dates (not in the future).
    static QString problem(const CreditEntry &entry, const QDate &today);
    // What is wrong with removing `entry` on `on` for `why`; empty when it may be.
    static QString removalProblem(const CreditEntry &entry, const QDate &on, const QString &why,
                                  const QDate &today);

    // The entry on the wire (docs/protocol.md, the feed's "list" changes): one writer and one reader
    // for both sides. fromJson gives nothing when a key is missing or of the wrong kind, the list or
    // the subject's kind is not one of theirs, a date is not one, or a text is over its bound; whether
    // the entry may be recorded is the receiver's rule (problem()).
    static QJsonObject toJson(const CreditEntry &entry);
    static std::optional<CreditEntry> fromJson(const QJsonObject &json);

    // An ID number shown to people who only need to recognise it: 1401**********1234.
    static QString masked(const QString &subject);
};

} // namespace ow::core
