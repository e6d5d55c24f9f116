#include "HttpConnection.h"

#include "LogText.h"
#include "MutualTls.h"
#include "ServerState.h"
#include "exchange/ExchangeLog.h"
#include "protocol/Gzip.h"

#include <QJsonDocument>
#include <QUuid>

#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <exception>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace ow::exchange::http {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;

namespace {

// Headers (request line and fields) beyond this are refused: ours are a few hundred bytes.
constexpr std::uint32_t HeaderLimit = 16 * 1024;
// At most this much of a refused body with a declared length is read away before the close.
constexpr qint64 DrainDeclaredLimit = 64 * 1024 * 1024;

std::chrono::seconds seconds(int value)
{
    return std::chrono::seconds(value);
}

QByteArray bytes(std::string_view view)
{
    return QByteArray(view.data(), qsizetype(view.size()));
}

// Runs `step` with a service on this worker's store; a step that failed because the store's
// connection was lost (a database restart, an administrator ending sessions) runs once more on
// a new one. Repeating it is safe: a transaction on a lost connection did not commit, and one
// whose commit was lost in flight is found again (events by their id).
template <typename Step> auto onStore(ExchangeStore *store, ServerState &server, Step step)
{
    using Answer = decltype(step(std::declval<ExchangeService &>()));
    if (!store) {
        const Error unavailable{
            protocol::errors::ServerUnavailable, QStringLiteral("The exchange's store is not open."), {}};
        if constexpr (std::is_same_v<Answer, ApiResponse>) {
            return ApiResponse::fail(503, unavailable.code, unavailable.message);
        } else {
            return Answer(unavailable);
        }
    }
    const auto lost = [store](const Answer &answer) {
        if constexpr (std::is_same_v<Answer, ApiResponse>) {
            return answer.status >= 500 && store->connectionLost();
        } else {
            return !answer && store->connectionLost();
        }
    };
    const auto guarded = [&step](ExchangeService &service) -> Answer {
        // A step that throws (out of memory, a bug) answers 500; the worker and the server go on.
        try {
            return step(service);
        } catch (const std::exception &e) {
            qCCritical(lcExchangeServer) << "a request failed with an exception:" << e.what();
        }
        const Error internal{protocol::errors::ServerInternal, QStringLiteral("Internal error."), {}};
        if constexpr (std::is_same_v<Answer, ApiResponse>) {
            return ApiResponse::fail(500, internal.code, internal.message);
        } else {
            return Answer(internal);
        }
    };
    ExchangeService service(*store, server.writeLock, server.signer.get(), &server.pushOrder);
    Answer answer = guarded(service);
    if (lost(answer)) {
        qCInfo(lcExchangeServer) << "store connection lost; running the step again on a new one";
        ExchangeService again(*store, server.writeLock, server.signer.get(), &server.pushOrder);
        answer = guarded(again);
    }
    return answer;
}

} // namespace

HttpConnection::HttpConnection(net::ip::tcp::socket socket, net::ssl::context &tls, ServerState &server)
    : m_stream(std::move(socket), tls), m_server(server)
{
    ++m_server.connections;
}

HttpConnection::~HttpConnection()
{
    qCDebug(lcExchangeServer).noquote()
        << "connection from" << m_peer.commonName << "closed after" << m_served << "requests";
    releaseBody();
    --m_server.connections;
}

void HttpConnection::start()
{
    beast::get_lowest_layer(m_stream).expires_after(seconds(m_server.options.handshakeSeconds));
    m_stream.async_handshake(net::ssl::stream_base::server,
                             beast::bind_front_handler(&HttpConnection::onHandshake, shared_from_this()));
}

void HttpConnection::onHandshake(beast::error_code ec)
{
    if (ec) {
        qCDebug(lcExchangeServer).noquote()
            << "TLS handshake failed:" << QString::fromStdString(ec.message());
        return; // the socket closes with this object
    }
    m_peer = peerOf(m_stream.native_handle());
    qCDebug(lcExchangeServer).noquote() << "connection from" << m_peer.commonName << "open";
    readHeader();
}

