#include "ApiRoutes.h"

#include "exchange/RequestBody.h"

#include <QUrlQuery>

#include <vector>

namespace ow::exchange::http {

// What a handler is given: the caller and the parsed request.
struct RouteCall
{
    const Authorised &who;
    const QJsonObject &body;
    const QUrlQuery &query;
};

using Handler = ApiResponse (*)(ExchangeService &, const RouteCall &);

struct Route
{
    protocol::Endpoint endpoint; // method, path and access: protocol::spec(endpoint)
    Lane lane;
    qsizetype bodyLimit; // the largest body accepted; 0: none
    Handler handler;
};

namespace {

// A sign-in or refresh body holds a user name, a password and a token: a few hundred bytes.
constexpr qsizetype SmallBody = 16 * 1024;

QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

std::vector<Route> routeTable(qsizetype caseBody)
{
    using E = protocol::Endpoint;
    using L = Lane;
    // clang-format off
    return {
        {E::Health,            L::Store,  0,         [](ExchangeService &s, const RouteCall &) { return s.health(); }},
        {E::Session,           L::SignIn, SmallBody, [](ExchangeService &s, const RouteCall &c) { return s.signIn(c.who.certificate, c.body); }},
        {E::SessionRefresh,    L::Store,  SmallBody, [](ExchangeService &s, const RouteCall &c) { return s.refresh(c.who.certificate, c.body); }},
        {E::Events,            L::Store,  caseBody,  [](ExchangeService &s, const RouteCall &c) { return s.pushEvents(*c.who.caller, c.body); }},
        {E::Changes,           L::Store,  0,         [](ExchangeService &s, const RouteCall &c) {
             return s.changes(*c.who.caller, queryValue(c.query, protocol::query::Cursor), queryValue(c.query, protocol::query::Limit)); }},
        {E::Intake,            L::Store,  caseBody,  [](ExchangeService &s, const RouteCall &c) { return s.intake(c.who.certificate, c.body); }},
        {E::AdminUsers,        L::Store,  0,         [](ExchangeService &s, const RouteCall &c) { return s.adminUsers(*c.who.caller); }},
        {E::AdminWorkstations, L::Store,  0,         [](ExchangeService &s, const RouteCall &c) { return s.adminWorkstations(*c.who.caller); }},
        {E::CodeBlocks,        L::Store,  SmallBody, [](ExchangeService &s, const RouteCall &c) { return s.reserveCodes(*c.who.caller, c.body); }},
    };
    // clang-format on
}

} // namespace

struct ApiRoutes::Table
{
    std::vector<Route> routes;
};

ApiRoutes::ApiRoutes(qsizetype maxBodyBytes) : m_table(std::make_unique<Table>())
{
    m_table->routes = routeTable(maxBodyBytes);
    // One route per endpoint of the protocol, none of its own.
    Q_ASSERT(m_table->routes.size() == protocol::endpoints().size());
    for (const Route &route : m_table->routes) {
        m_largestBody = std::max(m_largestBody, route.bodyLimit);
    }
}

ApiRoutes::~ApiRoutes() = default;

const Route *ApiRoutes::find(QByteArrayView method, QByteArrayView path, Lookup *lookup) const
{
    *lookup = Lookup::NoSuchPath;
    for (const Route &route : m_table->routes) {
        const protocol::EndpointSpec &spec = protocol::spec(route.endpoint);
        if (spec.path != path) {
            continue;
        }
        if (spec.method == method) {
            *lookup = Lookup::Found;
            return &route;
        }
        *lookup = Lookup::WrongMethod;
    }
    return nullptr;
}

Lane ApiRoutes::lane(const Route &route)
{
    return route.lane;
}

qsizetype ApiRoutes::bodyLimit(const Route &route)
{
    return route.bodyLimit;
}

Result<Authorised> ApiRoutes::authorise(ExchangeService &service, const Route &route, const Peer &peer,
                                        const QByteArray &authorization)
{
    Result<CertificateRecord> certificate = service.identify(peer);
    if (!certificate) {
        return certificate.error();
    }
    Authorised who{certificate.value(), std::nullopt};
    if (protocol::spec(route.endpoint).auth == Access::Bearer) {
        Result<Caller> caller = service.authenticate(who.certificate, authorization);
        if (!caller) {
            return caller.error();
        }
        who.caller = caller.value();
    }
    return who;
}

ApiResponse ApiRoutes::handle(ExchangeService &service, const Route &route, const Authorised &who,
                              const QByteArray &body, const QByteArray &query)
{
    QJsonObject object;
    if (route.bodyLimit > 0) {
        Result<QJsonObject> parsed = parseRequestBody(body);
        if (!parsed) {
            return ApiResponse::fail(400, parsed.error().code, parsed.error().message);
        }
        object = std::move(parsed.value());
    }
    const QUrlQuery parsedQuery(QString::fromUtf8(query));
    return route.handler(service, RouteCall{who, object, parsedQuery});
}

} // namespace ow::exchange::http
