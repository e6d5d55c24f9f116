#pragma once

#include "ApiRoutes.h"
#include "ContentCoding.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <array>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <memory>
#include <optional>

namespace ow::exchange::http {

struct ServerState;

// One client connection, from the TLS handshake to its close, as a chain of asynchronous steps
// on the event loop (its own strand). It never blocks and never holds a worker while it waits for
// the client: the store's work goes to a worker and comes back. Each request:
//   head (within a deadline) → route → on a worker: who is calling (certificate, session)
//   → only then the body, within the route's limit and a deadline → on a worker: the answer
//   → written within a deadline → the next request on the same connection, or the close.
// A request refused before its body was read is answered and the connection closed after
// reading away (never keeping) a bounded amount of what the client still sends, so the client
// sees the answer instead of a reset.
class HttpConnection : public std::enable_shared_from_this<HttpConnection>
{
public:
    HttpConnection(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context &tls, ServerState &server);
    ~HttpConnection();
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    void start();

private:
    enum class Ending
    {
        KeepAlive, // the request was read whole: the connection may serve another
        Close,
        DrainThenClose // the body was not read: read it away (bounded) before closing
    };
    // One request and what is known of it so far.
    struct Request
    {
        QString id;
        QElapsedTimer timer;
        QByteArray method;
        QByteArray path;
        QByteArray query;
        QByteArray authorization;
        const Route *route = nullptr;
        std::optional<Authorised> who;
        bool keepAlive = true;
        bool expectsContinue = false;
        coding::RequestCoding coding = coding::RequestCoding::Identity; // the body's Content-Encoding
        bool acceptsGzip = false; // the answer may be compressed (Accept-Encoding)
        QString errorCode;
        QString userId;
    };

    void onHandshake(boost::beast::error_code ec);
    void readHeader();
    void awaitNextRequest();
    void onHeader(boost::beast::error_code ec);
    void routeRequest();
    void authorise();
    void onAuthorised(Result<Authorised> who);
    void readBody();
    void readBodyPart();
    void acknowledgeAtOnce();
    bool reserveBody();
    void releaseBody();
    void onBody(boost::beast::error_code ec);
    void answer();
    void respond(const ApiResponse &api, Ending ending);
    void fail(int status, const QString &code, const QString &message, Ending ending);
    void onWritten(boost::beast::error_code ec, Ending ending);
    void drain();
    void onDrained(boost::beast::error_code ec, std::size_t bytes);
    void shutdown();
    // Past the drain's bound: the TCP write side is closed and what still comes is read away
    // unencrypted for drainSeconds, so a client still sending reads the answer before the socket
    // closes (closing with unread data would reset the connection and discard it at the client).
    void lingerThenClose();
    void discardUntilClosed();
    void log(int status);
    bool bodyPending() const;
    Ending endingWithoutBody() const;

    boost::beast::ssl_stream<boost::beast::tcp_stream> m_stream;
    boost::beast::flat_buffer m_buffer;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
    std::optional<boost::beast::http::response<boost::beast::http::string_body>> m_response;
    boost::beast::http::response<boost::beast::http::empty_body> m_continue;
    std::array<char, 16 * 1024> m_drainBuffer{};
    qint64 m_drained = 0;
    qint64 m_bodyReserved = 0; // taken from the server's body budget for this request
    ServerState &m_server;
    Peer m_peer;
    Request m_request;
    int m_served = 0;
};

} // namespace ow::exchange::http
