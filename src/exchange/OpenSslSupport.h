#pragma once

// Internal: owning pointers for OpenSSL objects and PEM helpers. Not part of the public API.

#include "security/SealOpenSsl.h"

#include <QByteArray>
#include <QString>

namespace ow::exchange::ssl {

// The owning pointers, the error queue and PEM reading are ow_security's (security/SealOpenSsl.h),
// kept once; what only the exchange's PKI needs is below.
using security::seal::Free;
using KeyPtr = security::seal::KeyPtr;
using CertPtr = security::seal::CertPtr;
using BioPtr = security::seal::BioPtr;

// The last OpenSSL error queue as text (and clears it).
inline QString lastError()
{
    return security::seal::takeErrors();
}
inline CertPtr certFromPem(const QByteArray &pem)
{
    return security::seal::certificateFromPem(pem);
}
inline KeyPtr keyFromPem(const QByteArray &pem)
{
    return security::seal::privateKeyFromPem(pem);
}
QByteArray certToPem(X509 *cert);
QByteArray keyToPem(EVP_PKEY *key);    // PKCS#8, unencrypted: the file itself is 0600
QString fingerprint(const X509 *cert); // SHA-256 of the DER, lowercase hex
// The subject's only CN (empty when there is none or more than one), as the seal reads it.
using security::seal::commonName;

} // namespace ow::exchange::ssl
