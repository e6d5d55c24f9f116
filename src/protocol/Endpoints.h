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
    CodeBlocks,
};

// What a request must carry besides the enrolled client certificate every request needs.
enum class Auth
{
    Certificate, // the certificate alone (health, sign-in, refresh, the portal's intake)
    Bearer,      // and `Authorization: Bearer <token>` of a signed-in session
};

struct EndpointSpec
{
    Endpoint endpoint;
    QByteArrayView method; // "GET", "POST"
    QByteArrayView path;   // without the query, e.g. "/api/v1/events"
    Auth auth;
};

// Every endpoint, once.
std::span<const EndpointSpec> endpoints();
const EndpointSpec &spec(Endpoint endpoint);
QByteArray method(Endpoint endpoint);
QString path(Endpoint endpoint);
// "POST /api/v1/events", as logs and docs write it.
QString describe(Endpoint endpoint);

// The query parameters of `changes`.
namespace query {
inline constexpr QLatin1StringView Cursor{"cursor"};
inline constexpr QLatin1StringView Limit{"limit"};
} // namespace query

} // namespace ow::protocol
