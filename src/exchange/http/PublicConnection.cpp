#include "PublicConnection.h"

#include "LogText.h"
#include "ServerState.h"
#include "exchange/ExchangeLog.h"
#include "exchange/ExchangeStore.h"

#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <exception>

namespace ow::exchange::http {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;

namespace {

// A lookup's head is a request line and a few fields; it has no body, and one beyond this is not
// even read (the connection closes).
constexpr std::uint32_t HeaderLimit = 8 * 1024;
constexpr std::uint64_t BodyLimit = 16 * 1024;

QByteArray bytes(std::string_view view)
{
    return QByteArray(view.data(), qsizetype(view.size()));
}

} // namespace

PublicConnection::PublicConnection(net::ip::tcp::socket socket, net::ssl::context &tls, ServerState &server)
    : m_stream(std::move(socket), tls), m_server(server)
{
    ++m_server.publicConnections;
    boost::system::error_code ec;
    const auto remote = beast::get_lowest_layer(m_stream).socket().remote_endpoint(ec);
    m_address = ec ? QByteArray("?") : QByteArray::fromStdString(remote.address().to_string());
}

PublicConnection::~PublicConnection()
{
    --m_server.publicConnections;
}

void PublicConnection::start()
{
    beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(m_server.options.handshakeSeconds));
    m_stream.async_handshake(net::ssl::stream_base::server,
                             beast::bind_front_handler(&PublicConnection::onHandshake, shared_from_this()));
}

void PublicConnection::onHandshake(beast::error_code ec)
{
    if (ec) {
        return; // the socket closes with this object
    }
    m_parser.emplace();
    m_parser->header_limit(HeaderLimit);
    m_parser->body_limit(BodyLimit);
    beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(m_server.options.headerSeconds));
    bhttp::async_read_header(
        m_stream, m_buffer, *m_parser,
        [self = shared_from_this()](beast::error_code read, std::size_t) { self->onHeader(read); });
}

void PublicConnection::onHeader(beast::error_code ec)
{
    if (ec) {
        return; // too slow, too large or not HTTP: closed without an answer
    }
    if (m_parser->is_done()) {
        onRequest({});
        return;
    }
    // A body (a lookup has none): read away within the same deadline and the small limit.
    bhttp::async_read(
        m_stream, m_buffer, *m_parser,
        [self = shared_from_this()](beast::error_code read, std::size_t) { self->onRequest(read); });
}

void PublicConnection::onRequest(beast::error_code ec)
{
    if (ec) {
        return;
    }
    const auto &head = m_parser->get();
    m_request.method = bytes(head.method_string());
    m_request.target = bytes(head.target());
    m_request.accept = bytes(head[bhttp::field::accept]).left(256);
    int retryAfter = 0;
    if (!m_server.publicRate->allow(m_address, &retryAfter)) {
        respond(PublicLookup::refused(m_request, 429), retryAfter);
        return;
    }
    std::variant<PublicLookup::Answer, PublicLookup::Query> routed = PublicLookup::route(m_request);
    if (const auto *answer = std::get_if<PublicLookup::Answer>(&routed)) {
        respond(*answer);
        return;
    }
    lookUp(std::get<PublicLookup::Query>(routed));
}

namespace {

// The answer to `query` from `store`, on the exchange's day (a 503 when the store fails).
PublicLookup::Answer answerFrom(ExchangeStore &store, const PublicLookup::Request &request,
                                const PublicLookup::Query &query)
{
    const QDate today = core::DeregistrationNotice::dayOf(QDateTime::currentDateTimeUtc());
    if (query.notices()) {
        const auto running = store.notices().running(today, PublicLookup::NoticeListLimit);
        return running ? PublicLookup::notices(request, running.value(), today)
                       : PublicLookup::refused(request, 503);
    }
    const auto stored = store.licences().byCode(query.code);
    if (!stored) {
        return PublicLookup::refused(request, 503);
    }
    std::optional<core::DeregistrationNotice> notice;
    if (stored.value()) {
        const auto latest = store.notices().latestOf(query.code);
        if (!latest) {
            return PublicLookup::refused(request, 503);
        }
        notice = latest.value();
    }
    return PublicLookup::found(request, query.code, stored.value(), notice, today);
}

} // namespace

void PublicConnection::lookUp(const PublicLookup::Query &query)
{
    const bool taken = m_server.publicWorkers->post(
        [self = shared_from_this(), query, request = m_request](ExchangeStore *store) {
            PublicLookup::Answer answer = PublicLookup::refused(request, 503);
            if (store) {
                try {
                    answer = answerFrom(*store, request, query);
                } catch (const std::exception &e) {
                    qCCritical(lcExchangeServer) << "a public lookup failed with an exception:" << e.what();
                }
            }
            net::post(self->m_stream.get_executor(), [self, answer] { self->respond(answer); });
        });
    if (!taken) {
        respond(PublicLookup::refused(m_request, 503), 1);
    }
}

void PublicConnection::respond(const PublicLookup::Answer &answer, int retryAfterSeconds)
{
    m_response.emplace(bhttp::int_to_status(unsigned(answer.status)), 11);
    m_response->result(unsigned(answer.status));
    m_response->set(bhttp::field::content_type, answer.contentType.toStdString());
    m_response->set(bhttp::field::cache_control, answer.status == 200 ? "public, max-age=300" : "no-store");
    m_response->set("X-Content-Type-Options", "nosniff");
    m_response->set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    m_response->set("Referrer-Policy", "no-referrer");
    if (retryAfterSeconds > 0) {
        m_response->set(bhttp::field::retry_after, std::to_string(retryAfterSeconds));
    }
    m_response->keep_alive(false);
    if (answer.head) {
        m_response->content_length(std::uint64_t(answer.body.size()));
    } else {
        m_response->body() = answer.body.toStdString();
        m_response->prepare_payload();
    }
    qCDebug(lcExchangeRequest).noquote()
        << "public" << logText(m_request.method, 8) << logText(m_request.target, 128) << answer.status
        << "from" << QString::fromLatin1(m_address);
    beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(m_server.options.writeSeconds));
    auto self = shared_from_this();
    if (answer.head) {
        auto serializer = std::make_shared<bhttp::response_serializer<bhttp::string_body>>(*m_response);
        bhttp::async_write_header(m_stream, *serializer,
                                  [self, serializer](beast::error_code, std::size_t) { self->shutdown(); });
        return;
    }
    bhttp::async_write(m_stream, *m_response, [self](beast::error_code, std::size_t) { self->shutdown(); });
}

void PublicConnection::shutdown()
{
    beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(m_server.options.drainSeconds));
    m_stream.async_shutdown([self = shared_from_this()](beast::error_code) {});
}

} // namespace ow::exchange::http
