#pragma once

#include "CaseRecord.h"
#include "DomainEvent.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace ow::core {

enum class CaseAction
{
    SaveDraft,         // draft -> draft
    Accept,            // draft|submitted -> accepted (receipt number issued)
    RequestCorrection, // draft|submitted|under_review -> correction_required
    Refuse,            // draft|submitted -> refused
    Withdraw,          // draft|correction_required -> withdrawn
    Resume,            // correction_required -> draft (the applicant returns)
    TakeForReview,     // accepted -> under_review (lock)
    Approve,           // under_review -> approved (four eyes)
    Reject,            // under_review -> rejected
    IssueLicence,      // approved -> licensed
    Publish,           // licensed -> published
};

struct Actor
{
    QString userId;
    Role role = Role::Clerk;
    QString workstation;
};

struct TransitionRequest
{
    CaseAction action = CaseAction::SaveDraft;
    Actor actor;
    QString reason;        // required for refuse, reject and correction requests
    QDateTime at;          // device time (UTC)
    QString receiptNumber; // for Accept: the number the store allocated
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
        bool needsReason;
        bool local; // recorded in the audit journal only, not sent to the exchange
        const char *eventType;
    };

    // How long a supervisor's review lock lasts before another supervisor may take the case.
    static constexpr int ReviewLockHours = 4;

    static const QList<Transition> &transitions();
    static QString actionKey(CaseAction action);
    static QString actionLabel(CaseAction action);

    // Whether the action is possible now for this actor; on refusal, a translated reason.
    static Result<void> check(const CaseRecord &record, const TransitionRequest &request);
    static QList<CaseAction> available(const CaseRecord &record, const Actor &actor);

    // Applies the transition to `record` (state, version, who/when) and returns its event.
    // On error, `record` is unchanged.
    static Result<DomainEvent> apply(CaseRecord &record, const TransitionRequest &request);
    // The same transition without the event that tells of it (what the exchange does with an
    // event it was sent: it has the event already). Returns the transition taken.
    static Result<const Transition *> advance(CaseRecord &record, const TransitionRequest &request);
};

} // namespace ow::core
