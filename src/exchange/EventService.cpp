#include "EventService.h"

#include "EventAnswer.h"
#include "ExchangeBounds.h"
#include "ExchangeLog.h"
#include "LicenceRegistry.h"
#include "LicenceSigner.h"
#include "MadeAhead.h"
#include "PushFrame.h"
#include "core/Authority.h"
#include "core/CaseWorkflow.h"
#include "core/EntityType.h"
#include "core/Limits.h"
#include "core/OneFormValidator.h"
#include "core/ReceiptNumber.h"

#include <QJsonArray>
#include <QUuid>

#include <variant>

namespace ow::exchange {
namespace {

using core::CaseAction;
using core::CaseRecord;
using core::CaseWorkflow;

// The table row producing this event type, or null.
const CaseWorkflow::Transition *transitionFor(const QString &eventType)
{
    for (const CaseWorkflow::Transition &t : CaseWorkflow::transitions()) {
        if (QLatin1String(t.eventType) == eventType) {
            return &t;
        }
    }
    return nullptr;
}

QJsonObject rejected(const QString &id, const Error &error)
{
    return notApplied(id, protocol::PushStatus::Rejected, error);
}

// Not applied, for a person to decide: with the exchange's version of the case when it has one.
QJsonObject conflict(const QString &id, const Error &error, const std::optional<CaseRecord> &current)
{
    return notApplied(id, protocol::PushStatus::Conflict, error, current);
}

// The case as the event finds it: the stored one (its form as the counter completed it when the
// event accepts it), or a counter case rebuilt from its acceptance; else the answer refusing the event.
std::variant<CaseRecord, QJsonObject> caseBefore(const core::DomainEvent &event,
                                                 const std::optional<CaseRecord> &stored, bool accept,
                                                 const std::optional<CaseRecord> &carried)
{
    CaseRecord record;
    if (stored) {
        record = *stored;
        if (record.version != event.caseVersion - 1) {
            return QJsonObject{
                {protocol::keys::push::Id, event.id},
                {protocol::keys::push::Status, protocol::toWire(protocol::PushStatus::Conflict)},
                {protocol::keys::push::Error,
                 api::errorJson(Error{protocol::errors::CaseStale,
                                      QStringLiteral("The case is at version %1 at the exchange; this event "
                                                     "follows version %2.")
                                          .arg(record.version)
                                          .arg(event.caseVersion - 1),
                                      {}})},
                {protocol::keys::push::Current, record.toJson()}};
        }
        if (accept && carried) {
            // The counter may have completed an online application's form before accepting it.
            record.form = carried->form;
            record.materials = carried->materials;
        }
    } else if (accept && carried) {
        // A counter case reaches the exchange first with its acceptance, the whole application in
        // the payload: rebuild it as it was just before, and let the same rules accept it again.
        record = *carried;
        if (record.id != event.caseId) {
            return rejected(event.id, Error{protocol::errors::RequestInvalidField,
                                            QStringLiteral("The payload's case is not the event's case."),
                                            QStringLiteral("payload.case.id")});
        }
        record.state = core::CaseStates::fromKey(event.payload.value(u"from").toString())
                           .value_or(core::CaseState::Draft);
        if (record.state != core::CaseState::Draft) {
            return rejected(event.id,
                            Error{protocol::errors::CaseUnknown,
                                  QStringLiteral("The exchange has no case %1 to accept.").arg(event.caseId),
                                  {}});
        }
        record.version = event.caseVersion - 1;
        record.decisionExtension = 0; // only an extension's event sets it, never a payload
        record.creditCode.clear();    // only the exchange assigns it, on licensing
        record.licensedAt = {};
        record.licenceSeal.clear();
        record.receiptNumber.clear();
        record.acceptedBy.clear();
        record.acceptedAt = {};
    } else {
        return rejected(event.id, Error{protocol::errors::CaseUnknown,
                                        QStringLiteral("The exchange has no case %1.").arg(event.caseId),
                                        {}});
    }
    return record;
}

// Authority scoping, judged before anything of the case is read out, so the refusal reveals
// nothing of it: the case the event is on (stored, or the counter case an acceptance carries) must be
// of an authority the caller covers (core::Authority::covers).
std::optional<QJsonObject> outOfScope(const Caller &caller, const core::DomainEvent &event,
                                      const std::optional<CaseRecord> &stored, bool accept,
                                      const std::optional<CaseRecord> &carried)
{
    if (!stored && (!accept || !carried)) {
        return std::nullopt; // no case: case.unknown
    }
    const QString authority = stored ? stored->form.authorityDivision : carried->form.authorityDivision;
    if (core::Authority::covers(caller.authority, authority)) {
        return std::nullopt;
    }
    return rejected(event.id, Error{protocol::errors::CaseOtherAuthority,
                                    QStringLiteral("Case %1 is not of your registration authority (%2).")
                                        .arg(event.caseId, caller.authority),
                                    {}});
}

// A stored case stays with its authority: a counter completing an online application's form may not
// move it to another.
std::optional<QJsonObject> movedAway(const core::DomainEvent &event, const std::optional<CaseRecord> &stored,
                                     const CaseRecord &record)
{
    if (!stored || record.form.authorityDivision == stored->form.authorityDivision) {
        return std::nullopt;
    }
    return rejected(
        event.id, Error{protocol::errors::CaseOtherAuthority,
                        QStringLiteral("The form names registration authority %1; case %2 is of "
                                       "authority %3 and stays there.")
                            .arg(record.form.authorityDivision, event.caseId, stored->form.authorityDivision),
                        QStringLiteral("payload.case.form.authorityDivision")});
}

// The statistics' standard reasons of a decision applied at `at` (a correction request, a refusal,
// a rejection): the codes its event gave, or one free-text row.
Result<void> recordReasons(ExchangeStore &store, const core::DomainEvent &event, const CaseRecord &record,
                           const QDateTime &at)
{
    const CaseWorkflow::Transition *transition = transitionFor(event.type);
    if (!transition ||
        (transition->action != CaseAction::RequestCorrection && transition->action != CaseAction::Refuse &&
         transition->action != CaseAction::Reject)) {
        return {};
    }
    QStringList codes;
    for (const QJsonValue &code : event.payload.value(u"reasonCodes").toArray()) {
        codes.append(code.toString());
    }
    return store.cases().recordReasons(event.id, record, CaseWorkflow::actionKey(transition->action), codes,
                                       at);
}

bool isRefusal(const Error &error)
{
    return error.code.startsWith(u"case.receipt");
}

} // namespace

// A receipt number the caller's workstation may give (core::ReceiptNumber, of its own workstation
// and of the case's registration authority `authority`) and that no other case holds: true when it is still
// to be claimed, false when this case holds it already (an online application accepted again after a
// conflict); a case.receipt_* error else.
Result<bool> EventService::receiptFree(const Caller &caller, const core::DomainEvent &event,
                                       const QString &text, const QString &authority)
{
    const QString field = QStringLiteral("payload.case.receiptNumber");
    const std::optional<core::ReceiptNumber> number = core::ReceiptNumber::parse(text);
    if (!number) {
        return Error{
            protocol::errors::CaseReceiptInvalid,
            QStringLiteral("\"%1\" is not a receipt number (authority-yyyyMMdd-workstation-NNNN).").arg(text),
            field};
    }
    if (number->workstation != caller.certificate.code) {
        return Error{protocol::errors::CaseReceiptForeign,
                     QStringLiteral("Receipt number %1 belongs to workstation %2, not to %3.")
                         .arg(text, number->workstation, caller.certificate.code),
                     field};
    }
    if (number->authority != authority) {
        return Error{
            protocol::errors::CaseReceiptForeign,
            QStringLiteral("Receipt number %1 belongs to registration authority %2, not to the case's %3.")
                .arg(text, number->authority, authority),
            field};
    }
    const auto holder = m_store.cases().receiptHolder(text);
    if (!holder) {
        return holder.error();
    }
    if (holder.value() && *holder.value() != event.caseId) {
        return Error{protocol::errors::CaseReceiptTaken,
                     QStringLiteral("Receipt number %1 is held by another case.").arg(text), field};
    }
    return !holder.value().has_value();
}

EventService::EventService(ExchangeStore &store, std::mutex &writeLock, const LicenceSigner *signer,
                           PushOrder *order)
    : m_store(store), m_writeLock(writeLock), m_order(order), m_signer(signer)
{}

ApiResponse EventService::pushEvents(const Caller &caller, const QByteArray &body)
{
    if (caller.user->role == core::Role::Admin) {
        return api::forbidden(QStringLiteral("An administrator does not push case events."));
    }
    Result<PushFrame, ApiResponse> frame = PushFrame::read(body);
    if (!frame) {
        return frame.error();
    }
    const QString &workstation = caller.certificate.code;
    PushOrder::Turn turn = m_order ? m_order->begin(workstation, frame.value().batch) : PushOrder::Turn();

    // Decoded on a thread of its own while the events before it are written (MadeAhead).
    MadeAhead<Decoded> decoded(frame.value().size(), [events = frame.value().events](qsizetype i) {
        if (const auto *inPlace = std::get_if<PushFrame::InPlace>(&events))
            return decode(inPlace->events.at(i));
        return decode(std::get<QJsonArray>(events).at(i).toObject());
    });

    std::unique_lock<std::mutex> lock(m_writeLock);
    if (const QString &follows = frame.value().follows;
        !follows.isEmpty() && !(m_order && m_order->follow(lock, workstation, follows))) {
        return ApiResponse::fail(
            409, protocol::errors::PushOutOfOrder,
            QStringLiteral("The batch this one follows (%1) is not stored; nothing of this one "
                           "was stored. Send it again after the answer to that one.")
                .arg(follows),
            protocol::keys::push::Follows);
    }
    const Result<QJsonArray> results = m_store.inTransaction([&] {
        return api::answerEach(decoded,
                               [&](const Decoded &event, qsizetype) { return applyEvent(caller, event); });
    });
    if (!results) {
        return api::storeFailure(results.error());
    }
    turn.committed();
    ApiResponse response = ApiResponse::ok({{protocol::keys::push::Results, results.value()}});
    response.userId = caller.user->id;
    return response;
}

EventService::Decoded EventService::decode(const QJsonObject &eventJson)
{
    core::DomainEvent event = core::DomainEvent::fromJson(eventJson);
    const QJsonObject carried = event.payload.value(u"case").toObject();
    event.payload.remove(u"case");
    return decodeWith(std::move(event), carried);
}

EventService::Decoded EventService::decode(const core::JsonText::Object &eventJson)
{
    return decodeWith(core::DomainEvent::fromJson(eventJson, u"case"),
                      eventJson.value(u"payload").toObject().value(u"case").toObject());
}

template <typename Object>
EventService::Decoded EventService::decodeWith(core::DomainEvent event, const Object &carriedJson)
{
    Decoded decoded;
    decoded.event = std::move(event);
    // The case the payload carries (an acceptance's), decoded once for the bounds and the workflow.
    if (!carriedJson.isEmpty()) {
        decoded.carried = CaseRecord::fromJson(carriedJson);
        if (carriedJson.contains(u"kind")) {
            decoded.carriedKind = carriedJson.value(u"kind").toString();
        }
    }
    decoded.overLimits = ExchangeBounds::event(decoded.event, decoded.carried ? &*decoded.carried : nullptr);
    decoded.uuid = api::isUuid(decoded.event.id);
    // The form's own rules depend on nothing stored: judged here, while other batches are written.
    if (decoded.carried && !decoded.overLimits) {
        decoded.carriedFormText = decoded.carried->form.toJsonText();
    }
    if (decoded.carried && !decoded.overLimits && decoded.carried->kind != core::CaseKind::Deregistration) {
        decoded.carriedFormIssues = core::OneFormValidator::validate(decoded.carried->form);
    }
    return decoded;
}

Result<EventService::Screened> EventService::screen(const Caller &caller, const Decoded &decoded)
{
    const core::DomainEvent &event = decoded.event;
    const auto ended = [](QJsonObject answer) {
        return Screened{nullptr, std::move(answer)};
    };
    // Over the limits: refused before the store is asked anything.
    if (decoded.overLimits) {
        return ended(rejected(event.id, *decoded.overLimits));
    }
    // Event ids are UUIDs, so none can be taken for another kind of key (the portal's
    // submissions are answered from the same table under "intake:<id>").
    if (!decoded.uuid) {
        return ended(
            rejected(event.id, Error{protocol::errors::RequestInvalidField,
                                     QStringLiteral("An event's id must be a UUID."), QStringLiteral("id")}));
    }
    const auto previous = m_store.cases().appliedResult(event.id);
    if (!previous) {
        return previous.error();
    }
    if (previous.value()) {
        QJsonObject answer = *previous.value();
        answer.insert(protocol::keys::push::Status, protocol::toWire(protocol::PushStatus::Duplicate));
        return ended(answer);
    }
    if (event.actor != caller.user->id) {
        return ended(
            rejected(event.id, Error{protocol::errors::AuthActorMismatch,
                                     QStringLiteral("The event's actor %1 is not the signed-in user %2.")
                                         .arg(event.actor, caller.user->id),
                                     {}}));
    }
    const CaseWorkflow::Transition *transition = transitionFor(event.type);
    if (!transition) {
        return ended(rejected(event.id, Error{protocol::errors::EventUnknownType,
                                              QStringLiteral("\"%1\" is not an event type.").arg(event.type),
                                              {}}));
    }
    if (transition->local) {
        return ended(rejected(event.id, Error{protocol::errors::EventLocal,
                                              QStringLiteral("\"%1\" stays at the counter.").arg(event.type),
                                              {}}));
    }
    if (transition->action == CaseAction::Publish) {
        return ended(rejected(
            event.id,
            Error{protocol::errors::AuthForbidden,
                  QStringLiteral("Publication is the exchange's own act (LicenceRegistry); no workstation "
                                 "publishes a licence."),
                  {}}));
    }

    return Screened{transition, std::nullopt};
}

core::TransitionRequest EventService::requestFor(const Caller &caller,
                                                 const CaseWorkflow::Transition &transition,
                                                 const core::DomainEvent &event)
{
    core::TransitionRequest request;
    request.action = transition.action;
    request.actor = core::Actor{caller.user->id, caller.user->role, caller.certificate.code};
    request.reason = event.payload.value(u"reason").toString();
    // Codes the catalogue does not know (or entries that are no text, read as "") are refused by
    // the workflow, as at the counter.
    for (const QJsonValue &code : event.payload.value(u"reasonCodes").toArray()) {
        request.reasonCodes.append(code.toString());
    }
    // The exchange's clock decides (review locks, acceptance, every stored time); the device's
    // time stays in the event as information only.
    request.at = QDateTime::currentDateTimeUtc();
    return request;
}

Result<QJsonObject> EventService::applyEvent(const Caller &caller, const Decoded &decoded)
{
    const core::DomainEvent &event = decoded.event;
    const std::optional<CaseRecord> &carried = decoded.carried;
    const Result<Screened> screened = screen(caller, decoded);
    if (!screened) {
        return screened.error();
    }
    if (screened.value().answer) {
        return *screened.value().answer;
    }
    const CaseWorkflow::Transition *transition = screened.value().transition;

    const auto stored = m_store.cases().byId(event.caseId);
    if (!stored) {
        return stored.error();
    }
    const bool accept = transition->action == CaseAction::Accept;
    if (auto refused = outOfScope(caller, event, stored.value(), accept, carried)) {
        return *refused;
    }
    std::variant<CaseRecord, QJsonObject> before = caseBefore(event, stored.value(), accept, carried);
    if (const QJsonObject *refused = std::get_if<QJsonObject>(&before)) {
        return *refused;
    }
    CaseRecord record = std::get<CaseRecord>(std::move(before));
    if (auto moved = movedAway(event, stored.value(), record)) {
        return *moved;
    }

    if (auto subject = checkSubject(decoded, stored.value(), accept, record); !subject || subject.value()) {
        return subject ? Result<QJsonObject>(*subject.value()) : Result<QJsonObject>(subject.error());
    }
    core::TransitionRequest request = requestFor(caller, *transition, event);
    if (auto decided = decisionFor(event, record, request); !decided || decided.value()) {
        return decided ? Result<QJsonObject>(*decided.value()) : Result<QJsonObject>(decided.error());
    }
    if (!stored.value()) {
        // A counter case's origin is the caller, not what the payload says.
        record.createdBy = caller.user->id;
        record.workstation = caller.certificate.code;
        record.createdAt = request.at;
    }
    bool claimReceipt = false;
    const bool formAsCarried = carried && record.form == carried->form;
    if (accept) {
        request.receiptNumber = carried ? carried->receiptNumber : QString();
        if (formAsCarried && decoded.carriedFormIssues) {
            request.formIssues = decoded.carriedFormIssues;
        }
        const Result<bool> free =
            receiptFree(caller, event, request.receiptNumber, record.form.authorityDivision);
        if (!free) {
            return isRefusal(free.error()) ? Result<QJsonObject>(rejected(event.id, free.error()))
                                           : Result<QJsonObject>(free.error());
        }
        claimReceipt = free.value();
    }
    if (auto credited = withCredit(record, request); !credited) {
        return credited.error();
    }
    const CaseRecord approved = record;
    const Result<const CaseWorkflow::Transition *> applied = CaseWorkflow::advance(record, request);
    if (!applied) {
        if (applied.error().code == protocol::errors::CreditRestricted ||
            applied.error().code == protocol::errors::DeregistrationObjected) {
            qCInfo(lcExchangeIngest) << event.type << "of case" << event.caseId
                                     << "conflicts:" << applied.error().code;
            return conflict(event.id, applied.error(), stored.value());
        }
        return rejected(event.id, applied.error());
    }
    if (transition->action == CaseAction::IssueLicence) {
        if (auto licensed = licensing(caller, event, approved, record, request.at);
            !licensed || licensed.value()) {
            return licensed ? Result<QJsonObject>(*licensed.value()) : Result<QJsonObject>(licensed.error());
        }
    }

    const std::optional<int> expectedVersion =
        stored.value() ? std::optional<int>(stored.value()->version) : std::nullopt;
    const Applied outcome{transition->action, claimReceipt ? request.receiptNumber : QString(),
                          transition->action == CaseAction::IssueLicence && record.form != approved.form,
                          formAsCarried && record.form == approved.form ? decoded.carriedFormText
                                                                        : QByteArray()};
    return storeApplied(caller, event, record, expectedVersion, outcome, request.at);
}

// What an applied event made: the case written (write), the receipt number it claims, and what the
// exchange does itself after it (afterApplied).
Result<QJsonObject> EventService::storeApplied(const Caller &caller, const core::DomainEvent &event,
                                               const CaseRecord &record, std::optional<int> expectedVersion,
                                               const Applied &applied, const QDateTime &at)
{
    Result<QJsonObject> written =
        write(caller, event, record, expectedVersion, applied.rebased, applied.formText);
    if (written && !applied.claimedReceipt.isEmpty()) {
        if (auto claimed = m_store.cases().claimReceipt(applied.claimedReceipt, event.caseId); !claimed) {
            return claimed.error();
        }
    }
    const bool confirmed = written && written.value().value(protocol::keys::push::Status).toString() ==
                                          protocol::toWire(protocol::PushStatus::Applied);
    if (confirmed) {
        if (auto followed = afterApplied(record, applied.action, at); !followed) {
            return followed.error();
        }
    }
    return written;
}

// An acceptance or an approval: the form's parties checked against the exchange's lists.
Result<void> EventService::withCredit(const CaseRecord &record, core::TransitionRequest &request)
{
    if (request.action != CaseAction::Accept && request.action != CaseAction::Approve) {
        return {};
    }
    Result<core::CreditReport> credit = creditReport(record, request.at);
    if (!credit) {
        return credit.error();
    }
    request.credit = std::move(credit).value();
    return {};
}

// What the exchange does itself once an event is applied: a confirmed licence recorded and
// published (the answer keeps the licensing version; the pull brings the published one), and what
// follows an event about a registered entity (EventServiceEntity.cpp).
Result<void> EventService::afterApplied(const CaseRecord &record, CaseAction action, const QDateTime &at)
{
    if (action == CaseAction::IssueLicence) {
        if (auto published = LicenceRegistry(m_store).confirm(record, at); !published) {
            return published;
        }
    }
    return afterEntityEvent(record, action, at);
}

Result<QJsonObject> EventService::write(const Caller &caller, const core::DomainEvent &event,
                                        const CaseRecord &record, std::optional<int> expectedVersion,
                                        bool rebased, QByteArrayView formText)
{
    const Result<QByteArray> json = ExchangeBounds::storedCase(record, formText);
    if (!json) {
        return rejected(event.id, json.error());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject answer{{protocol::keys::push::Id, event.id},
                       {protocol::keys::push::Status, protocol::toWire(protocol::PushStatus::Applied)},
                       {protocol::keys::push::CaseVersion, record.version},
                       {protocol::keys::push::ServerTime, ExchangeDatabase::timeText(now)}};
    if (rebased) {
        // Kept with the answer, so a resend of the event is told the same.
        answer.insert(protocol::keys::push::Rebased, true);
    }
    const Result<void> written = m_store.writeCase(
        record, json.value(), expectedVersion,
        {caller.certificate.code, now, event.id, answer, caller.user->id, caller.certificate.code});
    if (!written) {
        return written.error();
    }
    if (auto reasons = recordReasons(m_store, event, record, now); !reasons) {
        return reasons.error();
    }
    qCDebug(lcExchangeIngest) << "applied" << event.type << event.caseId << "v" << record.version << "by"
                              << caller.user->id << "at" << caller.certificate.code;
    return answer;
}

} // namespace ow::exchange
