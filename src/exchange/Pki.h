#pragma once

#include "ExchangePaths.h"
#include "core/Result.h"
#include "security/SealAlgorithm.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ow::exchange {

// A certificate the registry CA issued, with its new private key (PEM).
struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QString fingerprint; // SHA-256 of the DER, lowercase hex (what the server looks up)
    QString serial;      // hex
    QDateTime notAfter;
};

enum class CertificateKind
{
    Workstation, // OU=workstation, extended key usage clientAuth
    Service,     // OU=service (the portal), clientAuth
    Department,  // OU=department (a department's service certificate, DOMAIN §8), clientAuth
};

// The exchange's PKI through OpenSSL 3's EVP and X509 APIs (no openssl command). Every key is
// ECDSA P-256 (see docs/architecture.md, "The exchange") but the authority's signing key, SM2 by
// default (docs/licence-signature.md); the CA signs every certificate with ECDSA over SHA-256.
class Pki
{
public:
    static constexpr int CaDays = 3650;
    static constexpr int ServerDays = 825;
    static constexpr int ClientDays = 825;
    static constexpr int SigningDays = 3650; // never past the CA's own end
    static constexpr char SigningCommonName[] = "OneWindow Registry licence signing";

    // Creates the CA, the server certificate for 127.0.0.1 and localhost (plus `extraHosts`,
    // DNS names or IP addresses), the authority's signing key (`signing`: SM2, or ECDSA P-256)
    // with its public half and certificate, and the portal's service certificate in `paths.root`.
    // Refuses a directory that already has a CA key.
    static Result<void> initialise(const ExchangePaths &paths, const QStringList &extraHosts = {},
                                   security::SealAlgorithm signing = security::SealAlgorithm::Sm2Sm3);

    // A new authority signing key of `algorithm` with its public half and its certificate from the CA
    // (OU=authority, CN=SigningCommonName, keyUsage digitalSignature and nonRepudiation), replacing
    // signingKey(), signingPublicKey() and signingCert(). Licences sealed with the old key keep
    // verifying: each QR code carries its own signer's certificate.
    static Result<void> makeSigningKey(const ExchangePaths &paths, security::SealAlgorithm algorithm);

    // For a directory made before the signing certificate existed (a P-256 key and its .pub only):
    // issues signingCert() for the existing signingKey() (and writes the .pub if missing). Does
    // nothing when the certificate is there and matches the key; pki.signing_mismatch when it does
    // not, pki.missing_file without a key.
    static Result<void> ensureSigningCertificate(const ExchangePaths &paths);

    // Issues a server certificate (CN=localhost, OU=server, serverAuth; subject alternative names
    // `hosts`, DNS names or IP addresses) signed by the CA in `paths`, as initialise makes it. It is
    // not written anywhere: put it in serverCert()/serverKey() and restart the server to use it.
    // `validFromDays` may be negative (tests make expired certificates).
    static Result<IssuedCertificate> issueServer(const ExchangePaths &paths, const QStringList &hosts,
                                                 int days = ServerDays, int validFromDays = 0);

    // Issues a client certificate (CN=<commonName>, OU per kind, O=OneWindow Registry) signed by
    // the CA in `paths`. `validFromDays` may be negative (tests make expired certificates).
    static Result<IssuedCertificate> issueClient(const ExchangePaths &paths, const QString &commonName,
                                                 CertificateKind kind, int days = ClientDays,
                                                 int validFromDays = 0);

    // PKCS#12 with the key, the certificate and the CA (AES-256, PBKDF2, SHA-256 MAC).
    static Result<QByteArray> toPkcs12(const IssuedCertificate &issued, const QByteArray &caPem,
                                       const QString &passphrase, const QString &friendlyName);

    // SHA-256 fingerprint (lowercase hex) of a PEM certificate, or empty when it cannot be read.
    static QString fingerprintOfPem(const QByteArray &pem);

    // Writes a file readable by its owner only (0600), replacing it atomically.
    static Result<void> writeSecretFile(const QString &path, const QByteArray &bytes);
    // Writes a file that may be handed out (a certificate, a public key): handed out by copying it,
    // it is 0600 like every file of the data folder (the Debian package's promise, installer/README.md).
    static Result<void> writePublicFile(const QString &path, const QByteArray &bytes);
};

} // namespace ow::exchange
