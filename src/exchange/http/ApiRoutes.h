#pragma once

#include "core/Result.h"
#include "exchange/ExchangeService.h"
#include "protocol/Endpoints.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace ow::exchange::http {

// Who may call a route: any enrolled certificate, or a signed-in session on one (the protocol's
// wire fact of each endpoint).
using Access = protocol::Auth;

// Which workers run a route: the store's, or the few that may run scrypt at once (sign-in), so
// that a flood of sign-ins can neither starve the other requests nor take every core.
enum class Lane
{
    Store,
    SignIn
};

// The caller as established before any body is read.
struct Authorised
{
    CertificateRecord certificate;
    std::optional<Caller> caller;
    std::optional<core::Department> department; // a department's route: the department it is
};

struct Route;

// The exchange's endpoints as one table (the protocol's endpoint: method, path, who may call; and
// which workers, the largest body), and the two steps a worker runs for a request: who is calling, then what
// it asked.
class ApiRoutes
{
public:
    // `maxBodyBytes`: the largest body of the routes that take whole cases (events, intake).
    explicit ApiRoutes(qsizetype maxBodyBytes);
    ~ApiRoutes();
    ApiRoutes(const ApiRoutes &) = delete;
    ApiRoutes &operator=(const ApiRoutes &) = delete;

    enum class Lookup
    {
        Found,
        NoSuchPath,
        WrongMethod
    };
    // The route of `method` and `path` (without the query), or why there is none.
    const Route *find(QByteArrayView method, QByteArrayView path, Lookup *lookup) const;
    // The largest body any route accepts: the parser's limit before the route is known.
    qsizetype largestBody() const { return m_largestBody; }

    static Lane lane(const Route &route);
    static qsizetype bodyLimit(const Route &route);

    // On a worker, before the body is read: the certificate (unknown or revoked: refused) and,
    // where the route needs one, the session behind `authorization`.
    static Result<Authorised> authorise(ExchangeService &service, const Route &route, const Peer &peer,
                                        const QByteArray &authorization);
    // On a worker, with the whole body: the route's answer. `query` is the raw query string,
    // `path` the request's path (a collection's resource name follows the route's path).
    static ApiResponse handle(ExchangeService &service, const Route &route, const Authorised &who,
                              const QByteArray &body, const QByteArray &query, const QByteArray &path);

private:
    struct Table;
    std::unique_ptr<Table> m_table;
    qsizetype m_largestBody = 0;
};

} // namespace ow::exchange::http
