#pragma once

#include "core/Limits.h"
#include "core/Result.h"
#include "exchange/LicenceSigner.h"

#include <QString>

#include <memory>

namespace ow::exchange {

struct ServerOptions
{
    QString dir;                                // made by `onewindow-exchange init`
    QString host = QStringLiteral("127.0.0.1"); // listen address
    int port = 8443;                            // 0: any free port (tests)
    int threads = 16;      // store workers; a connection holds none while it waits for its client
    int signInThreads = 2; // scrypt verifications at once (each takes a core for a moment)
    int ioThreads = 2;     // TLS and HTTP on the event loop
    int queueLimit = 4096; // requests waiting for a worker before the next is answered 503 busy
    int maxConnections = 10000;
    int handshakeSeconds = 10; // the TLS handshake, whole
    int headerSeconds = 10;    // a request's head, whole, from its first byte (or the handshake)
    int keepAliveSeconds = 5;  // waiting for the first byte of the next request
    int bodySeconds = 60;      // a request's body, whole (8 MiB at 2 Mbit/s takes 34 s)
    int writeSeconds = 60;     // an answer, whole
    int drainSeconds = 2;      // reading away an unread body before closing
    // A counter's second batch in flight waits at most this long for the one it follows (PushOrder).
    int pushFollowMs = 10000;
    qsizetype maxBodyBytes = core::Limits::maxRequestBytes; // events and intake; sign-in takes 16 KiB
    // All bodies being read or handled at once: a body takes its declared length (a chunked one
    // the endpoint's limit) before it is read; beyond this the request is answered 503 busy.
    qsizetype bodyBudgetBytes = 64 * 1024 * 1024;
    int requestLogRetentionDays = 90; // older request log entries are deleted; 0: kept for ever
    // The public lookup of published licences (exchange::PublicLookup): HTTPS without client
    // certificates on `host`:publicPort; -1: not served, 0: any free port (tests).
    int publicPort = 8444;
    int publicThreads = 2;            // its own store workers
    int publicQueueLimit = 256;       // lookups waiting for them, beyond: 503
    int publicMaxConnections = 2000;  // at once, beyond: refused
    int publicRequestsPerMinute = 60; // per client address, after a burst of publicBurst
    int publicBurst = 20;
    // What a licence's QR code opens: the public lookup, `<lookupPrefix><credit code>`.
    QString lookupPrefix = QLatin1String(LicenceSigner::DefaultLookupPrefix);
};

// The exchange over HTTPS with mutual TLS: Boost.Beast on Asio's event loop, OpenSSL 3. Only client
// certificates the registry CA issued pass the handshake; each request is then checked against
// the store (unknown, revoked) by the certificate's SHA-256 fingerprint, before its body is read.
// No connection holds a thread while it waits for its client, and every wait has a deadline.
class ExchangeServer
{
public:
    explicit ExchangeServer(ServerOptions options);
    ~ExchangeServer(); // stops and waits
    ExchangeServer(const ExchangeServer &) = delete;
    ExchangeServer &operator=(const ExchangeServer &) = delete;

    // Loads the certificates, binds, and serves on a thread of its own; returns the port.
    Result<int> start();
    // Stops listening, closes every connection and waits for the requests under way.
    void stop();
    int port() const;
    int publicPort() const; // 0 when the public lookup is not served
    bool isRunning() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ow::exchange
