#include "ApiRoutes.h"

#include "exchange/RequestBody.h"
#include "protocol/Attachments.h"

#include <QUrlQuery>

#include <vector>

namespace ow::exchange::http {

// What a handler is given: the caller and the parsed request.
struct RouteCall
{
    const Authorised &who;
    const QJsonObject &body; // a JSON body's object
    const QByteArray &raw;   // a raw body's bytes (Body::Raw)
    const QUrlQuery &query;
    const QString &resource; // the name after a collection's path (protocol::takesResource)
};

// What a route's body is: none, a JSON object (parsed before the handler), or bytes as they are.
enum class Body
{
    None,
    Json,
    Raw
};

using Handler = ApiResponse (*)(ExchangeService &, const RouteCall &);

struct Route
{
    protocol::Endpoint endpoint; // method, path and access: protocol::spec(endpoint)
    Lane lane;
    qsizetype bodyLimit; // the largest body accepted; 0: none
    Handler handler;
    Body body = bodyLimit > 0 ? Body::Json : Body::None;
};

namespace {

// A sign-in or refresh body holds a user name, a password and a token: a few hundred bytes.
constexpr qsizetype SmallBody = 16 * 1024;
// At most 100 sheet entries (core::BlankStock::MaxUsesPerRequest), each under 13 KiB with a reason
// of 2,000 characters at six JSON bytes each.
constexpr qsizetype SheetsBody = 2 * 1024 * 1024;
// A department's push-back: at most 50 records and 50 list entries (DepartmentService::MaxItems),
// each under 40 KiB with every text at its bound in characters of six JSON bytes.
constexpr qsizetype DepartmentBody = 4 * 1024 * 1024;
// A page of claims: 100 credit codes.
constexpr qsizetype ClaimsBody = 64 * 1024;
// A part of a scan, as bytes (protocol::attachments).
constexpr qsizetype PartBody = qsizetype(protocol::attachments::MaxPartBytes);

// Whether `path` is the route's: its path, or for a collection its path and one resource name.
bool matches(const protocol::EndpointSpec &spec, QByteArrayView path)
{
    if (!protocol::takesResource(spec.endpoint)) {
        return spec.path == path;
    }
    return path.startsWith(spec.path) && path.size() > spec.path.size() &&
           !path.sliced(spec.path.size()).contains('/');
}

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
        {E::Events,            L::Store,  caseBody,  [](ExchangeService &s, const RouteCall &c) { return s.pushEvents(*c.who.caller, c.raw); }, Body::Raw},
        {E::Changes,           L::Store,  0,         [](ExchangeService &s, const RouteCall &c) {
             return s.changes(*c.who.caller, queryValue(c.query, protocol::query::Cursor), queryValue(c.query, protocol::query::Limit),
                              queryValue(c.query, protocol::query::SkipLicencesTo)); }},
        {E::Directory,         L::Store,  0,         [](ExchangeService &s, const RouteCall &c) {
             return s.directory(*c.who.caller, queryValue(c.query, protocol::query::After), queryValue(c.query, protocol::query::Limit)); }},
        {E::Intake,            L::Store,  caseBody,  [](ExchangeService &s, const RouteCall &c) { return s.intake(c.who.certificate, c.body); }},
        {E::AdminUsers,        L::Store,  0,         [](ExchangeService &s, const RouteCall &c) { return s.adminUsers(*c.who.caller); }},
        {E::AdminWorkstations, L::Store,  0,         [](ExchangeService &s, const RouteCall &c) { return s.adminWorkstations(*c.who.caller); }},
        {E::AttachmentState,   L::Store,  0,         [](ExchangeService &s, const RouteCall &c) { return s.attachmentState(*c.who.caller, c.resource); }},
        {E::AttachmentUpload,  L::Store,  PartBody,  [](ExchangeService &s, const RouteCall &c) {
             return s.attachmentUpload(*c.who.caller, c.resource, queryValue(c.query, protocol::query::Offset),
                                       queryValue(c.query, protocol::query::Size), c.raw); }, Body::Raw},
        {E::AttachmentDownload,L::Store,  0,         [](ExchangeService &s, const RouteCall &c) { return s.attachmentDownload(*c.who.caller, c.resource); }},
        {E::CodeBlocks,        L::Store,  SmallBody, [](ExchangeService &s, const RouteCall &c) { return s.reserveCodes(*c.who.caller, c.body); }},
        {E::Sheets,            L::Store,  SheetsBody, [](ExchangeService &s, const RouteCall &c) { return s.recordSheets(*c.who.caller, c.body); }},
        {E::CreditPropose,     L::Store,  SmallBody, [](ExchangeService &s, const RouteCall &c) { return s.proposeCredit(*c.who.caller, c.body); }},
        {E::CreditConfirm,     L::Store,  SmallBody, [](ExchangeService &s, const RouteCall &c) { return s.confirmCredit(*c.who.caller, c.body); }},
        {E::CreditPending,     L::Store,  0,         [](ExchangeService &s, const RouteCall &c) { return s.pendingCredit(*c.who.caller); }},
        {E::DepartmentRegistrations, L::Store, 0,    [](ExchangeService &s, const RouteCall &c) {
             return s.departmentRegistrations(*c.who.department, queryValue(c.query, protocol::query::Cursor), queryValue(c.query, protocol::query::Limit)); }},
        {E::DepartmentAcknowledge, L::Store, SmallBody, [](ExchangeService &s, const RouteCall &c) { return s.departmentAcknowledge(*c.who.department, c.body); }},
        {E::DepartmentClaims,  L::Store,  ClaimsBody, [](ExchangeService &s, const RouteCall &c) { return s.departmentClaims(*c.who.department, c.body); }},
        {E::DepartmentRecords, L::Store,  DepartmentBody, [](ExchangeService &s, const RouteCall &c) { return s.departmentRecords(*c.who.department, c.body); }},
        {E::Statistics,        L::Store,  0,         [](ExchangeService &s, const RouteCall &c) {
             namespace q = protocol::query;
             return s.statistics(*c.who.caller, {queryValue(c.query, q::From), queryValue(c.query, q::To),
                                                 queryValue(c.query, q::Granularity), queryValue(c.query, q::Authority),
                                                 queryValue(c.query, q::Type)}); }},
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
        if (!matches(spec, path)) {
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
    Authorised who{certificate.value(), std::nullopt, std::nullopt};
    const bool departmentCertificate = who.certificate.kind == u"department";
    const Access access = protocol::spec(route.endpoint).auth;
    // A department's certificate opens the department endpoints only, and only its own.
    if (access == Access::Department) {
        if (!departmentCertificate) {
            return Error{QString(protocol::errors::DepartmentOnly),
                         QStringLiteral("Only a department's certificate may call the department endpoints."),
                         {}};
        }
        Result<core::Department> department = service.department(who.certificate);
        if (!department) {
            return department.error();
        }
        who.department = department.value();
        return who;
    }
    if (departmentCertificate && route.endpoint != protocol::Endpoint::Health) {
        return Error{QString(protocol::errors::AuthForbidden),
                     QStringLiteral("A department's certificate calls the department endpoints only."),
                     {}};
    }
    if (access == Access::Bearer) {
        Result<Caller> caller = service.authenticate(who.certificate, authorization);
        if (!caller) {
            return caller.error();
        }
        who.caller = caller.value();
    }
    return who;
}

ApiResponse ApiRoutes::handle(ExchangeService &service, const Route &route, const Authorised &who,
                              const QByteArray &body, const QByteArray &query, const QByteArray &path)
{
    QJsonObject object;
    if (route.body == Body::Json) {
        Result<QJsonObject> parsed = parseRequestBody(body);
        if (!parsed) {
            return ApiResponse::fail(400, parsed.error().code, parsed.error().message);
        }
        object = std::move(parsed.value());
    }
    const QUrlQuery parsedQuery(QString::fromUtf8(query));
    const qsizetype collection = protocol::spec(route.endpoint).path.size();
    const QString resource =
        protocol::takesResource(route.endpoint) ? QString::fromLatin1(path.sliced(collection)) : QString();
    return route.handler(service, RouteCall{who, object, body, parsedQuery, resource});
}

} // namespace ow::exchange::http
