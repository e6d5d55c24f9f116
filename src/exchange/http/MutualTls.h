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

// Sets up the public lookup's TLS on `context`: TLS 1.2 or later, public.crt and public.key of `dir`
// when both are there (a publicly trusted certificate), else the server certificate; no client
// certificate is asked for.
Result<void> configurePublicTls(SSL_CTX *context, const QString &dir);

// The verified client certificate of a connection whose handshake finished; empty without one.
Peer peerOf(SSL *ssl);

} // namespace ow::exchange::http
