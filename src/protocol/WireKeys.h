#pragma once

#include <QLatin1StringView>

// The key names of the JSON bodies both sides read and write (docs/protocol.md), each once.
namespace ow::protocol::keys {

using Key = QLatin1StringView;

// GET /api/v1/health: {"status": "ok", "version", "api": protocol::ApiVersion, "serverTime"}
namespace health {
inline constexpr Key Status{"status"};
inline constexpr Key Version{"version"};
inline constexpr Key Api{"api"};
inline constexpr Key ServerTime{"serverTime"};
} // namespace health

// Every 4xx/5xx body: {"error": {"code", "message", "requestId"?, "field"?}}; a push result's
// "error" has the same shape.
namespace error {
inline constexpr Key Error{"error"};
inline constexpr Key Code{"code"};
inline constexpr Key Message{"message"};
inline constexpr Key Field{"field"};
inline constexpr Key RequestId{"requestId"};
} // namespace error

// POST /api/v1/session and /session/refresh: {"user", "password"} / {"refreshToken"} →
// {"token", "expiresAt", "refreshToken", "refreshExpiresAt", "user": {…}, "offlineVerifier"?, "workstation"}
namespace session {
inline constexpr Key User{"user"}; // the request's user name; the answer's user object
inline constexpr Key Password{"password"};
inline constexpr Key Token{"token"};
inline constexpr Key ExpiresAt{"expiresAt"};
inline constexpr Key RefreshToken{"refreshToken"};
inline constexpr Key RefreshExpiresAt{"refreshExpiresAt"};
inline constexpr Key OfflineVerifier{"offlineVerifier"};
inline constexpr Key Workstation{"workstation"};
inline constexpr Key WorkstationAuthority{"workstationAuthority"}; // the workstation's enrolled authority
// The answer's "user" object
inline constexpr Key UserId{"id"};
inline constexpr Key UserDisplayName{"displayName"};
inline constexpr Key UserRole{"role"};
inline constexpr Key UserAuthority{"authority"};
inline constexpr Key UserProvincial{"provincial"};
} // namespace session

// POST /api/v1/events: {"events": [DomainEvent…]} →
// {"results": [{"id", "status", "caseVersion", "serverTime", "current"?, "error"?}]}
namespace push {
inline constexpr Key Events{"events"};
// Two batches in flight (docs/protocol.md): the batch's own id and the id of the batch it follows,
// each a UUID the counter makes per request; the exchange applies a batch after the one it follows.
inline constexpr Key Batch{"batch"};
inline constexpr Key Follows{"follows"};
inline constexpr Key Results{"results"};
inline constexpr Key Id{"id"};
inline constexpr Key Status{"status"}; // protocol::PushStatus
inline constexpr Key CaseVersion{"caseVersion"};
inline constexpr Key ServerTime{"serverTime"};
inline constexpr Key Current{"current"}; // the exchange's CaseRecord (conflict)
inline constexpr Key Error{"error"};     // keys::error
// true on an applied change's licensing that the exchange moved onto the registration as it is now
// (core::ChangeRegistration::rebase: another change licensed first): the licence differs from what
// the counter sent and printed; the case as stored comes with the feed.
inline constexpr Key Rebased{"rebased"};
} // namespace push

// GET /api/v1/changes: {"changes": [{"seq", "kind", "caseId", "case", "serverTime", "origin"}],
// "nextCursor", "hasMore"}
namespace changes {
inline constexpr Key Changes{"changes"};
inline constexpr Key NextCursor{"nextCursor"};
inline constexpr Key HasMore{"hasMore"};
inline constexpr Key Seq{"seq"};
inline constexpr Key Kind{"kind"};
inline constexpr Key CaseId{"caseId"};
inline constexpr Key Case{"case"};
inline constexpr Key ServerTime{"serverTime"};
inline constexpr Key Origin{"origin"};
inline constexpr Key KindCase{"case"}; // the value of "kind" for a case's change
// A licence the exchange confirmed and published: "case" carries the registered entity
// (core::RegisteredEntity), public, for every workstation of the province.
inline constexpr Key KindLicence{"licence"};
// A simplified deregistration's public notice as begun or objected to (core::DeregistrationNotice):
// "case" carries the notice, for the workstations of its authority.
inline constexpr Key KindNotice{"notice"};
// Credit-code serials reserved for a workstation (offline issuance): "case" carries
// {"workstation", "serials", "reservedAt"} as POST /api/v1/code-blocks describes.
inline constexpr Key KindCodeBlock{"code_block"};
// A batch of numbered blank stock registered for an authority (`stock add`): "case" carries the
// batch (keys::sheets), under the batch's authority.
inline constexpr Key KindStockBatch{"stock_batch"};
// A use of a numbered sheet the exchange recorded (printed, voided, reprinted): "case" carries the
// entry (keys::sheets), under its case's authority, so every counter of the office knows it.
inline constexpr Key KindSheet{"sheet"};
// An entry of a credit list (DOMAIN §7) as recorded or removed: "case" carries the entry
// (core::CreditList::toJson), under the province's code, so every counter of the province knows it.
inline constexpr Key KindList{"list"};
// A department's claim (认领) of a registered entity (core::CreditRecords::claimToJson), and an item
// of an entity's credit record a department pushed back (core::CreditRecords::toJson): under the
// province's code of the entity's authority, for every counter of the province.
inline constexpr Key KindClaim{"claim"};
inline constexpr Key KindCreditRecord{"credit_record"};
} // namespace changes

// GET /api/v1/directory?after=&limit= → {"asOf", "entities": [core::RegisteredEntity…], "hasMore",
// "next", "total"?} (protocol::directory reads and writes it).
namespace directory {
inline constexpr Key AsOf{"asOf"};
inline constexpr Key Entities{"entities"};
inline constexpr Key HasMore{"hasMore"};
inline constexpr Key Next{"next"};
inline constexpr Key Total{"total"};
} // namespace directory

// A department's endpoints (docs/protocol.md, "Departments"):
// GET department/registrations?cursor=&limit= → {"registrations": [{"cursor", "entity",
//   "licensedItems", "queuedAt"}], "acknowledged", "hasMore"};
// POST department/acknowledgements {"cursor"} → {"acknowledged"};
// POST department/claims {"claims": [{"creditCode"}]} and department/records {"records": [record…],
//   "listEntries": [entry…]} → {"results": [{"id", "status", "error"?}]} (claims: "creditCode" for "id").
namespace department {
inline constexpr Key Registrations{"registrations"};
inline constexpr Key Cursor{"cursor"};
inline constexpr Key Entity{"entity"};
inline constexpr Key LicensedItems{"licensedItems"};
inline constexpr Key Occasion{"occasion"}; // protocol::DeliveryOccasion
inline constexpr Key Changed{"changed"}; // a change's entity keys that differ (RegisteredEntity::changedKeys)
inline constexpr Key QueuedAt{"queuedAt"};
inline constexpr Key Acknowledged{"acknowledged"};
inline constexpr Key HasMore{"hasMore"};
inline constexpr Key Claims{"claims"};
inline constexpr Key CreditCode{"creditCode"};
inline constexpr Key Records{"records"};
inline constexpr Key ListEntries{"listEntries"};
inline constexpr Key Results{"results"};
inline constexpr Key Id{"id"};
inline constexpr Key Status{"status"}; // protocol::PushStatus: applied, duplicate, rejected
inline constexpr Key Error{"error"};
} // namespace department

// POST /api/v1/sheets: {"sheets": [entry…]} → {"results": [{"id", "status", "error"?}]}; an entry and
// a stock batch as the feed carries them (protocol::SheetWire reads and writes both).
namespace sheets {
inline constexpr Key Sheets{"sheets"};
inline constexpr Key Results{"results"};
inline constexpr Key Id{"id"};
inline constexpr Key Status{"status"}; // protocol::PushStatus: applied, duplicate, rejected
inline constexpr Key Error{"error"};
inline constexpr Key CaseId{"caseId"};
inline constexpr Key Copy{"copy"}; // "original" | "duplicate" (core::BlankStock::copyKey)
inline constexpr Key Serial{"serial"};
inline constexpr Key Use{"use"}; // "printed" | "voided" | "reprinted"
inline constexpr Key Reason{"reason"};
inline constexpr Key Actor{"actor"};
inline constexpr Key Workstation{"workstation"};
inline constexpr Key At{"at"};
inline constexpr Key CreditCode{"creditCode"};
inline constexpr Key Batch{"batch"};
// A stock batch: {"batch", "authority", "copy", "from", "to", "registeredAt"}
inline constexpr Key Authority{"authority"};
inline constexpr Key From{"from"};
inline constexpr Key To{"to"};
inline constexpr Key RegisteredAt{"registeredAt"};
} // namespace sheets

// POST /api/v1/credit-entries: {"proposal": uuid, "entry": {credit list entry}} or {"proposal": uuid,
// "remove": {"id", "removedOn", "removalReason"}} → {"proposal", "status": "proposed"};
// POST /api/v1/credit-entries/confirm: {"proposal"} → {"proposal", "status": "recorded", "entry"};
// GET /api/v1/credit-entries/pending → {"proposals": [{"proposal", "kind", "entry"|"remove",
// "proposedBy", "proposedAt"}]}
namespace creditProposals {
inline constexpr Key Proposal{"proposal"};
inline constexpr Key Entry{"entry"};
inline constexpr Key Remove{"remove"};
inline constexpr Key Id{"id"};
inline constexpr Key RemovedOn{"removedOn"};
inline constexpr Key RemovalReason{"removalReason"};
inline constexpr Key Status{"status"};
inline constexpr Key Kind{"kind"};
inline constexpr Key Proposals{"proposals"};
inline constexpr Key ProposedBy{"proposedBy"};
inline constexpr Key ProposedAt{"proposedAt"};
inline constexpr Key StatusProposed{"proposed"};
inline constexpr Key StatusRecorded{"recorded"};
} // namespace creditProposals

// POST /api/v1/code-blocks: {"count"?} → {"workstation", "serials": [n…]} (the workstation's unused
// reserved serials); the block drawn goes to the feed as a "code_block" change.
namespace codeBlocks {
inline constexpr Key Count{"count"};
inline constexpr Key Workstation{"workstation"};
inline constexpr Key Serials{"serials"};
inline constexpr Key ReservedAt{"reservedAt"};
} // namespace codeBlocks

// A licensing event's payload when the workstation issued the licence offline (provisional): the
// code it composed from one of its reserved serials, and that serial.
namespace licence {
inline constexpr Key ProvisionalCode{"provisionalCode"};
inline constexpr Key ReservedSerial{"reservedSerial"};
} // namespace licence

// POST /api/v1/applications (the portal's service certificate):
// {"application": {"form", "materials"}, "submissionId"?} → {"caseId", "receivedAt", "duplicate"?}
namespace intake {
inline constexpr Key Application{"application"};
inline constexpr Key Form{"form"};
inline constexpr Key Materials{"materials"};
inline constexpr Key SubmissionId{"submissionId"}; // the portal's own id: a resend creates nothing twice
inline constexpr Key CaseId{"caseId"};
inline constexpr Key ReceivedAt{"receivedAt"};
inline constexpr Key Duplicate{"duplicate"};
} // namespace intake

// PUT /api/v1/attachments/<sha256>?offset=&size= (the part's bytes) → {"received", "size", "complete"}
namespace attachment {
inline constexpr Key Received{"received"};
inline constexpr Key Size{"size"};
inline constexpr Key Complete{"complete"};
} // namespace attachment

// GET /api/v1/statistics?from=&to=&granularity=&authority=&type= → {"asOf", "received": [[day, type,
// outcome, count]…], "licensed": [[received, licensed, type, count]…], "reasons": [[action, code,
// count]…], "clerks": [[user, count]…], "workstations": [[code, count]…], "online", "counter",
// "complete"} (protocol::statistics)
namespace statistics {
inline constexpr Key AsOf{"asOf"};
inline constexpr Key Received{"received"};
inline constexpr Key Licensed{"licensed"};
inline constexpr Key Reasons{"reasons"};
inline constexpr Key Clerks{"clerks"};
inline constexpr Key Workstations{"workstations"};
inline constexpr Key Online{"online"};
inline constexpr Key Counter{"counter"};
inline constexpr Key Complete{"complete"};
} // namespace statistics

} // namespace ow::protocol::keys