void HttpConnection::readHeader()
{
    m_request = Request{};
    m_response.reset();
    if (m_served > 0 && m_buffer.size() == 0) {
        awaitNextRequest();
        return;
    }
    m_parser.emplace();
    m_parser->header_limit(HeaderLimit);
    m_parser->body_limit(std::uint64_t(m_server.routes.largestBody()));
    // A head must arrive whole within the deadline from its first byte (or from the handshake).
    beast::get_lowest_layer(m_stream).expires_after(seconds(m_server.options.headerSeconds));
    bhttp::async_read_header(
        m_stream, m_buffer, *m_parser,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
}

void HttpConnection::awaitNextRequest()
{
    // A kept-alive connection waits for the first byte of the next request only so long.
    beast::get_lowest_layer(m_stream).expires_after(seconds(m_server.options.keepAliveSeconds));
    m_stream.async_read_some(m_buffer.prepare(HeaderLimit),
                             [self = shared_from_this()](beast::error_code ec, std::size_t read) {
                                 self->m_buffer.commit(read);
                                 if (!ec && read > 0) {
                                     self->readHeader();
                                 }
                             });
}

void HttpConnection::onHeader(beast::error_code ec)
{
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == net::error::eof ||
        ec == net::ssl::error::stream_truncated || ec == net::error::connection_reset) {
        if (ec == beast::error::timeout && m_buffer.size() > 0) {
            qCDebug(lcExchangeServer) << "a request head did not arrive in time; closing";
        }
        return;
    }
    m_request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_request.timer.start();
    if (m_parser->is_header_done()) {
        const auto &head = m_parser->get();
        m_request.method = bytes(head.method_string()).left(16);
        const QByteArray target = bytes(head.target());
        const qsizetype question = target.indexOf('?');
        m_request.path = question < 0 ? target : target.left(question);
        m_request.query = question < 0 ? QByteArray() : target.mid(question + 1);
        m_request.authorization = bytes(head[bhttp::field::authorization]);
        m_request.keepAlive = head.keep_alive();
        m_request.expectsContinue = beast::iequals(head[bhttp::field::expect], "100-continue");
        m_request.coding = coding::ofRequest(bytes(head[bhttp::field::content_encoding]),
                                             qsizetype(head.count(bhttp::field::content_encoding)));
        m_request.acceptsGzip = protocol::gzip::accepts(bytes(head[bhttp::field::accept_encoding]));
    }
    if (ec == bhttp::error::body_limit) {
        fail(413, protocol::errors::RequestTooLarge,
             QStringLiteral("The request body is larger than this endpoint accepts."),
             Ending::DrainThenClose);
        return;
    }
    if (ec == bhttp::error::header_limit) {
        fail(431, protocol::errors::RequestHeaderTooLarge,
             QStringLiteral("The request head is larger than %1 bytes.").arg(HeaderLimit), Ending::Close);
        return;
    }
    if (ec) {
        fail(400, protocol::errors::RequestMalformed,
             QStringLiteral("Bad request: %1").arg(QString::fromStdString(ec.message())), Ending::Close);
        return;
    }
    routeRequest();
}

bool HttpConnection::bodyPending() const
{
    return m_parser && !m_parser->is_done();
}

HttpConnection::Ending HttpConnection::endingWithoutBody() const
{
    return bodyPending() ? Ending::DrainThenClose : Ending::KeepAlive;
}

void HttpConnection::routeRequest()
{
    ApiRoutes::Lookup lookup = ApiRoutes::Lookup::NoSuchPath;
    m_request.route = m_server.routes.find(m_request.method, m_request.path, &lookup);
    if (lookup == ApiRoutes::Lookup::NoSuchPath) {
        fail(404, protocol::errors::RequestNotFound, QStringLiteral("No such endpoint."),
             endingWithoutBody());
        return;
    }
    if (lookup == ApiRoutes::Lookup::WrongMethod) {
        fail(405, protocol::errors::RequestMethodNotAllowed,
             QStringLiteral("This endpoint does not take %1.").arg(QString::fromLatin1(m_request.method)),
             endingWithoutBody());
        return;
    }
    const qsizetype limit = ApiRoutes::bodyLimit(*m_request.route);
    const auto length = m_parser->content_length();
    if (bodyPending() && (limit == 0 || (length && *length > std::uint64_t(limit)))) {
        fail(413, protocol::errors::RequestTooLarge,
             QStringLiteral("The request body is larger than this endpoint accepts (%1 bytes).").arg(limit),
             Ending::DrainThenClose);
        return;
    }
    if (bodyPending() && m_request.coding == coding::RequestCoding::Unsupported) {
        fail(415, protocol::errors::RequestUnsupportedEncoding,
             QStringLiteral("The exchange reads bodies as they are or in gzip, not in %1.")
                 .arg(logText(bytes(m_parser->get()[bhttp::field::content_encoding]), 40)),
             Ending::DrainThenClose);
        return;
    }
    m_parser->body_limit(std::uint64_t(limit)); // a chunked body is held to it while it is read
    authorise();
}

