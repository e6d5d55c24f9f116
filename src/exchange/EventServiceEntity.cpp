// EventService: what cases about a registered entity take at the exchange (change and
// deregistration, issue 12 §1) — the entity checked at acceptance and the registered data taken
// from the exchange's own record, a simplified deregistration's public notice begun and read for
// the decision, and the entity deregistered once the decision is applied.
#include "EventAnswer.h"
#include "EventService.h"
#include "ExchangeLog.h"
#include "LicenceRegistry.h"
#include "NoticeRegistry.h"
#include "protocol/ErrorCodes.h"
#include "protocol/WireKeys.h"

namespace ow::exchange {

Result<std::optional<QJsonObject>> EventService::checkSubject(const core::DomainEvent &event,
                                                              const std::optional<core::CaseRecord> &stored,
                                                              core::CaseRecord &record)
{
    using Answer = std::optional<QJsonObject>;
    // The kind the payload's case says (an acceptance's): read from its JSON, where an unknown key
    // (a newer counter's kind) would read as an establishment and be licensed as one.
    const QJsonObject carried = event.payload.value(u"case").toObject();
    const std::optional<core::CaseKind> carriedKind =
        carried.contains(u"kind") ? core::CaseKinds::fromKey(carried.value(u"kind").toString())
                                  : std::optional(core::CaseKind::Establishment);
    if (!carried.isEmpty() && !carriedKind) {
        return Answer(
            notApplied(event.id, protocol::PushStatus::Rejected,
                       Error{protocol::errors::CaseKindUnknown,
                             QStringLiteral("The exchange does not register cases of the kind \"%1\".")
                                 .arg(carried.value(u"kind").toString().left(40)),
                             QStringLiteral("payload.case.kind")}));
    }
    const core::CaseKind kind = carried.isEmpty() ? record.kind : *carriedKind;
    if (stored && stored->kind != kind) {
        return Answer(notApplied(event.id, protocol::PushStatus::Rejected,
                                 Error{protocol::errors::CaseKindChanged,
                                       QStringLiteral("Case %1 is a %2; it stays one.")
                                           .arg(event.caseId, core::CaseKinds::toKey(stored->kind)),
                                       QStringLiteral("payload.case.kind")}));
    }
    if (!record.isAboutEntity() || stored) {
        return Answer();
    }
    // The acceptance of a change or deregistration: the entity must be registered here, still, and
    // of the case's authority; what it is measured against is the exchange's record, not the counter's.
    const QString code = record.subjectCode.trimmed().toUpper();
    const auto licence = m_store.licences().byCode(code);
    if (!licence) {
        return licence.error();
    }
    if (!licence.value() || licence.value()->entity.authorityDivision != record.form.authorityDivision) {
        return Answer(notApplied(
            event.id, protocol::PushStatus::Rejected,
            Error{protocol::errors::CaseSubjectUnknown,
                  QStringLiteral("No enterprise with the code %1 is registered with authority %2 here.")
                      .arg(code, record.form.authorityDivision),
                  QStringLiteral("payload.case.subjectCode")}));
    }
    const core::RegisteredEntity &entity = licence.value()->entity;
    if (entity.status != core::RegisteredEntity::StatusRegistered) {
        return Answer(
            notApplied(event.id, protocol::PushStatus::Rejected,
                       Error{protocol::errors::CaseSubjectEnded,
                             QStringLiteral("The enterprise %1 is %2 since %3.")
                                 .arg(code, entity.status, entity.statusSince.toString(Qt::ISODate)),
                             QStringLiteral("payload.case.subjectCode")}));
    }
    record.subjectCode = code;
    record.established = entity.established;
    const auto registeredBy = m_store.cases().byId(licence.value()->caseId);
    if (!registeredBy) {
        return registeredBy.error();
    }
    if (registeredBy.value()) {
        record.registered = registeredBy.value()->form;
    }
    if (record.kind == core::CaseKind::Deregistration) {
        // What is deregistered is the entity as registered, whatever the form says.
        record.form = record.registered;
    }
    return Answer();
}

Result<std::optional<QJsonObject>> EventService::decisionFor(const core::DomainEvent &event,
                                                             const core::CaseRecord &record,
                                                             core::TransitionRequest &request)
{
    using Answer = std::optional<QJsonObject>;
    if (record.kind != core::CaseKind::Deregistration || request.action != core::CaseAction::Approve) {
        return Answer();
    }
    // Another deregistration (or a revocation) may have ended the entity since this one was accepted.
    const auto licence = m_store.licences().byCode(record.subjectCode);
    if (!licence) {
        return licence.error();
    }
    if (!licence.value() || licence.value()->entity.status != core::RegisteredEntity::StatusRegistered) {
        return Answer(notApplied(
            event.id, protocol::PushStatus::Rejected,
            Error{protocol::errors::CaseSubjectEnded,
                  QStringLiteral("The enterprise %1 is no longer registered.").arg(record.subjectCode),
                  QStringLiteral("subjectCode")}));
    }
    if (!record.simplified) {
        return Answer();
    }
    const auto notice = m_store.notices().byCase(record.id);
    if (!notice) {
        return notice.error();
    }
    request.notice = notice.value();
    return Answer();
}

Result<void> EventService::afterEntityEvent(const core::CaseRecord &record, core::CaseAction action,
                                            const QDateTime &at)
{
    if (record.kind != core::CaseKind::Deregistration) {
        return {};
    }
    if (action == core::CaseAction::Accept && record.simplified) {
        // Accepted again after a correction: the notice runs on as begun, with its objections.
        const auto begun = m_store.notices().byCase(record.id);
        if (!begun) {
            return begun.error();
        }
        if (begun.value()) {
            return {};
        }
        // 简易注销公告: 20 days from the day the exchange learns of the acceptance, for every
        // workstation of the authority (and the public lookup) to read, objections recorded on it.
        const core::DeregistrationNotice notice =
            core::DeregistrationNotice::begin(record, core::DeregistrationNotice::dayOf(at));
        if (auto recorded = NoticeRegistry(m_store).record(notice, at); !recorded) {
            return recorded;
        }
        qCInfo(lcExchangeIngest) << "deregistration notice of" << record.subjectCode << "until"
                                 << notice.until;
        return {};
    }
    if (action == core::CaseAction::Approve) {
        return LicenceRegistry(m_store).end(record, at);
    }
    // Withdrawn, refused or rejected: its notice stops, and takes no more objections.
    if (core::CaseStates::isFinal(record.state) && record.simplified) {
        return NoticeRegistry(m_store).close(record, at);
    }
    return {};
}

} // namespace ow::exchange
