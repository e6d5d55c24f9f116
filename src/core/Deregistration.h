#pragma once

#include "CaseRecord.h"
#include "IsoTime.h"
#include "Materials.h"
#include "RegisteredEntity.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow::core {

// An objection to a simplified deregistration, raised during its notice (a creditor, a department)
// and recorded at the exchange.
struct Objection
{
    QString by;   // who objects: a creditor's name, a department
    QString text; // what they object to
    QDateTime at; // recorded, by the exchange's clock
    bool operator==(const Objection &) const = default;
};

// The public notice of a simplified deregistration (简易注销公告, 市场主体登记管理条例 art. 33):
// 20 days, begun by the exchange when the acceptance reaches it, shown to the public, with the
// objections raised. Both sides decide from it whether the deregistration may be approved.
struct DeregistrationNotice
{
    static constexpr int NoticeDays = 20;
    static constexpr int MaxObjections = 100;
    static constexpr int MaxObjectionText = 500;
    static constexpr int MaxObjector = 100;

    QString caseId;
    QString code; // the entity's unified social credit code
    QString name; // the entity's name, as the notice shows it
    QString authority;
    QDate from;  // the first day of the notice
    QDate until; // its last day: a decision may be taken the day after
    QList<Objection> objections;
    // The day the case ended before its decision (withdrawn, refused, rejected): the notice stops
    // there and takes no more objections. Invalid while the case stands.
    QDate closedOn;

    // The notice of `record` begun on `day`.
    static DeregistrationNotice begin(const CaseRecord &record, const QDate &day);
    // The day a moment falls on for a notice: the day it begins, takes an objection or closes (the
    // registry's day, China's date: isotime::chinaDate).
    static QDate dayOf(const QDateTime &at) { return isotime::chinaDate(at); }
    // The last day of a notice begun on `from`: 20 days, the first and the last counted.
    static QDate untilOf(const QDate &from) { return from.addDays(NoticeDays - 1); }
    bool isOver(const QDate &today) const { return today > until; }
    // Whether the public sees it on `today`: begun, not over, not closed by its case's end.
    bool runsOn(const QDate &today) const { return !isClosed() && from <= today && !isOver(today); }
    bool isClosed() const { return closedOn.isValid(); }

    QJsonObject toJson() const;
    // Nothing when `json` is not a notice: no case, no valid code, no dates, or too many objections.
    static std::optional<DeregistrationNotice> fromJson(const QJsonObject &json);
};

// The rules of a deregistration (注销登记) both sides apply.
class Deregistration
{
    Q_DECLARE_TR_FUNCTIONS(Deregistration)
public:
    // A deregistration case of the entity `code` registered with `registered`.
    static CaseRecord start(const QString &code, const OneForm &registered, bool simplified);
    // The checklist of the procedure (一套材料).
    static QList<MaterialItem> checklist(bool simplified, const QList<MaterialItem> &previous = {});
    // Whether a simplified deregistration of `record` may be approved on `today` with `notice`
    // (none: the exchange has not begun one yet): the notice over and no objection raised.
    // Errors: deregistration.no_notice, deregistration.notice_running, deregistration.objected.
    static Result<void> checkDecision(const CaseRecord &record,
                                      const std::optional<DeregistrationNotice> &notice, const QDate &today);
    // Whether `entity` may be the subject of a case of `kind` (a change, or a deregistration,
    // `simplified` or not), here and at the exchange alike: a registered entity may be changed and
    // deregistered; one whose licence was revoked (吊销) may be neither changed nor left as it is — it
    // is deregistered by the general procedure, its liquidation first (the simplified procedure is
    // not open to an entity under an administrative penalty); a deregistered one takes no case.
    // Errors: case.subject_ended, deregistration.general_only.
    static Result<void> checkSubject(CaseKind kind, bool simplified, const RegisteredEntity &entity);
    // Whether a case of `kind` has a public notice its decision waits for: a simplified deregistration.
    static bool hasNotice(CaseKind kind, bool simplified)
    {
        return kind == CaseKind::Deregistration && simplified;
    }
    // The notice of the simplified deregistration `record`: `known` (the exchange's, of this case),
    // else, once it is accepted, the notice as the exchange begins it when the acceptance reaches
    // it, taken to be the day of acceptance (`expected` set). None for any other case.
    static std::optional<DeregistrationNotice> noticeOf(const CaseRecord &record,
                                                        const std::optional<DeregistrationNotice> &known,
                                                        bool *expected = nullptr);
    // One line for the case's header: where the notice stands.
    static QString noticeStatus(const std::optional<DeregistrationNotice> &notice, const QDate &today);
};

} // namespace ow::core