void HttpConnection::authorise()
{
    const Route *route = m_request.route;
    ServerState *server = &m_server;
    const bool taken =
        m_server.pool(ApiRoutes::lane(*route))
            .post([self = shared_from_this(), route, server, peer = m_peer,
                   authorization = m_request.authorization](ExchangeStore *store) {
                Result<Authorised> who = onStore(store, *server, [&](ExchangeService &s) {
                    return ApiRoutes::authorise(s, *route, peer, authorization);
                });
                net::post(self->m_stream.get_executor(),
                          [self, who = std::move(who)]() mutable { self->onAuthorised(std::move(who)); });
            });
    if (!taken) {
        fail(503, protocol::errors::ServerBusy,
             QStringLiteral("The exchange is busy; try again in a moment."), endingWithoutBody());
    }
}

void HttpConnection::onAuthorised(Result<Authorised> who)
{
    if (!who) {
        const Error &error = who.error();
        fail(ExchangeService::statusFor(error), error.code, error.message, endingWithoutBody());
        return;
    }
    m_request.who = std::move(who.value());
    if (m_request.who->caller && m_request.who->caller->user) {
        m_request.userId = m_request.who->caller->user->id;
    }
    if (!bodyPending()) {
        answer();
        return;
    }
    if (!reserveBody()) {
        fail(503, protocol::errors::ServerBusy,
             QStringLiteral("The exchange is receiving too much at once; try again in a moment."),
             Ending::DrainThenClose);
        return;
    }
    if (!m_request.expectsContinue) {
        readBody();
        return;
    }
    m_continue = {bhttp::status::continue_, m_parser->get().version()};
    beast::get_lowest_layer(m_stream).expires_after(seconds(m_server.options.writeSeconds));
    bhttp::async_write(m_stream, m_continue, [self = shared_from_this()](beast::error_code ec, std::size_t) {
        if (!ec) {
            self->readBody();
        }
    });
}

bool HttpConnection::reserveBody()
{
    // A declared length is what the body takes; a chunked body may take up to the limit. The
    // string gets its whole size at once (pages are only used as they fill), so it never doubles.
    // A gzip body takes the limit once more: what it may inflate to on the worker.
    const auto length = m_parser->content_length();
    const qint64 limit = qint64(ApiRoutes::bodyLimit(*m_request.route));
    const qint64 size = length ? qint64(*length) : limit;
    const qint64 inflated = m_request.coding == coding::RequestCoding::Gzip ? limit : 0;
    if (!m_server.bodies.take(size + inflated)) {
        return false;
    }
    m_bodyReserved = size + inflated;
    m_parser->get().body().reserve(size_t(size));
    return true;
}

void HttpConnection::releaseBody()
{
    if (m_bodyReserved > 0) {
        m_server.bodies.give(m_bodyReserved);
        m_bodyReserved = 0;
    }
}

void HttpConnection::readBody()
{
    // The whole body within the deadline from here, however many parts it comes in.
    beast::get_lowest_layer(m_stream).expires_after(seconds(m_server.options.bodySeconds));
    readBodyPart();
}

void HttpConnection::readBodyPart()
{
    acknowledgeAtOnce();
    bhttp::async_read_some(m_stream, m_buffer, *m_parser,
                           [self = shared_from_this()](beast::error_code ec, std::size_t) {
                               if (!ec && !self->m_parser->is_done()) {
                                   self->readBodyPart();
                                   return;
                               }
                               self->onBody(ec);
                           });
}

// Linux: what arrives is acknowledged at once (TCP_QUICKACK; the kernel falls back to delayed
// acknowledgements after a while, so it is set again before each read). Qt's network access does
// not set TCP_NODELAY on its sockets, so a client holds each part of its body below the segment size
// until the part before is acknowledged (Nagle), and the delayed acknowledgement (40 ms) held a
// pushed batch up that long, most of a push's time on loopback.
void HttpConnection::acknowledgeAtOnce()
{
#ifdef TCP_QUICKACK
    const int on = 1;
    ::setsockopt(beast::get_lowest_layer(m_stream).socket().native_handle(), IPPROTO_TCP, TCP_QUICKACK, &on,
                 sizeof on);
#endif
}

