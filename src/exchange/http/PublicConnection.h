#pragma once

#include "exchange/PublicLookup.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <memory>
#include <optional>

namespace ow::exchange::http {

struct ServerState;

// One connection to the public lookup (exchange::PublicLookup): HTTPS without client certificates,
// one request, then the close. Its head must arrive within the deadline and be small; a request with
// a body is read away only when small (else the connection closes unanswered); each client address is
// rate-limited (RateLimiter) before the store is asked; the store's work runs on the lookup's own workers, so
// lookups never take the API's. The day the notices are read for is the exchange's clock's.
class PublicConnection : public std::enable_shared_from_this<PublicConnection>
{
public:
    PublicConnection(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context &tls,
                     ServerState &server);
    ~PublicConnection();
    PublicConnection(const PublicConnection &) = delete;
    PublicConnection &operator=(const PublicConnection &) = delete;

    void start();

private:
    void onHandshake(boost::beast::error_code ec);
    void onHeader(boost::beast::error_code ec);
    void onRequest(boost::beast::error_code ec);
    void lookUp(const PublicLookup::Query &query);
    void respond(const PublicLookup::Answer &answer, int retryAfterSeconds = 0);
    void shutdown();

    boost::beast::ssl_stream<boost::beast::tcp_stream> m_stream;
    boost::beast::flat_buffer m_buffer;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
    std::optional<boost::beast::http::response<boost::beast::http::string_body>> m_response;
    ServerState &m_server;
    QByteArray m_address;
    PublicLookup::Request m_request;
};

} // namespace ow::exchange::http
