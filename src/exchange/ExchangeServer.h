#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace ow::exchange {

struct ServerOptions
{
    QString dir;                                // made by `onewindow-exchange init`
    QString host = QStringLiteral("127.0.0.1"); // listen address
    int port = 8443;                            // 0: any free port (tests)
    int threads = 16;                           // workers; a keep-alive connection holds one
    int keepAliveSeconds = 5;
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
    int requestLogRetentionDays = 90; // older request log entries are deleted; 0: kept for ever
};

// The exchange over HTTPS with mutual TLS (cpp-httplib's SSLServer on OpenSSL 3). Only client
// certificates the registry CA issued pass the handshake; each request is then checked against
// the store (unknown, revoked) by the certificate's SHA-256 fingerprint.
class ExchangeServer
{
public:
    explicit ExchangeServer(ServerOptions options);
    ~ExchangeServer(); // stops and waits
    ExchangeServer(const ExchangeServer &) = delete;
    ExchangeServer &operator=(const ExchangeServer &) = delete;

    // Loads the certificates, binds, and serves on a thread of its own; returns the port.
    Result<int> start();
    // Stops listening and waits for the workers (an idle keep-alive connection may hold one for
    // up to keepAliveSeconds).
    void stop();
    // start() and wait until stop() (from another thread or a signal).
    Result<void> run();
    int port() const;
    bool isRunning() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ow::exchange