void HttpConnection::onBody(beast::error_code ec)
{
    if (ec == bhttp::error::body_limit) {
        fail(413, protocol::errors::RequestTooLarge,
             QStringLiteral("The request body is larger than this endpoint accepts (%1 bytes).")
                 .arg(ApiRoutes::bodyLimit(*m_request.route)),
             Ending::DrainThenClose);
        return;
    }
    if (ec == beast::error::timeout) {
        fail(408, protocol::errors::RequestTimeout,
             QStringLiteral("The request body did not arrive within %1 s.").arg(m_server.options.bodySeconds),
             Ending::Close);
        return;
    }
    if (ec) {
        qCDebug(lcExchangeServer).noquote()
            << "reading a body failed:" << QString::fromStdString(ec.message());
        return;
    }
    answer();
}

void HttpConnection::answer()
{
    const Route *route = m_request.route;
    ServerState *server = &m_server;
    std::string body = std::move(m_parser->get().body());
    m_parser->get().body() = {};
    // A body in gzip is inflated on the worker, within the route's limit; the answer is made
    // ready to send there too (serialised, and compressed when the caller accepts it).
    const bool gzipBody = m_request.coding == coding::RequestCoding::Gzip && ApiRoutes::bodyLimit(*route) > 0;
    const bool compressAnswer = m_request.acceptsGzip && m_request.method != "HEAD";
    const bool taken =
        m_server.pool(ApiRoutes::lane(*route))
            .post([self = shared_from_this(), route, server, who = *m_request.who, body = std::move(body),
                   query = m_request.query, path = m_request.path, gzipBody,
                   compressAnswer](ExchangeStore *store) {
                QByteArray bytes = QByteArray::fromRawData(body.data(), qsizetype(body.size()));
                std::optional<ApiResponse> response;
                if (gzipBody) {
                    Result<QByteArray, ApiResponse> inflated =
                        coding::inflateBody(bytes, ApiRoutes::bodyLimit(*route));
                    if (inflated) {
                        bytes = std::move(inflated.value());
                    } else {
                        response = inflated.error();
                    }
                }
                if (!response) {
                    response = onStore(store, *server, [&](ExchangeService &s) {
                        return ApiRoutes::handle(s, *route, who, bytes, query, path);
                    });
                }
                coding::encodeAnswer(*response, compressAnswer);
                net::post(self->m_stream.get_executor(), [self, response = std::move(*response)] {
                    self->respond(response, Ending::KeepAlive);
                });
            });
    if (!taken) {
        fail(503, protocol::errors::ServerBusy,
             QStringLiteral("The exchange is busy; try again in a moment."), Ending::KeepAlive);
    }
}

void HttpConnection::fail(int status, const QString &code, const QString &message, Ending ending)
{
    respond(ApiResponse::fail(status, code, message), ending);
}

void HttpConnection::respond(const ApiResponse &api, Ending ending)
{
    releaseBody();
    if (!api.userId.isEmpty()) {
        m_request.userId = api.userId;
    }
    QJsonObject body = api.body;
    if (api.status >= 400) {
        QJsonObject error{{QStringLiteral("code"), api.error.code},
                          {QStringLiteral("message"), api.error.message},
                          {QStringLiteral("requestId"), m_request.id}};
        if (!api.error.field.isEmpty()) {
            error.insert(QStringLiteral("field"), api.error.field);
        }
        body = QJsonObject{{QStringLiteral("error"), error}};
        m_request.errorCode = api.error.code;
    }
    if (ending == Ending::KeepAlive && !m_request.keepAlive) {
        ending = Ending::Close;
    }
    const unsigned version = m_parser && m_parser->is_header_done() ? m_parser->get().version() : 11;
    m_response.emplace(bhttp::int_to_status(unsigned(api.status)), version);
    m_response->result(unsigned(api.status));
    m_response->set(bhttp::field::content_type, "application/json; charset=utf-8");
    m_response->set("X-Request-Id", m_request.id.toStdString());
    // Answers differ by the caller's Accept-Encoding; request bodies may come in gzip (RFC 7694).
    m_response->set(bhttp::field::vary, "Accept-Encoding");
    m_response->set(bhttp::field::accept_encoding, protocol::gzip::Token.toByteArray().toStdString());
    if (api.status == 503) {
        m_response->set(bhttp::field::retry_after, "1");
    }
    for (auto it = api.headers.cbegin(); it != api.headers.cend(); ++it) {
        m_response->set(it.key().toStdString(), it.value().toStdString());
    }
    if (m_request.method == "HEAD") {
        m_response->body().clear(); // the answer to HEAD is its head: the headers say it all
    } else {
        m_response->body() = api.status < 400 && !api.text.isEmpty()
                                 ? api.text.toStdString()
                                 : QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
    }
    m_response->keep_alive(ending == Ending::KeepAlive);
    m_response->prepare_payload();
    log(api.status);
    beast::get_lowest_layer(m_stream).expires_after(seconds(m_server.options.writeSeconds));
    bhttp::async_write(m_stream, *m_response,
                       [self = shared_from_this(), ending](beast::error_code ec, std::size_t) {
                           self->onWritten(ec, ending);
                       });
}

