// EventService: what cases about a registered entity take at the exchange (change and
// deregistration, issue 12 §1) — the entity checked at acceptance and the registered data taken
// from the exchange's own record, a simplified deregistration's public notice begun and read for
// the decision, and the entity deregistered once the decision is applied.
#include "EventAnswer.h"
#include "EventService.h"
#include "ExchangeLog.h"
#include "LicenceRegistry.h"
#include "NoticeRegistry.h"
#include "core/ChangeRegistration.h"
#include "core/Deregistration.h"
#include "protocol/ErrorCodes.h"
#include "protocol/WireKeys.h"

namespace ow::exchange {

Result<core::OneForm> EventService::registeredForm(const QString &licenceCaseId, const core::OneForm &known)
{
    const auto registeredBy = m_store.cases().byId(licenceCaseId);
    if (!registeredBy) {
        return registeredBy.error();
    }
    // An entity the exchange knows only from its directory has no case: what the counter knew stands.
    return registeredBy.value() ? registeredBy.value()->form : known;
}

Result<std::optional<QJsonObject>> EventService::checkSubject(const Decoded &decoded,
                                                              const std::optional<core::CaseRecord> &stored,
                                                              bool accept, core::CaseRecord &record)
{
    using Answer = std::optional<QJsonObject>;
    const core::DomainEvent &event = decoded.event;
    // The kind the payload's case says (an acceptance's): its "kind" as sent, where an unknown key
    // (a newer counter's kind) would read as an establishment and be licensed as one.
    const std::optional<core::CaseKind> carriedKind = decoded.carriedKind
                                                          ? core::CaseKinds::fromKey(*decoded.carriedKind)
                                                          : std::optional(core::CaseKind::Establishment);
    if (decoded.carried && !carriedKind) {
        return Answer(
            notApplied(event.id, protocol::PushStatus::Rejected,
                       Error{protocol::errors::CaseKindUnknown,
                             QStringLiteral("The exchange does not register cases of the kind \"%1\".")
                                 .arg(decoded.carriedKind->left(40)),
                             QStringLiteral("payload.case.kind")}));
    }
    const core::CaseKind kind = !decoded.carried ? record.kind : *carriedKind;
    if (stored && stored->kind != kind) {
        return Answer(notApplied(event.id, protocol::PushStatus::Rejected,
                                 Error{protocol::errors::CaseKindChanged,
                                       QStringLiteral("Case %1 is a %2; it stays one.")
                                           .arg(event.caseId, core::CaseKinds::toKey(stored->kind)),
                                       QStringLiteral("payload.case.kind")}));
    }
    if (!record.isAboutEntity() || !accept) {
        return Answer();
    }
    // The acceptance of a change or deregistration (again, after a correction, too): the entity must
    // be registered here, still, and of the case's authority; what it is measured against is the
    // exchange's record, not the counter's.
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
    if (auto open = core::Deregistration::checkSubject(record.kind, record.simplified, entity); !open) {
        Error error = open.error();
        error.field = QStringLiteral("payload.case.") + error.field;
        return Answer(notApplied(event.id, protocol::PushStatus::Rejected, error));
    }
    record.subjectCode = code;
    record.established = entity.established;
    const Result<core::OneForm> current = registeredForm(licence.value()->caseId, record.registered);
    if (!current) {
        return current.error();
    }
    if (record.kind == core::CaseKind::Change) {
        // Built on the counter's copy, which may be stale (a change licensed since it synced): what
        // the applicant asks to change is kept, the rest is the registry's now.
        const core::OneForm &base = decoded.carried ? decoded.carried->registered : record.registered;
        record.form = core::ChangeRegistration::rebase(base, record.form, current.value());
    }
    record.registered = current.value();
    if (record.kind == core::CaseKind::Deregistration) {
        // What is deregistered is the entity as registered, whatever the form says.
        record.form = record.registered;
    }
    return Answer();
}

Result<std::optional<QJsonObject>> EventService::subjectStillOpen(const core::DomainEvent &event,
                                                                  const core::CaseRecord &record,
                                                                  QString *licenceCaseId)
{
    using Answer = std::optional<QJsonObject>;
    const auto licence = m_store.licences().byCode(record.subjectCode);
    if (!licence) {
        return licence.error();
    }
    if (!licence.value()) {
        return Answer(notApplied(
            event.id, protocol::PushStatus::Rejected,
            Error{protocol::errors::CaseSubjectEnded,
                  QStringLiteral("The enterprise %1 is no longer registered.").arg(record.subjectCode),
                  QStringLiteral("subjectCode")}));
    }
    if (auto open =
            core::Deregistration::checkSubject(record.kind, record.simplified, licence.value()->entity);
        !open) {
        return Answer(notApplied(event.id, protocol::PushStatus::Rejected, open.error()));
    }
    if (licenceCaseId) {
        *licenceCaseId = licence.value()->caseId;
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
    // Another deregistration may have ended the entity since this one was accepted, or a revocation
    // closed the simplified procedure to it.
    if (auto open = subjectStillOpen(event, record); !open || open.value()) {
        return open;
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
