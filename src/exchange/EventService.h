#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"
#include "PushFrame.h"
#include "PushOrder.h"
#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"
#include "core/DomainEvent.h"

#include <QJsonObject>

#include <mutex>
#include <optional>

namespace ow::exchange {

// The case events the counters push: each applied once (a resend gets its first answer), by the
// same workflow rules as at the counter, with its change in the feed; a batch is one transaction.
class LicenceSigner;

class EventService
{
public:
    static constexpr int MaxEventsPerBatch = PushFrame::MaxEvents;

    // `signer` (may be null: no seal) signs the licences this service confirms; `order` (may be
    // null: a batch that names one it follows is refused) puts a counter's batches in order.
    EventService(ExchangeStore &store, std::mutex &writeLock, const LicenceSigner *signer = nullptr,
                 PushOrder *order = nullptr);

    ApiResponse pushEvents(const Caller &caller, const QByteArray &body);

private:
    Result<bool> receiptFree(const Caller &caller, const core::DomainEvent &event, const QString &text,
                             const QString &authority);
    // A pushed event decoded, with the case its payload carries (an acceptance's) and what is judged
    // of it alone (the limits, the id's form): made before the writers' lock is taken, so decoding a
    // batch does not hold the other writers up.
    struct Decoded
    {
        core::DomainEvent event;
        std::optional<core::CaseRecord> carried; // the payload's case (taken out of event.payload)
        std::optional<QString> carriedKind;      // its "kind" as sent, when it has one
        // The carried form's issues (OneFormValidator) and its text, made before the writers' lock.
        std::optional<core::FieldIssues> carriedFormIssues;
        QByteArray carriedFormText;
        std::optional<Error> overLimits;
        bool uuid = false;
    };
    // An event as Qt's reader or core::JsonText read it (PushFrame), decoded the same either way.
    static Decoded decode(const QJsonObject &eventJson);
    static Decoded decode(const core::JsonText::Object &eventJson);
    template <typename Object> static Decoded decodeWith(core::DomainEvent event, const Object &carriedJson);
    // The answer for one event (applied, duplicate, conflict or rejected); an error only when the
    // store failed, and then the whole batch is rolled back.
    Result<QJsonObject> applyEvent(const Caller &caller, const Decoded &decoded);
    // What an applied event did besides its case: its action, the receipt number it claims, and
    // whether the licence it issued was moved onto the registration as it is now.
    struct Applied
    {
        core::CaseAction action = core::CaseAction::SaveDraft;
        QString claimedReceipt;
        bool rebased = false;
        QByteArray formText; // the stored form's text when it is the carried form (else empty)
    };
    Result<QJsonObject> storeApplied(const Caller &caller, const core::DomainEvent &event,
                                     const core::CaseRecord &record, std::optional<int> expectedVersion,
                                     const Applied &applied, const QDateTime &at);
    // What is judged before the case is read (limits, id, a resend, the actor, the event type):
    // the transition the event asks for, or the answer that ends it there.
    struct Screened
    {
        const core::CaseWorkflow::Transition *transition = nullptr;
        std::optional<QJsonObject> answer;
    };
    Result<Screened> screen(const Caller &caller, const Decoded &decoded);
    // The request the exchange makes of the workflow: the caller as actor, the exchange's clock.
    static core::TransitionRequest requestFor(const Caller &caller,
                                              const core::CaseWorkflow::Transition &transition,
                                              const core::DomainEvent &event);
    Result<std::optional<QJsonObject>> checkLicensing(const Caller &caller, const core::DomainEvent &event,
                                                      const core::CaseRecord &record);
    Result<std::optional<QJsonObject>> assignCode(const core::DomainEvent &event, core::CaseRecord &record,
                                                  const QDateTime &at);
    // EventServiceEntity.cpp: a change's or deregistration's entity at each acceptance (an answer
    // refusing the event, or none; `record` then measured against the exchange's record of it, a
    // change's form moved onto it: core::ChangeRegistration::rebase); a
    // deregistration's decision (refused when the entity ended since; the notice a simplified one
    // reads); what follows an applied event about an entity.
    Result<std::optional<QJsonObject>> checkSubject(const Decoded &decoded,
                                                    const std::optional<core::CaseRecord> &stored,
                                                    bool accept, core::CaseRecord &record);
    // The one form of the case that registered the entity as it is now (its licence's case), or
    // `known` when the exchange holds no such case.
    Result<core::OneForm> registeredForm(const QString &licenceCaseId, const core::OneForm &known);
    // The answer refusing `event` when the entity of `record` (a change or deregistration) no
    // longer admits it (core::Deregistration::checkSubject), or none; then, when asked, the id of
    // the case that registered the entity as it is now (its licence's case).
    Result<std::optional<QJsonObject>> subjectStillOpen(const core::DomainEvent &event,
                                                        const core::CaseRecord &record,
                                                        QString *licenceCaseId = nullptr);
    Result<std::optional<QJsonObject>> decisionFor(const core::DomainEvent &event,
                                                   const core::CaseRecord &record,
                                                   core::TransitionRequest &request);
    Result<void> afterEntityEvent(const core::CaseRecord &record, core::CaseAction action,
                                  const QDateTime &at);
    Result<std::optional<QJsonObject>> licensing(const Caller &caller, const core::DomainEvent &event,
                                                 const core::CaseRecord &approved, core::CaseRecord &record,
                                                 const QDateTime &at);
    Result<void> withCredit(const core::CaseRecord &record, core::TransitionRequest &request);
    Result<void> afterApplied(const core::CaseRecord &record, core::CaseAction action, const QDateTime &at);
    Result<std::optional<QJsonObject>> seal(const core::DomainEvent &event, core::CaseRecord &record);
    // The form's parties checked against the exchange's credit lists on the day of `at`.
    Result<core::CreditReport> creditReport(const core::CaseRecord &record, const QDateTime &at);
    Result<QJsonObject> write(const Caller &caller, const core::DomainEvent &event,
                              const core::CaseRecord &record, std::optional<int> expectedVersion,
                              bool rebased, QByteArrayView formText = {});

    ExchangeStore &m_store;
    std::mutex &m_writeLock;
    PushOrder *m_order;
    const LicenceSigner *m_signer = nullptr;
};

} // namespace ow::exchange
