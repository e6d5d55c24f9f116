#include "MutualTls.h"

#include "exchange/ExchangePaths.h"
#include "exchange/OpenSslSupport.h"

#include <QFile>

#include <openssl/x509v3.h>

namespace ow::exchange::http {
namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Error tlsError(const QString &what)
{
    return Error{QStringLiteral("server.configuration"),
                 QStringLiteral("Cannot set up TLS (%1): %2").arg(what, ssl::lastError()),
                 {}};
}

} // namespace

Result<void> configureMutualTls(SSL_CTX *context, const QString &dir)
{
    const ExchangePaths paths(dir);
    const ssl::CertPtr ca = ssl::certFromPem(readAll(paths.caCert()));
    const ssl::CertPtr cert = ssl::certFromPem(readAll(paths.serverCert()));
    const ssl::KeyPtr key = ssl::keyFromPem(readAll(paths.serverKey()));
    if (!ca || !cert || !key) {
        return Error{QStringLiteral("server.configuration"),
                     QStringLiteral("Cannot read ca.crt, server.crt and server.key in %1; run "
                                    "`onewindow-exchange init --dir %1` first.")
                         .arg(paths.root),
                     {}};
    }
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_options(context,
                        SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    if (SSL_CTX_use_certificate(context, cert.get()) != 1 ||
        SSL_CTX_use_PrivateKey(context, key.get()) != 1 || SSL_CTX_check_private_key(context) != 1) {
        return tlsError(QStringLiteral("server certificate"));
    }
    X509_STORE *trusted = X509_STORE_new();
    if (!trusted || X509_STORE_add_cert(trusted, ca.get()) != 1) {
        X509_STORE_free(trusted);
        return tlsError(QStringLiteral("registry CA"));
    }
    SSL_CTX_set_cert_store(context, trusted); // the context owns it now
    if (STACK_OF(X509_NAME) *names = sk_X509_NAME_new_null()) {
        sk_X509_NAME_push(names, X509_NAME_dup(X509_get_subject_name(ca.get())));
        SSL_CTX_set_client_CA_list(context, names);
    }
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
    static const unsigned char sessionContext[] = "onewindow-exchange";
    SSL_CTX_set_session_id_context(context, sessionContext, sizeof sessionContext - 1);
    return {};
}

Result<void> configurePublicTls(SSL_CTX *context, const QString &dir)
{
    const ExchangePaths paths(dir);
    const bool own = QFile::exists(paths.publicCert()) && QFile::exists(paths.publicKey());
    const ssl::CertPtr cert = ssl::certFromPem(readAll(own ? paths.publicCert() : paths.serverCert()));
    const ssl::KeyPtr key = ssl::keyFromPem(readAll(own ? paths.publicKey() : paths.serverKey()));
    if (!cert || !key) {
        return Error{QStringLiteral("server.configuration"),
                     QStringLiteral("Cannot read the public lookup's certificate and key (%1) in %2.")
                         .arg(own ? QStringLiteral("public.crt, public.key")
                                  : QStringLiteral("server.crt, server.key"),
                              paths.root),
                     {}};
    }
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_options(context,
                        SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    if (SSL_CTX_use_certificate(context, cert.get()) != 1 ||
        SSL_CTX_use_PrivateKey(context, key.get()) != 1 || SSL_CTX_check_private_key(context) != 1) {
        return tlsError(QStringLiteral("public lookup certificate"));
    }
    SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nullptr);
    return {};
}

Peer peerOf(SSL *ssl)
{
    Peer peer;
    if (!ssl || SSL_get_verify_result(ssl) != X509_V_OK) {
        return peer;
    }
    const ssl::CertPtr cert(SSL_get1_peer_certificate(ssl));
    if (!cert) {
        return peer;
    }
    peer.fingerprint = ssl::fingerprint(cert.get());
    peer.commonName = ssl::commonName(cert.get());
    return peer;
}

} // namespace ow::exchange::http
