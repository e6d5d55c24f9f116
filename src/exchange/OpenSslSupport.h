#pragma once

// Internal: owning pointers for OpenSSL objects and PEM helpers. Not part of the public API.

#include <QByteArray>
#include <QString>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace ow::exchange::ssl {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free_all(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Free>;
using CertPtr = std::unique_ptr<X509, Free>;
using BioPtr = std::unique_ptr<BIO, Free>;

// The last OpenSSL error queue as text (and clears it).
QString lastError();

CertPtr certFromPem(const QByteArray &pem);
KeyPtr keyFromPem(const QByteArray &pem);
QByteArray certToPem(X509 *cert);
QByteArray keyToPem(EVP_PKEY *key);    // PKCS#8, unencrypted: the file itself is 0600
QString fingerprint(const X509 *cert); // SHA-256 of the DER, lowercase hex
QString commonName(const X509 *cert);
QString organisationalUnit(const X509 *cert);

} // namespace ow::exchange::ssl
