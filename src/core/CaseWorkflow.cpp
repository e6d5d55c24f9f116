#include "CaseWorkflow.h"

#include "Authority.h"
#include "ChangeRegistration.h"
#include "Divisions.h"
#include "EntityType.h"
#include "FieldLabels.h"
#include "OneFormValidator.h"
#include "PriorApproval.h"
#include "ReasonCatalogue.h"
#include "StatutoryClock.h"
#include "TimeOrderedId.h"

#include <QJsonArray>

namespace ow::core {
namespace {

using S = CaseState;
using R = Role;
using A = CaseAction;
constexpr ReasonRule No = ReasonRule::None;
constexpr ReasonRule Optional = ReasonRule::Optional;
constexpr ReasonRule Required = ReasonRule::Required;
// Which kinds of case a row is for (CaseKind): most rows serve all three.
const QList<CaseKind> Any{};
const QList<CaseKind> Issuing{CaseKind::Establishment, CaseKind::Change};
const QList<CaseKind> Ending{CaseKind::Deregistration};

Error refusal(const char *code, const QString &message)
{
    return Error{QLatin1String(code), message, {}};
}

QString newId()
{
    return TimeOrderedId::next();
}

// What an acceptance needs beyond the table: a receipt number, a valid form, the required
// materials, and a reason when the domicile lies outside the authority's jurisdiction.
// 一处违法、处处受限: a party the lists bar (DOMAIN §7) stops acceptance and approval, with why.
Result<void> checkCredit(const TransitionRequest &request)
{
    if (!request.credit || !request.credit->blocks()) {
        return {};
    }
    QString field;
    for (const CreditFinding &finding : request.credit->findings) {
        if (finding.outcome == CreditOutcome::Block) {
            field = finding.party.field;
            break;
        }
    }
    return Error{QStringLiteral("credit.restricted"), CreditCheck::refusal(*request.credit), field};
}

Result<void> checkAcceptance(const CaseRecord &record, const TransitionRequest &request)
{
    if (request.receiptNumber.isEmpty()) {
        return refusal("workflow.no_receipt",
                       CaseWorkflow::tr("No receipt number was issued for the acceptance."));
    }
    // A deregistration ends the form as registered: its materials are what the counter checks.
    FieldIssues issues =
        record.kind == CaseKind::Deregistration ? FieldIssues{} : ChangeRegistration::check(record);
    if (record.kind != CaseKind::Deregistration)
        issues += request.formIssues ? *request.formIssues : OneFormValidator::validate(record.form);
    if (!issues.isEmpty()) {
        return Error{
            QStringLiteral("workflow.form_invalid"),
            CaseWorkflow::tr("The form has %n problem(s); the first: %1", nullptr, int(issues.size()))
                .arg(FieldLabels::located(issues.first(),
                                          EntityTypeCatalog::instance().find(record.form.entityTypeId))),
            issues.first().field};
    }
    const QList<MaterialItem> missing = missingMaterials(record.materials);
    if (!missing.isEmpty()) {
        return refusal(
            "workflow.materials_missing",
            CaseWorkflow::tr("%n required material(s) missing, first: %1", nullptr, int(missing.size()))
                .arg(missing.first().title));
    }
    if (record.kind == CaseKind::Deregistration)
        return {};
    // A change answers for what it changes: the scope's approvals and the domicile's jurisdiction
    // were checked when they were registered.
    const bool change = record.kind == CaseKind::Change;
    const FieldIssues approvals =
        change && ChangeRegistration::sameScope(record.registered.businessScope, record.form.businessScope)
            ? FieldIssues{}
            : PriorApproval::check(record.form, record.materials);
    if (!approvals.isEmpty())
        return Error{QStringLiteral("workflow.prior_approval_missing"), approvals.first().message,
                     approvals.first().field};
    const bool domicileAsked = !change || record.form.domicileDivision != record.registered.domicileDivision;
    if (domicileAsked && CaseWorkflow::outsideJurisdiction(record.form) &&
        request.reason.trimmed().isEmpty()) {
        return refusal(
            "workflow.outside_jurisdiction",
            CaseWorkflow::tr("The domicile (%1) lies outside the jurisdiction of %2; give the reason for "
                             "registering the enterprise here.")
                .arg(Divisions::instance().fullName(record.form.domicileDivision),
                     Authority::officeName(record.form.authorityDivision)));
    }
    return checkCredit(request);
}

// DOMAIN §2, four eyes: the person who accepted a case may not approve it.
bool breaksFourEyes(const CaseRecord &record, CaseAction action, const Actor &actor)
{
    return action == A::Approve && !record.acceptedBy.isEmpty() && record.acceptedBy == actor.userId;
}

// The office's choice (OfficePolicy): online applications are pre-checked by clerks, and by
// supervisors only where the office allows it.
bool breaksOfficePolicy(const CaseRecord &record, CaseAction action, const Actor &actor,
                        const OfficePolicy &policy)
{
    return action == A::Accept && record.state == S::Submitted && actor.role == R::Supervisor &&
           !policy.supervisorsPreCheck;
}

// Why the actor is kept from an action the table offers their role: a rule to be told, or "".
QString ruleAgainst(const CaseRecord &record, CaseAction action, const Actor &actor,
                    const OfficePolicy &policy)
{
    if (breaksFourEyes(record, action, actor))
        return CaseWorkflow::fourEyesRule();
    if (breaksOfficePolicy(record, action, actor, policy))
        return CaseWorkflow::preCheckRule();
    return {};
}

// A new case not stored yet has nothing to withdraw, and while its form is blank there is no
// application to ask corrections of or to refuse: those are not offered (closing it is enough).
bool answersNothing(const CaseRecord &record, CaseAction action)
{
    if (record.version != 0)
        return false;
    return action == A::Withdraw ||
           ((action == A::RequestCorrection || action == A::Refuse) && record.form.isBlank());
}

} // namespace

const QList<CaseWorkflow::Transition> &CaseWorkflow::transitions()
{
    // DOMAIN §3: every transition, who may make it and what it records.
    // clang-format off
    static const QList<Transition> table{
        // action               from                                  to                     roles                       reason    local  event                 kinds
        {A::SaveDraft,          {S::Draft},                           S::Draft,              {R::Clerk, R::Supervisor},  No,       true,  "case.saved",                 Any},
        {A::Accept,             {S::Draft, S::Submitted},             S::Accepted,           {R::Clerk, R::Supervisor},  No,       false, "case.accepted",              Any},
        {A::RequestCorrection,  {S::Draft, S::Submitted},             S::CorrectionRequired, {R::Clerk, R::Supervisor},  Required, false, "case.correction_requested",  Any},
        // Once under review, only a supervisor (the one holding it) may send a case back.
        {A::RequestCorrection,  {S::UnderReview},                     S::CorrectionRequired, {R::Supervisor},            Required, false, "case.correction_requested",  Any},
        {A::Refuse,             {S::Draft, S::Submitted},             S::Refused,            {R::Clerk, R::Supervisor},  Required, false, "case.refused",               Any},
        // The applicant may withdraw until the decision; the counter asks why and records the answer when given.
        {A::Withdraw,           {S::Draft, S::CorrectionRequired, S::Submitted, S::Accepted, S::UnderReview},
                                                                      S::Withdrawn,          {R::Clerk, R::Supervisor},  Optional, false, "case.withdrawn",             Any},
        {A::Resume,             {S::CorrectionRequired},              S::Draft,              {R::Clerk, R::Supervisor},  No,       false, "case.resumed",               Any},
        {A::TakeForReview,      {S::Accepted, S::UnderReview},        S::UnderReview,        {R::Supervisor},            No,       false, "case.review_started",        Any},
        // A supervisor may free a review lock (their own, or one left by someone who is away), saying why.
        {A::ReleaseReview,      {S::UnderReview},                     S::Accepted,           {R::Supervisor},            Required, false, "case.review_released",       Any},
        // The decision's time limit may be extended once (core::StatutoryClock), with a recorded reason.
        {A::ExtendDecision,     {S::Accepted},                        S::Accepted,           {R::Supervisor},            Required, false, "case.decision_extended",     Any},
        {A::ExtendDecision,     {S::UnderReview},                     S::UnderReview,        {R::Supervisor},            Required, false, "case.decision_extended",     Any},
        // Approving is a decision: the supervisor's review comment is kept with it.
        {A::Approve,            {S::UnderReview},                     S::Approved,           {R::Supervisor},            Required, false, "case.approved",              Any},
        {A::Reject,             {S::UnderReview},                     S::Rejected,           {R::Supervisor},            Required, false, "case.rejected",              Any},
        {A::IssueLicence,       {S::Approved},                        S::Licensed,           {R::Clerk, R::Supervisor},  No,       false, "case.licensed",              Issuing},
        // Publication (公示) is the exchange's own act once it confirmed the licence (exchange::LicenceRegistry,
        // as the administrator "exchange"); the exchange refuses it from any workstation.
        {A::Publish,            {S::Licensed},                        S::Published,          {R::Admin},                 No,       false, "case.published",             Issuing},
        // A deregistration ends with its decision: the exchange deregisters the entity and publishes it.
        {A::Publish,            {S::Approved},                        S::Published,          {R::Admin},                 No,       false, "case.published",             Ending},
    };
    // clang-format on
    return table;
}

QString CaseWorkflow::actionKey(CaseAction action)
{
    for (const Transition &t : transitions()) {
        if (t.action == action) {
            return QLatin1String(t.eventType).mid(5); // "case.accepted" -> "accepted"
        }
    }
    return {};
}

QString CaseWorkflow::actionLabel(CaseAction action)
{
    switch (action) {
    case A::SaveDraft:
        return tr("Save draft");
    case A::Accept:
        return tr("Accept");
    case A::RequestCorrection:
        return tr("Request correction");
    case A::Refuse:
        return tr("Refuse");
    case A::Withdraw:
        return tr("Withdraw");
    case A::Resume:
        return tr("Resume");
    case A::TakeForReview:
        return tr("Take for review");
    case A::ReleaseReview:
        return tr("Release review");
    case A::ExtendDecision:
        return tr("Extend the time limit");
    case A::Approve:
        return tr("Approve");
    case A::Reject:
        return tr("Reject");
    case A::IssueLicence:
        return tr("Issue licence");
    case A::Publish:
        return tr("Publish");
    }
    return {};
}

// The row of the table for this action from this state; else any row of the action (for its
// messages), else null. An action may have several rows when who may make it depends on the state.
static const CaseWorkflow::Transition *findTransition(CaseAction action, CaseState from,
                                                      CaseKind kind = CaseKind::Establishment)
{
    const CaseWorkflow::Transition *any = nullptr;
    for (const CaseWorkflow::Transition &t : CaseWorkflow::transitions()) {
        if (t.action != action) {
            continue;
        }
        if (t.from.contains(from) && t.serves(kind)) {
            return &t;
        }
        if (!any) {
            any = &t;
        }
    }
    return any;
}

QString CaseWorkflow::fourEyesRule()
{
    return tr("You accepted this case, so another supervisor must approve it (four eyes).");
}

QString CaseWorkflow::preCheckRule()
{
    return tr("In this office clerks pre-check and accept online applications; an administrator can let "
              "supervisors do it too (Settings).");
}

Result<void> CaseWorkflow::check(const CaseRecord &record, const TransitionRequest &request)
{
    const Transition *t = findTransition(request.action, record.state, record.kind);
    if (!t) {
        return refusal("workflow.unknown_action", tr("This action is not known."));
    }
    if (!t->serves(record.kind)) {
        return refusal("workflow.wrong_kind",
                       tr("A %1 case cannot be given \"%2\".")
                           .arg(CaseKinds::label(record.kind), actionLabel(request.action)));
    }
    if (request.actor.userId.isEmpty()) {
        return refusal("workflow.no_actor", tr("Nobody is signed in. Sign in before changing a case."));
    }
    if (!t->from.contains(record.state) || !t->serves(record.kind)) {
        return refusal("workflow.wrong_state",
                       tr("A case that is \"%1\" cannot be given \"%2\".")
                           .arg(CaseStates::label(record.state), actionLabel(request.action)));
    }
    if (!t->roles.contains(request.actor.role)) {
        return refusal("workflow.role", tr("A %1 may not %2 a case.")
                                            .arg(CaseStates::roleLabel(request.actor.role),
                                                 actionLabel(request.action).toLower()));
    }
    if (breaksOfficePolicy(record, request.action, request.actor, request.policy)) {
        return refusal("workflow.office_policy", preCheckRule());
    }
    if (t->reason == Required && request.reason.trimmed().isEmpty()) {
        return refusal("workflow.reason_required",
                       tr("Give a reason for \"%1\".").arg(actionLabel(request.action)));
    }
    if (const QString unknown = ReasonCatalogue::instance().unknownCode(request.action, request.reasonCodes);
        !unknown.isEmpty()) {
        return refusal(
            "workflow.unknown_reason",
            tr("%1 is not a standard reason for \"%2\".").arg(unknown, actionLabel(request.action)));
    }

    const QDateTime now = request.at.isValid() ? request.at : QDateTime::currentDateTimeUtc();
    const std::optional<ReviewLock> lock = reviewLock(record);
    // A review lock keeps other supervisors' decisions out, not the applicant's withdrawal, nor a
    // supervisor freeing it with a reason.
    if (lock && lock->reviewer != request.actor.userId && lock->until > now &&
        request.action != A::Withdraw && request.action != A::ReleaseReview) {
        return refusal("workflow.locked",
                       tr("%1 is reviewing this case until %2.")
                           .arg(record.reviewer, record.reviewLockUntil.toLocalTime().toString(
                                                     QStringLiteral("yyyy-MM-dd HH:mm"))));
    }

    switch (request.action) {
    case A::Accept:
        return checkAcceptance(record, request);
    case A::ExtendDecision:
        if (record.decisionExtension > 0) {
            return refusal("workflow.already_extended",
                           tr("The time limit of this case was extended already; it can be extended once."));
        }
        break;
    case A::Approve:
        if (breaksFourEyes(record, request.action, request.actor)) {
            return refusal("workflow.four_eyes", fourEyesRule());
        }
        if (record.kind == CaseKind::Deregistration)
            return Deregistration::checkDecision(record, request.notice, DeregistrationNotice::dayOf(now));
        return checkCredit(request);
    default:
        break;
    }
    return {};
}

QList<CaseAction> CaseWorkflow::available(const CaseRecord &record, const Actor &actor,
                                          const OfficePolicy &policy)
{
    QList<CaseAction> actions;
    for (const Transition &t : transitions()) {
        if (t.from.contains(record.state) && t.serves(record.kind) && t.roles.contains(actor.role) &&
            ruleAgainst(record, t.action, actor, policy).isEmpty() && !answersNothing(record, t.action) &&
            !(t.action == A::ExtendDecision && record.decisionExtension > 0)) {
            actions.append(t.action);
        }
    }
    return actions;
}

QString CaseWorkflow::whyNot(const CaseRecord &record, CaseAction action, const Actor &actor,
                             const OfficePolicy &policy)
{
    for (const Transition &t : transitions()) {
        if (t.action == action && t.from.contains(record.state) && t.serves(record.kind) &&
            t.roles.contains(actor.role)) {
            if (QString rule = ruleAgainst(record, action, actor, policy); !rule.isEmpty())
                return rule;
        }
    }
    return {};
}

bool CaseWorkflow::mayEditForm(const CaseRecord &record, const Actor &actor)
{
    return record.state == S::Draft && available(record, actor).contains(A::SaveDraft);
}

ReasonRule CaseWorkflow::reasonRule(CaseAction action)
{
    // Every row of an action asks the same (RequestCorrection has two rows, both Required).
    const Transition *t = findTransition(action, S::Draft);
    return t ? t->reason : No;
}

bool CaseWorkflow::outsideJurisdiction(const OneForm &form)
{
    return Authority::isValid(form.authorityDivision) &&
           Divisions::instance().exists(form.domicileDivision) &&
           !Authority::inJurisdiction(form.authorityDivision, form.domicileDivision);
}

std::optional<CaseWorkflow::ReviewLock> CaseWorkflow::reviewLock(const CaseRecord &record)
{
    if (record.state != S::UnderReview || record.reviewer.isEmpty() || !record.reviewLockUntil.isValid()) {
        return std::nullopt;
    }
    return ReviewLock{record.reviewer, record.reviewLockUntil};
}

bool CaseWorkflow::mayResolveConflicts(Role role)
{
    return role == R::Supervisor || role == R::Admin;
}

Result<const CaseWorkflow::Transition *> CaseWorkflow::advance(CaseRecord &record,
                                                               const TransitionRequest &request)
{
    const Result<void> allowed = check(record, request);
    if (!allowed) {
        return allowed.error();
    }
    const Transition *t = findTransition(request.action, record.state, record.kind);
    const QDateTime at = (request.at.isValid() ? request.at : QDateTime::currentDateTimeUtc()).toUTC();

    CaseRecord next = record;
    if (next.id.isEmpty()) {
        next.id = newId();
    }
    if (next.version == 0) {
        next.createdAt = at;
        next.createdBy = request.actor.userId;
        next.workstation = request.actor.workstation;
    }
    next.state = t->to;
    next.version += 1;
    next.updatedAt = at;
    if (t->reason == Required || !request.reason.isEmpty()) {
        next.lastReason = request.reason.trimmed();
    }
    switch (request.action) {
    case A::Accept:
        next.receiptNumber = request.receiptNumber;
        next.acceptedBy = request.actor.userId;
        next.acceptedAt = at;
        break;
    case A::ExtendDecision:
        if (const StatutoryClock::Limit *limit = StatutoryClock::builtIn().limitFor(S::Accepted)) {
            next.decisionExtension = limit->extensionDays;
        }
        break;
    case A::IssueLicence:
        // The credit code is the exchange's to assign (exchange::CreditCodeStore), never the counter's.
        next.licensedAt = at;
        break;
    case A::TakeForReview:
        next.reviewer = request.actor.userId;
        next.reviewLockUntil = at.addSecs(qint64(ReviewLockHours) * 3600);
        break;
    case A::Approve:
    case A::Reject:
    case A::RequestCorrection:
    case A::ReleaseReview:
    case A::Withdraw:
        next.reviewer.clear();
        next.reviewLockUntil = {};
        break;
    default:
        break;
    }

    record = std::move(next);
    return t;
}

Result<DomainEvent> CaseWorkflow::apply(CaseRecord &record, const TransitionRequest &request)
{
    const CaseState from = record.state;
    const Result<const Transition *> advanced = advance(record, request);
    if (!advanced) {
        return advanced.error();
    }
    const Transition *t = advanced.value();
    const CaseRecord &next = record;

    DomainEvent event;
    event.id = newId();
    event.type = QLatin1String(t->eventType);
    event.caseId = next.id;
    event.caseVersion = next.version;
    event.actor = request.actor.userId;
    event.workstation = request.actor.workstation;
    event.deviceTime = next.updatedAt;
    event.local = t->local;
    QJsonObject payload{{QStringLiteral("from"), CaseStates::toKey(from)},
                        {QStringLiteral("to"), CaseStates::toKey(next.state)}};
    if (!next.lastReason.isEmpty() && (t->reason == Required || !request.reason.isEmpty())) {
        payload.insert(QStringLiteral("reason"), next.lastReason);
    }
    if (!request.reasonCodes.isEmpty()) {
        payload.insert(QStringLiteral("reasonCodes"), QJsonArray::fromStringList(request.reasonCodes));
    }
    if (request.action == A::Accept) {
        // The exchange receives the whole application with its acceptance.
        payload.insert(QStringLiteral("case"), next.toJson());
    }
    event.payload = payload;
    return event;
}

} // namespace ow::core
