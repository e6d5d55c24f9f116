#pragma once

// Owning pointers for OpenSSL objects, certificates and keys from PEM and DER, and the seal's
// signature. Not part of the public API: ow_security's own, and the base of the exchange's
// src/exchange/OpenSslSupport.h (ow_exchange links ow_security).

#include "SealAlgorithm.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <optional>
#include <vector>

namespace ow::security::seal {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free_all(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
    void operator()(X509_STORE *p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX *p) const { X509_STORE_CTX_free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Free>;
using CertPtr = std::unique_ptr<X509, Free>;
using BioPtr = std::unique_ptr<BIO, Free>;
using MdContextPtr = std::unique_ptr<EVP_MD_CTX, Free>;
using StorePtr = std::unique_ptr<X509_STORE, Free>;
using StoreContextPtr = std::unique_ptr<X509_STORE_CTX, Free>;

// The OpenSSL error queue as text, and cleared.
QString takeErrors();

// The first certificate of a PEM text, or null.
CertPtr certificateFromPem(const QByteArray &pem);
// Every certificate of a PEM text (a CA bundle), at most `max`.
std::vector<CertPtr> certificatesFromPem(const QByteArray &pem, int max);
// The certificate that is exactly these DER bytes, or null (trailing bytes included).
CertPtr certificateFromDer(const QByteArray &der);
QByteArray certificateToDer(X509 *cert);
// An unencrypted private key (PKCS#8 or the traditional form), or null; never asks for a passphrase.
KeyPtr privateKeyFromPem(const QByteArray &pem);

// The seal's algorithm for a key: SM2 (group SM2) or ECDSA over P-256; nullopt for any other key.
std::optional<SealAlgorithm> algorithmOf(EVP_PKEY *key);
// The DER signature of `data`, or empty when OpenSSL fails (takeErrors() says why). SM2 signs
// with SM3 and LicenceSeal::Sm2Id, which enters the digest; P-256 with ECDSA over SHA-256.
QByteArray sign(EVP_PKEY *key, SealAlgorithm algorithm, const QByteArray &data);
// Whether `signature` is `key`'s signature of `data` under `algorithm`.
bool verify(EVP_PKEY *key, SealAlgorithm algorithm, const QByteArray &data, const QByteArray &signature);

QString serialHex(const X509 *cert);   // lowercase hex, as Pki reports it
QString subjectLine(const X509 *cert); // RFC 2253, UTF-8, control characters escaped
// The subject's only OU or CN; empty when there is none or more than one.
QString organisationalUnit(const X509 *cert);
QString commonName(const X509 *cert);
QDateTime notBefore(const X509 *cert);
QDateTime notAfter(const X509 *cert);

} // namespace ow::security::seal
