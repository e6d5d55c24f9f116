#pragma once

#include <QLatin1StringView>

// The error codes of the wire (docs/protocol.md, "Errors" and the push results), each written once.
// `code` is stable and machine-readable; the exchange sends it, the client decides on it. The
// codes of `src/core`'s rules (`field.*`, `list.*`, `workflow.*`) are made there (core::Limits,
// core::CaseWorkflow; core links no protocol) and listed here as what they are on the wire;
// test_protocol checks that core makes exactly these. Every code is in ErrorTexts.cpp's table.
namespace ow::protocol::errors {

using Code = QLatin1StringView;

// Sign-in and sessions (401, 403)
inline constexpr Code AuthInvalidCredentials{"auth.invalid_credentials"};
inline constexpr Code AuthAccountDisabled{"auth.account_disabled"};
inline constexpr Code AuthAccountLocked{"auth.account_locked"};
inline constexpr Code AuthOtherAuthority{"auth.other_authority"};
inline constexpr Code AuthTokenExpired{"auth.token_expired"};
inline constexpr Code AuthTokenInvalid{"auth.token_invalid"};
inline constexpr Code AuthTokenNotBound{"auth.token_not_bound"};
inline constexpr Code AuthForbidden{"auth.forbidden"};
inline constexpr Code AuthServiceOnly{"auth.service_only"};
// The client certificate (401)
inline constexpr Code TlsCertificateRevoked{"tls.certificate_revoked"};
inline constexpr Code TlsCertificateUnknown{"tls.certificate_unknown"};
// The request as a whole (400, 404, 405, 408, 413, 431)
inline constexpr Code RequestMalformed{"request.malformed"};
inline constexpr Code RequestMalformedJson{"request.malformed_json"};
inline constexpr Code RequestInvalidField{"request.invalid_field"};
inline constexpr Code RequestTooLarge{"request.too_large"};
inline constexpr Code RequestNotFound{"request.not_found"};
inline constexpr Code RequestMethodNotAllowed{"request.method_not_allowed"};
inline constexpr Code RequestTimeout{"request.timeout"};
inline constexpr Code RequestHeaderTooLarge{"request.header_too_large"};
// A compressed body (docs/protocol.md, "Compression"): a Content-Encoding other than gzip (415),
// or a gzip body that is not one whole gzip member (400). One inflating past the endpoint's
// limit is request.too_large (413).
inline constexpr Code RequestUnsupportedEncoding{"request.unsupported_encoding"};
inline constexpr Code RequestMalformedEncoding{"request.malformed_encoding"};
// The limits (core::Limits): 400 for intake, a rejected event for events
inline constexpr Code FieldTooLong{"field.too_long"};
inline constexpr Code ListTooLong{"list.too_long"};
inline constexpr Code FieldInvalidText{"field.invalid_text"};
// A push whose "follows" batch the exchange has not committed and is not working on (409): nothing
// of it is stored; the counter sends it again once it has the answer to the batch before.
inline constexpr Code PushOutOfOrder{"push.out_of_order"};
// One pushed event (in its result, not the HTTP status)
inline constexpr Code AuthActorMismatch{"auth.actor_mismatch"};
inline constexpr Code CaseStale{"case.stale"};
inline constexpr Code CaseUnknown{"case.unknown"};
inline constexpr Code CaseOtherAuthority{"case.other_authority"};
inline constexpr Code CaseReceiptInvalid{"case.receipt_invalid"};
inline constexpr Code CaseReceiptForeign{"case.receipt_foreign"};
inline constexpr Code CaseReceiptTaken{"case.receipt_taken"};
inline constexpr Code CaseTooLarge{"case.too_large"};
// A change or deregistration names an entity this exchange did not register, or one deregistered
// or revoked already, or changes the kind of a case, or names a kind the exchange does not know
// (core::CaseKind).
inline constexpr Code CaseSubjectUnknown{"case.subject_unknown"};
inline constexpr Code CaseSubjectEnded{"case.subject_ended"};
inline constexpr Code CaseKindChanged{"case.kind_changed"};
inline constexpr Code CaseKindUnknown{"case.kind_unknown"};
inline constexpr Code EventUnknownType{"event.unknown_type"};
inline constexpr Code EventLocal{"event.local"};
// The workflow's rules (core::CaseWorkflow), in a rejected event's result
inline constexpr Code WorkflowUnknownAction{"workflow.unknown_action"};
inline constexpr Code WorkflowNoActor{"workflow.no_actor"};
inline constexpr Code WorkflowWrongState{"workflow.wrong_state"};
inline constexpr Code WorkflowRole{"workflow.role"};
inline constexpr Code WorkflowReasonRequired{"workflow.reason_required"};
inline constexpr Code WorkflowLocked{"workflow.locked"};
inline constexpr Code WorkflowNoReceipt{"workflow.no_receipt"};
inline constexpr Code WorkflowFormInvalid{"workflow.form_invalid"};
inline constexpr Code WorkflowMaterialsMissing{"workflow.materials_missing"};
inline constexpr Code WorkflowFourEyes{"workflow.four_eyes"};
inline constexpr Code WorkflowOutsideJurisdiction{"workflow.outside_jurisdiction"};
inline constexpr Code WorkflowUnknownReason{"workflow.unknown_reason"};
inline constexpr Code WorkflowAlreadyExtended{"workflow.already_extended"};
inline constexpr Code WorkflowWrongKind{"workflow.wrong_kind"};
// A simplified deregistration decided before its notice began or ended, or with objections
// (core::Deregistration): the notice as the exchange holds it decides.
inline constexpr Code DeregistrationNoNotice{"deregistration.no_notice"};
inline constexpr Code DeregistrationNoticeRunning{"deregistration.notice_running"};
inline constexpr Code DeregistrationObjected{"deregistration.objected"};
// A revoked entity's deregistration (core::Deregistration::checkSubject) is the general one.
inline constexpr Code DeregistrationGeneralOnly{"deregistration.general_only"};
// A party of the form is barred by a credit list entry in force (core::CreditCheck): at the
// exchange, an acceptance or approval made against an older copy of the lists; a conflict for a
// supervisor, nothing applied.
inline constexpr Code CreditRestricted{"credit.restricted"};
// The registry's credit list entries (POST /api/v1/credit-entries …): the entry or removal breaks
// core::CreditList's rules (422); no such proposal or entry (404); the entry was removed or the
// proposal recorded already (409); the person who proposed it confirming it (403, four eyes).
inline constexpr Code CreditEntryInvalid{"credit.entry_invalid"};
inline constexpr Code CreditUnknown{"credit.unknown"};
inline constexpr Code CreditSettled{"credit.settled"};
inline constexpr Code CreditFourEyes{"credit.four_eyes"};
// No credit code can be made for the case (its authority's division is not in the exchange's list).
inline constexpr Code LicenceNoCode{"licence.no_code"};
// The licence's essentials cannot be signed (a text over the QR code's bounds, a broken signing key).
inline constexpr Code LicenceUnsigned{"licence.unsigned"};
// Attachments (404, 409, 413, 422): no case the caller may see names the scan (or it is not
// complete); the part does not start where the exchange's copy ends; the scan is larger than
// attachments::MaxBytes; the whole does not have the SHA-256 it was sent as (the partial is dropped).
inline constexpr Code AttachmentUnknown{"attachment.unknown"};
inline constexpr Code AttachmentOffset{"attachment.offset_mismatch"};
inline constexpr Code AttachmentTooLarge{"attachment.too_large"};
inline constexpr Code AttachmentHashMismatch{"attachment.hash_mismatch"};
// A licence issued offline whose reserved code the exchange cannot confirm (not this workstation's
// reserved serial, used, or not the code of the case's type and authority).
inline constexpr Code LicenceReservedCodeInvalid{"licence.reserved_code_invalid"};
// The licensed name is a registered entity's already (same authority, 字号 and industry): a
// licence issued offline meets it on confirmation; a conflict for a supervisor.
inline constexpr Code LicenceNameTaken{"licence.name_taken"};
// Numbered blank stock (POST /api/v1/sheets, in an entry's result): no batch of the case's authority
// holds the serial for that copy's paper; the batch holding it is another authority's; the sheet
// was printed (or voided) already; a void or reprint without a reason; the case has no licence yet.
inline constexpr Code StockOutsideBatch{"stock.outside_batch"};
inline constexpr Code StockForeignBatch{"stock.foreign_batch"};
inline constexpr Code StockSerialUsed{"stock.serial_used"};
inline constexpr Code StockReasonRequired{"stock.reason_required"};
inline constexpr Code StockNotLicensed{"stock.not_licensed"};
// Departments (docs/protocol.md, "Departments"): a department endpoint called without a
// department's certificate (403); a claim or record for an entity the exchange has not registered,
// or not of the department's authority (in an item's result); an acknowledgement past the queue (400).
inline constexpr Code DepartmentOnly{"department.only"};
inline constexpr Code DepartmentUnknownEntity{"department.unknown_entity"};
inline constexpr Code DepartmentBadCursor{"department.bad_cursor"};
// The province's statistics (GET /api/v1/statistics, 403): only an administrator or a provincial
// supervisor (a supervisor of the province's authority, XX0000) reads them, and only of their province.
inline constexpr Code StatisticsForbidden{"statistics.forbidden"};
// The exchange itself (5xx)
inline constexpr Code ServerUnavailable{"server.unavailable"};
inline constexpr Code ServerBusy{"server.busy"};
inline constexpr Code ServerInternal{"server.internal"};

} // namespace ow::protocol::errors
