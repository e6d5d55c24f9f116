#pragma once

#include "core/Result.h"
#include "exchange/ExchangeService.h"

#include <QString>

#include <openssl/ssl.h>

namespace ow::exchange::http {

// Sets up the server side of mutual TLS on `context` from the exchange directory `dir`: TLS 1.2
// or later, the server certificate and key, and only client certificates the registry CA issued
// (the handshake fails without one, or with another CA's).
Result<void> configureMutualTls(SSL_CTX *context, const QString &dir);

// The verified client certificate of a connection whose handshake finished; empty without one.
Peer peerOf(SSL *ssl);

} // namespace ow::exchange::http
