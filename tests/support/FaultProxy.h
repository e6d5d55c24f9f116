#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QSslSocket;

namespace ow::test {

// A fault-injecting proxy on 127.0.0.1 between the sync engine and the exchange, for the fault
// tests of issue 3 §4. Two modes:
//
// - TCP (listenTcp): forwards bytes unchanged; the TLS stays end to end between the client and
//   the real exchange. Faults at the TCP level, counted in bytes of one direction since the
//   previous fault fired: reset the connections (RST), stall (hold the bytes for a while), truncate
//   (forward exactly N bytes, then close).
// - TLS (listenTls): terminates the client's TLS with a server certificate of the registry CA
//   (the client then trusts it as it trusts the exchange) and re-originates each HTTP/1.1 request
//   over mutual TLS to the exchange, one request at a time per connection. Faults inside HTTP:
//   the next request whose path starts with a prefix gets another answer (a status with a body,
//   or a body that is not the protocol's JSON), either instead of reaching the exchange or after
//   the exchange has handled it (the client's resend then meets its own first answer).
//
// Faults are queued and each fires once, in order. Everything stays on loopback.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Direction
    {
        ToClient, // the exchange's answers
        ToServer, // the client's requests
    };

    struct TcpFault
    {
        enum class Kind
        {
            Reset,    // RST on both connections
            Stall,    // hold further bytes of `direction` for stallMs, then go on
            Truncate, // close both connections cleanly (FIN) after the bytes
        };
        Kind kind = Kind::Reset;
        Direction direction = Direction::ToClient;
        qint64 afterBytes = 0; // of `direction`, counted from when the previous fault fired
        int stallMs = 0;
    };

    struct HttpFault
    {
        QString pathPrefix = QStringLiteral("/api/v1/"); // e.g. "/api/v1/events"
        int skip = 0;                                    // let this many matching requests pass first
        bool forward = false;      // let the exchange handle the request, then replace its answer
        int status = 500;          // of the replacement answer
        QByteArray body;           // the replacement body (JSON or not)
        bool withRequestId = true; // send an X-Request-Id (the exchange's one when forwarded)
    };

    // What happened when a fault fired (for the test's assertions).
    struct Fired
    {
        QString description;
        QString requestId; // the X-Request-Id the client received with the fault, if any
        qint64 atMs = 0;   // since the proxy started listening
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listenTcp(quint16 upstreamPort);
    // `server`: what the proxy presents to the client (certificate and key of the registry CA);
    // `upstream`: what it presents to the exchange (a workstation's certificate, the CA).
    bool listenTls(quint16 upstreamPort, const QSslConfiguration &server, const QSslConfiguration &upstream);
    // The server side of listenTls from the exchange's own certificate files.
    static QSslConfiguration serverConfiguration(const QString &certPemPath, const QString &keyPemPath);

    quint16 port() const;
    // TCP mode: a slow link, as a county office's: each byte arrives `oneWayDelayMs` after it was
    // sent, and each direction carries at most `bytesPerSecond` for all connections together
    // (0: no limit). A close waits until what was on the way arrived.
    void setLink(int oneWayDelayMs, qint64 bytesPerSecond);
    // The bytes the proxy carried to the exchange and to the client.
    qint64 carried(Direction direction) const { return m_carried[int(direction)]; }
    void addFault(const TcpFault &fault);
    void addFault(const HttpFault &fault);
    qsizetype pendingFaults() const;
    const QList<Fired> &fired() const { return m_fired; }
    int connectionCount() const { return m_connections; }
    int requestCount() const { return m_requests; } // TLS mode: requests seen
    // Drops every open connection (RST) without queuing a fault.
    void resetAll();

signals:
    void faultFired(const QString &description);

private:
    struct Pipe;
    struct HttpPipe;
    class Listener;

    void acceptTcp(qintptr descriptor);
    void acceptTls(qintptr descriptor);
    void forward(const std::shared_ptr<Pipe> &pipe, Direction direction, QByteArray data);
    void closePipe(const std::shared_ptr<Pipe> &pipe, bool reset);
    // Writes `bytes` to the pipe's side of `direction` now, or through the slow link.
    void deliver(const std::shared_ptr<Pipe> &pipe, Direction direction, const QByteArray &bytes);
    void processRequests(const std::shared_ptr<HttpPipe> &pipe);
    void processResponse(const std::shared_ptr<HttpPipe> &pipe);
    void connectUpstream(const std::shared_ptr<HttpPipe> &pipe);
    void closeHttpPipe(const std::shared_ptr<HttpPipe> &pipe, bool reset);
    void fire(const QString &description, const QString &requestId = {});
    QByteArray replacement(const HttpFault &fault, const QString &requestId) const;

    Listener *m_listener = nullptr;
    quint16 m_upstreamPort = 0;
    QSslConfiguration m_serverSsl;
    QSslConfiguration m_upstreamSsl;
    QList<TcpFault> m_tcpFaults;
    QList<HttpFault> m_httpFaults;
    qint64 m_counted[2] = {0, 0};
    qint64 m_carried[2] = {0, 0};
    int m_delayMs = 0;
    qint64 m_bytesPerSecond = 0;
    qint64 m_linkFreeAtUs[2] = {0, 0}; // when each direction's link has sent what it was given
    QList<Fired> m_fired;
    QList<std::shared_ptr<Pipe>> m_pipes;
    QList<std::shared_ptr<HttpPipe>> m_httpPipes;
    QElapsedTimer m_clock;
    int m_connections = 0;
    int m_requests = 0;
};

} // namespace ow::test
