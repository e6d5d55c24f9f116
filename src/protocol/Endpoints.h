#pragma once

#include <QByteArrayView>
#include <QString>

#include <span>

namespace ow::protocol {

// The version of the protocol: the "api" of the health answer, the "v1" of every path.
inline constexpr int ApiVersion = 1;

// The exchange's endpoints (docs/protocol.md, "Endpoints"). The exchange's route table, the
// client and the tests take their method and path from here.
enum class Endpoint
{
    Health,
    Session,
    SessionRefresh,
    Events,
    Changes,
    Intake,
    AdminUsers,
    AdminWorkstations,
    AttachmentState,    // HEAD: how much of a scan the exchange holds (for a resumed upload)
    AttachmentUpload,   // PUT: one part of a scan, appended at an offset
    AttachmentDownload, // GET: a whole scan
    CodeBlocks,
    Sheets,        // POST: uses of numbered blank stock (printed, voided, reprinted sheets)
    CreditPropose, // POST: the registry proposes a credit list entry or a removal (a supervisor)
    CreditConfirm, // POST: another supervisor confirms it (four eyes): it is recorded
    CreditPending, // GET: the proposals of the caller's scope awaiting confirmation
    Directory,     // GET: a page of the registered-entity directory's snapshot (protocol::directory)
    // A department's (its service certificate, DOMAIN §8): its queue of registrations, the
    // acknowledgement of what it has read, its claims and its push-backs.
    DepartmentRegistrations,
    DepartmentAcknowledge,
    DepartmentClaims,
    DepartmentRecords,
    Statistics, // GET: the supervisors' statistics facts of the province (protocol::statistics)
};

// What a request must carry besides the enrolled client certificate every request needs.
enum class Auth
{
    Certificate, // the certificate alone (health, sign-in, refresh, the portal's intake)
    Bearer,      // and `Authorization: Bearer <token>` of a signed-in session
    Department,  // a department's certificate (OU=department), acting for that department only
};

struct EndpointSpec
{
    Endpoint endpoint;
    QByteArrayView method; // "GET", "POST", "HEAD", "PUT"
    // Without the query, e.g. "/api/v1/events". A path that ends in '/' names a collection: the
    // request's path is it followed by one resource name (an attachment's SHA-256).
    QByteArrayView path;
    Auth auth;
};

// Every endpoint, once.
std::span<const EndpointSpec> endpoints();
const EndpointSpec &spec(Endpoint endpoint);
QByteArray method(Endpoint endpoint);
QString path(Endpoint endpoint);
// "POST /api/v1/events", as logs and docs write it.
QString describe(Endpoint endpoint);
// Whether the endpoint's path is followed by a resource name, and the path with `resource`.
bool takesResource(Endpoint endpoint);
QString path(Endpoint endpoint, QStringView resource);

// The query parameters of `changes` (and `limit` of the directory's pages).
namespace query {
inline constexpr QLatin1StringView Cursor{"cursor"};
inline constexpr QLatin1StringView Limit{"limit"};
// The feed leaves out the `licence` changes up to this seq: the directory snapshot taken at it
// holds them (protocol::directory).
inline constexpr QLatin1StringView SkipLicencesTo{"skipLicencesTo"};
// The directory's page starts after this credit code (empty: the first page).
inline constexpr QLatin1StringView After{"after"};
// The attachment upload's: where the part starts and the size of the whole scan, in bytes.
inline constexpr QLatin1StringView Offset{"offset"};
inline constexpr QLatin1StringView Size{"size"};
// The statistics' filter (protocol::statistics): the period, its buckets, an authority, an entity type.
inline constexpr QLatin1StringView From{"from"};
inline constexpr QLatin1StringView To{"to"};
inline constexpr QLatin1StringView Granularity{"granularity"};
inline constexpr QLatin1StringView Authority{"authority"};
inline constexpr QLatin1StringView Type{"type"};
} // namespace query

} // namespace ow::protocol
