// EventService: what licensing takes at the exchange — the licence issued offline from a reserved
// serial confirmed or refused, the name checked again against the registered entities, the credit
// code assigned and the authority's signature.
#include "EventAnswer.h"
#include "EventService.h"
#include "ExchangeLog.h"
#include "LicenceSigner.h"
#include "NameCheck.h"
#include "core/ChangeRegistration.h"
#include "core/EnterpriseName.h"
#include "core/EntityType.h"
#include "protocol/WireKeys.h"

namespace ow::exchange {

// Before the workflow licenses `record` (still approved): a code the caller's workstation issued
// offline from its reserved serial is confirmed (the serial is this case's from then on, whatever
// follows), and the name must not be a registered entity's: else a conflict with the exchange's case
// for a supervisor to decide, nothing applied. An answer ending the event, or none.
Result<std::optional<QJsonObject>> EventService::checkLicensing(const Caller &caller,
                                                                const core::DomainEvent &event,
                                                                const core::CaseRecord &record)
{
    const QString provisional =
        record.kind == core::CaseKind::Change
            ? QString()
            : event.payload.value(protocol::keys::licence::ProvisionalCode).toString();
    if (!provisional.isEmpty()) {
        const core::EntityType *type = core::EntityTypeCatalog::instance().find(record.form.entityTypeId);
        const QJsonValue serial = event.payload.value(protocol::keys::licence::ReservedSerial);
        const Result<QString> confirmed = m_store.creditCodes().assignReserved(
            record.id, type ? type->codeCategory : QChar(), record.form.authorityDivision,
            quint64(std::max<qint64>(0, serial.toInteger())), provisional, caller.certificate.code,
            QDateTime::currentDateTimeUtc());
        if (!confirmed) {
            if (confirmed.error().code != protocol::errors::LicenceReservedCodeInvalid) {
                return confirmed.error();
            }
            return std::optional<QJsonObject>(
                notApplied(event.id, protocol::PushStatus::Rejected, confirmed.error()));
        }
    }
    // The name again, authoritatively (NameCheck: registered, deregistered and former names).
    const auto nameProblem = NameCheck::problem(m_store, record, QDateTime::currentDateTimeUtc().date());
    if (!nameProblem) {
        return nameProblem.error();
    }
    if (nameProblem.value()) {
        qCInfo(lcExchangeIngest) << "licence of case" << record.id << "not confirmed: its name";
        return std::optional<QJsonObject>(
            notApplied(event.id, protocol::PushStatus::Conflict, *nameProblem.value(), record));
    }
    return std::optional<QJsonObject>();
}

// Licensing: the exchange gives the case its unified social credit code (CreditCodeStore), of the
// entity type's category and the authority's division. An answer refusing the event when neither
// gives a code; none when the code is in `record`.
Result<std::optional<QJsonObject>> EventService::assignCode(const core::DomainEvent &event,
                                                            core::CaseRecord &record, const QDateTime &at)
{
    if (record.kind == core::CaseKind::Change) {
        // A change's new licence keeps the entity's code (checked at its acceptance).
        record.creditCode = record.subjectCode;
        return seal(event, record);
    }
    const core::EntityType *type = core::EntityTypeCatalog::instance().find(record.form.entityTypeId);
    if (!type || type->codeCategory.isNull()) {
        return std::optional<QJsonObject>(
            notApplied(event.id, protocol::PushStatus::Rejected,
                       Error{protocol::errors::WorkflowFormInvalid,
                             QStringLiteral("Entity type \"%1\" has no credit-code category.")
                                 .arg(record.form.entityTypeId),
                             QStringLiteral("form.entityTypeId")}));
    }
    const Result<QString> code =
        m_store.creditCodes().assign(record.id, type->codeCategory, record.form.authorityDivision, at);
    if (!code) {
        if (code.error().code == protocol::errors::LicenceNoCode) {
            return std::optional<QJsonObject>(
                notApplied(event.id, protocol::PushStatus::Rejected, code.error()));
        }
        return code.error();
    }
    record.creditCode = code.value();
    return seal(event, record);
}

// The authority signs what the licence prints; a case whose texts cannot be signed is not licensed.
Result<std::optional<QJsonObject>> EventService::seal(const core::DomainEvent &event,
                                                      core::CaseRecord &record)
{
    if (m_signer) {
        const Result<QByteArray> sealed = m_signer->seal(record);
        if (!sealed) {
            return std::optional<QJsonObject>(notApplied(
                event.id, protocol::PushStatus::Rejected,
                Error{protocol::errors::LicenceUnsigned,
                      QStringLiteral("The licence cannot be signed: %1").arg(sealed.error().message),
                      sealed.error().field}));
        }
        record.licenceSeal = QString::fromUtf8(sealed.value());
    }
    return std::optional<QJsonObject>();
}

// Licensing, only once the workflow allows the licence: a change's entity still open to it, a
// reserved serial spent, the name checked (checkLicensing, on the case as approved), a change moved
// onto the registration as it is now, then the code and the seal (assignCode) on `record`.
Result<std::optional<QJsonObject>> EventService::licensing(const Caller &caller,
                                                           const core::DomainEvent &event,
                                                           const core::CaseRecord &approved,
                                                           core::CaseRecord &record, const QDateTime &at)
{
    QString registeredBy; // a change's: the case that registered its entity as it is now
    if (record.kind == core::CaseKind::Change) {
        // The entity may have been deregistered or revoked since the change was accepted.
        if (auto open = subjectStillOpen(event, record, &registeredBy); !open || open.value()) {
            return open;
        }
    }
    const Result<std::optional<QJsonObject>> checked = checkLicensing(caller, event, approved);
    if (!checked || checked.value()) {
        return checked;
    }
    if (record.kind == core::CaseKind::Change) {
        // Another change of the entity may have been licensed since this one was accepted: this
        // licence changes what this case asked to change, on the registration as it is now.
        const Result<core::OneForm> current = registeredForm(registeredBy, record.registered);
        if (!current) {
            return current.error();
        }
        record.form = core::ChangeRegistration::rebase(record.registered, record.form, current.value());
        record.registered = current.value();
    }
    return assignCode(event, record, at);
}

} // namespace ow::exchange
