#include "ErrorTexts.h"

#include <array>

namespace ow::protocol {

namespace {

using C = ErrorClass;
namespace e = errors;

constexpr const char *RequestUnreadable =
    QT_TRANSLATE_NOOP("ProtocolErrors", "The exchange could not read the request (%1). Report this with the "
                                        "request ID.");
constexpr const char *RoleMayNot =
    QT_TRANSLATE_NOOP("ProtocolErrors", "Your role may not do this at the exchange.");

// clang-format off
constexpr std::array rows{
    ErrorSpec{e::AuthInvalidCredentials, C::SignIn,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The user name or the password is wrong.")},
    ErrorSpec{e::AuthAccountDisabled, C::SignIn,
              QT_TRANSLATE_NOOP("ProtocolErrors", "This account is disabled at the exchange. Ask the administrator.")},
    ErrorSpec{e::AuthAccountLocked, C::SignIn,
              QT_TRANSLATE_NOOP("ProtocolErrors", "Too many wrong passwords: the exchange has locked this account for "
                                                  "15 minutes. Wait, or ask the administrator to unlock it.")},
    ErrorSpec{e::AuthOtherAuthority, C::SignIn,
              QT_TRANSLATE_NOOP("ProtocolErrors", "This account belongs to another registration authority than this "
                                                  "workstation; sign in at a workstation of your own authority.")},
    ErrorSpec{e::AuthTokenExpired, C::Session,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The session with the exchange has expired. Sign in again.")},
    ErrorSpec{e::AuthTokenInvalid, C::Session,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The exchange does not recognise this session. Sign in again.")},
    ErrorSpec{e::AuthTokenNotBound, C::Session,
              QT_TRANSLATE_NOOP("ProtocolErrors", "This session belongs to another workstation certificate. Sign in "
                                                  "again at this workstation.")},
    ErrorSpec{e::AuthForbidden, C::Refused, RoleMayNot},
    ErrorSpec{e::AuthServiceOnly, C::Refused, RoleMayNot},
    ErrorSpec{e::TlsCertificateRevoked, C::Certificate,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The exchange has revoked this workstation's certificate. Ask the "
                                                  "administrator to enrol the workstation again; nothing was sent.")},
    ErrorSpec{e::TlsCertificateUnknown, C::Certificate,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The exchange does not know this workstation's certificate. Import "
                                                  "the certificate issued for this workstation; nothing was sent.")},
    ErrorSpec{e::RequestMalformed, C::Refused, nullptr},
    ErrorSpec{e::RequestMalformedJson, C::Refused, RequestUnreadable},
    ErrorSpec{e::RequestInvalidField, C::Refused, RequestUnreadable},
    ErrorSpec{e::RequestTooLarge, C::Refused,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The exchange refused the request as too large.")},
    ErrorSpec{e::RequestNotFound, C::Refused,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The exchange does not offer this service. Check the exchange "
                                                  "address.")},
    ErrorSpec{e::RequestMethodNotAllowed, C::Refused, nullptr},
    ErrorSpec{e::RequestTimeout, C::Server, nullptr},
    ErrorSpec{e::RequestHeaderTooLarge, C::Refused, nullptr},
    ErrorSpec{e::RequestUnsupportedEncoding, C::Refused, RequestUnreadable},
    ErrorSpec{e::RequestMalformedEncoding, C::Refused, RequestUnreadable},
    ErrorSpec{e::FieldTooLong, C::Event, nullptr},
    ErrorSpec{e::ListTooLong, C::Event, nullptr},
    ErrorSpec{e::FieldInvalidText, C::Event, nullptr},
    ErrorSpec{e::AuthActorMismatch, C::Event, nullptr},
    ErrorSpec{e::CaseStale, C::Event, nullptr},
    ErrorSpec{e::CaseUnknown, C::Event, nullptr},
    ErrorSpec{e::CaseOtherAuthority, C::Event, nullptr},
    ErrorSpec{e::CaseReceiptInvalid, C::Event, nullptr},
    ErrorSpec{e::CaseReceiptForeign, C::Event, nullptr},
    ErrorSpec{e::CaseReceiptTaken, C::Event, nullptr},
    ErrorSpec{e::CaseTooLarge, C::Event, nullptr},
    ErrorSpec{e::CaseSubjectUnknown, C::Event,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The exchange has no registered enterprise with this code; a "
                                                  "change or deregistration needs the code of an enterprise "
                                                  "registered through it.")},
    ErrorSpec{e::CaseSubjectEnded, C::Event,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The enterprise is deregistered at the exchange, or its "
                                                  "licence revoked (then only a general deregistration is "
                                                  "taken); this case cannot go on.")},
    ErrorSpec{e::CaseKindChanged, C::Event, nullptr},
    ErrorSpec{e::CaseKindUnknown, C::Event, nullptr},
    ErrorSpec{e::EventUnknownType, C::Event, nullptr},
    ErrorSpec{e::EventLocal, C::Event, nullptr},
    ErrorSpec{e::WorkflowUnknownAction, C::Event, nullptr},
    ErrorSpec{e::WorkflowNoActor, C::Event, nullptr},
    ErrorSpec{e::WorkflowWrongState, C::Event, nullptr},
    ErrorSpec{e::WorkflowRole, C::Event, nullptr},
    ErrorSpec{e::WorkflowReasonRequired, C::Event, nullptr},
    ErrorSpec{e::WorkflowLocked, C::Event, nullptr},
    ErrorSpec{e::WorkflowNoReceipt, C::Event, nullptr},
    ErrorSpec{e::WorkflowFormInvalid, C::Event, nullptr},
    ErrorSpec{e::WorkflowMaterialsMissing, C::Event, nullptr},
    ErrorSpec{e::WorkflowFourEyes, C::Event, nullptr},
    ErrorSpec{e::WorkflowOutsideJurisdiction, C::Event, nullptr},
    ErrorSpec{e::WorkflowUnknownReason, C::Event, nullptr},
    ErrorSpec{e::WorkflowWrongKind, C::Event, nullptr},
    ErrorSpec{e::DeregistrationNoNotice, C::Event, nullptr},
    ErrorSpec{e::DeregistrationNoticeRunning, C::Event, nullptr},
    ErrorSpec{e::DeregistrationObjected, C::Event,
              QT_TRANSLATE_NOOP("ProtocolErrors", "Objections were raised during the public notice of this "
                                                  "simplified deregistration; it was not approved. A supervisor "
                                                  "reads them in the conflicts list and rejects the case.")},
    ErrorSpec{e::DeregistrationGeneralOnly, C::Event,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The enterprise's licence was revoked: it is deregistered by "
                                                  "the general procedure, not the simplified one. Withdraw this "
                                                  "case and accept a general deregistration.")},
    ErrorSpec{e::AttachmentUnknown, C::Refused, nullptr},
    ErrorSpec{e::AttachmentOffset, C::Refused, nullptr},
    ErrorSpec{e::AttachmentTooLarge, C::Refused, nullptr},
    ErrorSpec{e::AttachmentHashMismatch, C::Refused, nullptr},
    ErrorSpec{e::LicenceNoCode, C::Event, nullptr},
    ErrorSpec{e::LicenceUnsigned, C::Event, nullptr},
    ErrorSpec{e::LicenceReservedCodeInvalid, C::Event, nullptr},
    ErrorSpec{e::LicenceNameTaken, C::Event,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The enterprise name was registered by another entity while this "
                                                  "licence was issued offline; the licence is not confirmed. A "
                                                  "supervisor decides in the conflicts list.")},
    ErrorSpec{e::CreditRestricted, C::Event,
              QT_TRANSLATE_NOOP("ProtocolErrors", "A person or legal person named on the form is barred by a credit "
                                                  "list entry the exchange holds (一处违法、处处受限); the change is "
                                                  "not applied. A supervisor reads the entry in the conflicts list "
                                                  "and tells the applicant.")},
    ErrorSpec{e::CreditEntryInvalid, C::Refused, nullptr},
    ErrorSpec{e::CreditUnknown, C::Refused,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The exchange has no such credit list entry or proposal.")},
    ErrorSpec{e::CreditSettled, C::Refused,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The entry was removed, or the proposal recorded, already.")},
    ErrorSpec{e::CreditFourEyes, C::Refused,
              QT_TRANSLATE_NOOP("ProtocolErrors", "Four eyes: another supervisor confirms a credit list entry, "
                                                  "not the one who entered it.")},
    ErrorSpec{e::DepartmentOnly, C::Refused, nullptr},
    ErrorSpec{e::DepartmentUnknownEntity, C::Event, nullptr},
    ErrorSpec{e::DepartmentBadCursor, C::Refused, nullptr},
    ErrorSpec{e::StockOutsideBatch, C::Event,
              QT_TRANSLATE_NOOP("ProtocolErrors", "No batch of blank stock of this office holds this sheet number "
                                                  "for this copy's paper. Check the number on the sheet.")},
    ErrorSpec{e::StockForeignBatch, C::Event,
              QT_TRANSLATE_NOOP("ProtocolErrors", "This sheet number belongs to another registration authority's "
                                                  "batch of blank stock.")},
    ErrorSpec{e::StockSerialUsed, C::Event,
              QT_TRANSLATE_NOOP("ProtocolErrors", "This sheet was printed or voided already; a numbered sheet is "
                                                  "used once.")},
    ErrorSpec{e::StockReasonRequired, C::Event,
              QT_TRANSLATE_NOOP("ProtocolErrors", "Voiding or reprinting a sheet needs a reason.")},
    ErrorSpec{e::StockNotLicensed, C::Event,
              QT_TRANSLATE_NOOP("ProtocolErrors", "The exchange has not confirmed this case's licence; its sheets "
                                                  "are recorded once it has.")},
    ErrorSpec{e::StatisticsForbidden, C::Refused,
              QT_TRANSLATE_NOOP("ProtocolErrors", "Only an administrator or a provincial supervisor may read the "
                                                  "province's statistics at the exchange.")},
    ErrorSpec{e::PushOutOfOrder, C::Server, nullptr},
    ErrorSpec{e::ServerUnavailable, C::Server, nullptr},
    ErrorSpec{e::ServerBusy, C::Server, nullptr},
    ErrorSpec{e::ServerInternal, C::Server, nullptr},
};
// clang-format on

} // namespace

std::span<const ErrorSpec> ProtocolErrors::table()
{
    return rows;
}

const ErrorSpec *ProtocolErrors::find(QStringView code)
{
    for (const ErrorSpec &spec : rows) {
        if (code == spec.code)
            return &spec;
    }
    return nullptr;
}

QString ProtocolErrors::message(QStringView code)
{
    const ErrorSpec *spec = find(code);
    if (!spec || !spec->message)
        return {};
    const QString text = tr(spec->message);
    return text.contains(u"%1") ? text.arg(code) : text;
}

} // namespace ow::protocol
