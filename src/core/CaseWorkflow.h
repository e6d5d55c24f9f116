#pragma once

#include "CaseRecord.h"
#include "CreditCheck.h"
#include "Deregistration.h"
#include "DomainEvent.h"
#include "Result.h"
#include "RuleResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace ow::core {

enum class CaseAction
{
    SaveDraft,         // draft -> draft
    Accept,            // draft|submitted -> accepted (receipt number issued)
    RequestCorrection, // draft|submitted|under_review -> correction_required
    Refuse,            // draft|submitted -> refused
    Withdraw,          // draft|correction_required|submitted|accepted|under_review -> withdrawn
    Resume,            // correction_required -> draft (the applicant returns)
    TakeForReview,     // accepted -> under_review (lock)
    ReleaseReview,     // under_review -> accepted (a supervisor frees the lock, with a reason)
    ExtendDecision, // accepted|under_review -> the same (the decision's limit extended once, with a reason)
    Approve,        // under_review -> approved (four eyes)
    Reject,         // under_review -> rejected
    IssueLicence,   // approved -> licensed
    Publish,        // licensed -> published
};

// Whether an action asks the person for a reason: required ones are refused without one (and
// printed on the notice), an optional one is asked for and recorded when given.
enum class ReasonRule
{
    None,
    Optional,
    Required,
};

struct Actor
{
    QString userId;
    Role role = Role::Clerk;
    QString workstation;
};

// What DOMAIN leaves to each office to decide (its settings). The defaults allow what the table
// allows: the exchange, which does not hold an office's settings, checks with them; a counter
// checks with its office's (workbench::AppSettings).
struct OfficePolicy
{
    // Whether a supervisor may pre-check and accept an online application, or only a clerk may.
    bool supervisorsPreCheck = true;
};

struct TransitionRequest
{
    CaseAction action = CaseAction::SaveDraft;
    Actor actor;
    QString reason;          // required for refuse, reject and correction requests (ReasonRule)
    QStringList reasonCodes; // the standard reasons picked (core::ReasonCatalogue), in the event
    QDateTime at;            // device time (UTC)
    QString receiptNumber;   // for Accept: the number the store allocated
    OfficePolicy policy;     // the office's settings where the action is taken
    // For Accept and Approve: the form's parties checked against the credit lists where the action
    // is taken (core::CreditCheck); a report that blocks refuses the action (credit.restricted).
    std::optional<CreditReport> credit;
    // For Approve of a simplified deregistration: its public notice as the counter knows it from the
    // exchange (none: not begun); the decision waits for its end and is refused on an objection.
    std::optional<DeregistrationNotice> notice;
    // For Accept: what OneFormValidator::validate found in this very form, when the caller ran it
    // already (the exchange does, on the request's thread before its writers' lock); none: the
    // workflow runs it.
    std::optional<FieldIssues> formIssues;
};

// DOMAIN §3 as one state machine: which transitions exist, which role may make each,
// the four-eyes rule, and the event each produces. A table, not a chain of ifs.
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)
public:
    struct Transition
    {
        CaseAction action;
        QList<CaseState> from;
        CaseState to;
        QList<Role> roles;
        ReasonRule reason;
        bool local; // recorded in the audit journal only, not sent to the exchange
        const char *eventType;
        QList<CaseKind> kinds; // the kinds of case the row is for; empty: every kind
        bool serves(CaseKind kind) const { return kinds.isEmpty() || kinds.contains(kind); }
    };

    // How long a supervisor's review lock lasts before another supervisor may take the case.
    static constexpr int ReviewLockHours = 4;

    static const QList<Transition> &transitions();
    static QString actionKey(CaseAction action);
    static QString actionLabel(CaseAction action);

    // Whether the action is possible now for this actor; on refusal, a translated reason.
    static Result<void> check(const CaseRecord &record, const TransitionRequest &request);
    // The actions this actor may take on this case now: the table's state and role, and the
    // four-eyes rule (the supervisor who accepted a case is not offered to approve it). What
    // depends on the request (reason, receipt number, form, review lock) is left to check().
    static QList<CaseAction> available(const CaseRecord &record, const Actor &actor,
                                       const OfficePolicy &policy = {});
    // Why the actor, whose role may take `action` in the case's state, is not offered it: a rule
    // they should be told of where they look (the four-eyes rule, the office's policy), or "" when
    // there is none.
    static QString whyNot(const CaseRecord &record, CaseAction action, const Actor &actor,
                          const OfficePolicy &policy = {});
    // The four-eyes rule as the supervisor who accepted a case is told it.
    static QString fourEyesRule();
    // The office's rule on pre-checking online applications, as a supervisor is told it.
    static QString preCheckRule();
    // Whether the actor may edit the case's one form (a draft, by whoever may save it).
    static bool mayEditForm(const CaseRecord &record, const Actor &actor);
    // Whether the action asks for a reason (the table's column).
    static ReasonRule reasonRule(CaseAction action);

    // Who holds the review of a case under review, and until when; none when nobody does.
    struct ReviewLock
    {
        QString reviewer;
        QDateTime until;
    };
    static std::optional<ReviewLock> reviewLock(const CaseRecord &record);
    // The domicile lies outside the registration authority's jurisdiction (core::Authority): an
    // acceptance then needs a reason, which the case and its event keep.
    static bool outsideJurisdiction(const OneForm &form);

    // Who may decide a conflict between this counter and the exchange (keep theirs, send ours
    // again, mark resolved): supervisors and administrators, never a clerk.
    static bool mayResolveConflicts(Role role);

    // Applies the transition to `record` (state, version, who/when) and returns its event.
    // On error, `record` is unchanged.
    static Result<DomainEvent> apply(CaseRecord &record, const TransitionRequest &request);
    // The same transition without the event that tells of it (what the exchange does with an
    // event it was sent: it has the event already). Returns the transition taken.
    static Result<const Transition *> advance(CaseRecord &record, const TransitionRequest &request);
};

} // namespace ow::core