void HttpConnection::onWritten(beast::error_code ec, Ending ending)
{
    if (ec) {
        return;
    }
    ++m_served;
    switch (ending) {
    case Ending::KeepAlive:
        readHeader();
        return;
    case Ending::DrainThenClose:
        drain();
        return;
    case Ending::Close:
        shutdown();
        return;
    }
}

void HttpConnection::drain()
{
    // What the client still sends is read into one small buffer and dropped, for a short while
    // and up to a bound: enough for a client to read the answer (many, like Qt's, read it only
    // once their upload is done), never a way to hold memory. A declared length is drained up
    // to DrainDeclaredLimit; a chunked body up to the largest body and 1 MiB.
    qint64 bound = qint64(m_server.routes.largestBody()) + 1024 * 1024;
    if (m_parser && m_parser->content_length()) {
        bound = std::min<qint64>(qint64(*m_parser->content_length()), DrainDeclaredLimit);
    }
    if (m_drained >= bound) {
        lingerThenClose();
        return;
    }
    if (m_drained == 0) {
        beast::get_lowest_layer(m_stream).expires_after(seconds(m_server.options.drainSeconds));
    }
    m_stream.async_read_some(net::buffer(m_drainBuffer),
                             beast::bind_front_handler(&HttpConnection::onDrained, shared_from_this()));
}

void HttpConnection::onDrained(beast::error_code ec, std::size_t bytesRead)
{
    if (ec) {
        return; // the client closed, or the time is up: the socket closes with this object
    }
    m_drained += qint64(bytesRead);
    drain();
}

void HttpConnection::lingerThenClose()
{
    auto &tcp = beast::get_lowest_layer(m_stream);
    beast::error_code ignored;
    tcp.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
    tcp.expires_after(seconds(m_server.options.drainSeconds));
    discardUntilClosed();
}

void HttpConnection::discardUntilClosed()
{
    beast::get_lowest_layer(m_stream).async_read_some(
        net::buffer(m_drainBuffer), [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (!ec) {
                self->discardUntilClosed(); // the client's end, or the time, ends it
            }
        });
}

void HttpConnection::shutdown()
{
    beast::get_lowest_layer(m_stream).expires_after(seconds(m_server.options.drainSeconds));
    m_stream.async_shutdown([self = shared_from_this()](beast::error_code) {});
}

void HttpConnection::log(int status)
{
    RequestLogEntry entry;
    entry.requestId = m_request.id;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.method = logText(m_request.method, 8);
    entry.path = logText(m_request.path, 512);
    entry.status = status;
    entry.errorCode = logText(m_request.errorCode.toUtf8(), 64);
    entry.fingerprint = m_peer.fingerprint;
    entry.workstation = logText(m_peer.commonName.toUtf8(), 64);
    entry.userId = logText(m_request.userId.toUtf8(), 64);
    entry.durationMs = m_request.timer.isValid() ? m_request.timer.elapsed() : 0;
    if (status >= 400) {
        qCInfo(lcExchangeRequest).noquote()
            << entry.requestId << entry.method << entry.path << entry.status << entry.errorCode
            << entry.workstation << entry.userId << entry.durationMs << "ms";
    } else {
        qCDebug(lcExchangeRequest).noquote() << entry.requestId << entry.method << entry.path << entry.status
                                             << entry.workstation << entry.userId << entry.durationMs << "ms";
    }
    if (m_server.requestLog) {
        m_server.requestLog->add(std::move(entry));
    }
}

} // namespace ow::exchange::http
