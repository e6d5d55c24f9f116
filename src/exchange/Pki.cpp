#include "Pki.h"

#include "ExchangeLog.h"
#include "OpenSslSupport.h"
#include "security/LicenceSeal.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSaveFile>

#include <fcntl.h>
#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ow::exchange {
namespace {

const char *const Organisation = "OneWindow Registry";

Error pkiError(const QString &what)
{
    const QString detail = ssl::lastError();
    qCWarning(lcExchangePki) << what << detail;
    return Error{QStringLiteral("pki.failed"), what + QStringLiteral(": ") + detail, {}};
}

ssl::KeyPtr newKey()
{
    // ECDSA over P-256: see docs/architecture.md ("The exchange") for the choice.
    return ssl::KeyPtr(EVP_EC_gen("P-256"));
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension) {
        return false;
    }
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

bool randomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        return false;
    }
    bytes[0] &= 0x7f; // positive
    BIGNUM *number = BN_bin2bn(bytes, sizeof bytes, nullptr);
    if (!number) {
        return false;
    }
    const bool ok = BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert)) != nullptr;
    BN_free(number);
    return ok;
}

QString serialHex(const X509 *cert)
{
    BIGNUM *number = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    if (!number) {
        return {};
    }
    char *hex = BN_bn2hex(number);
    const QString text = QString::fromLatin1(hex).toLower();
    OPENSSL_free(hex);
    BN_free(number);
    return text;
}

QDateTime notAfter(const X509 *cert)
{
    struct tm time = {};
    if (ASN1_TIME_to_tm(X509_get0_notAfter(cert), &time) != 1) {
        return {};
    }
    return QDateTime(QDate(time.tm_year + 1900, time.tm_mon + 1, time.tm_mday),
                     QTime(time.tm_hour, time.tm_min, time.tm_sec), Qt::UTC);
}

struct Subject
{
    QString commonName;
    QString unit;
};

// A certificate for `key` with `subject`, signed by `issuerKey` (self-signed when issuer is null).
// `extensions` are (nid, value) pairs in OpenSSL's configuration syntax.
ssl::CertPtr makeCertificate(EVP_PKEY *key, const Subject &subject, X509 *issuer, EVP_PKEY *issuerKey,
                             int validFromDays, int days, const QList<QPair<int, QByteArray>> &extensions)
{
    ssl::CertPtr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !randomSerial(cert.get())) {
        return nullptr;
    }
    const long from = long(validFromDays) * 86400 - 300; // five minutes' grace for clock skew
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), from) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validFromDays + days) * 86400)) {
        return nullptr;
    }
    X509_NAME *name = X509_get_subject_name(cert.get());
    if (!addNameEntry(name, "O", QString::fromLatin1(Organisation)) ||
        (!subject.unit.isEmpty() && !addNameEntry(name, "OU", subject.unit)) ||
        !addNameEntry(name, "CN", subject.commonName)) {
        return nullptr;
    }
    X509 *signer = issuer ? issuer : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) != 1 ||
        X509_set_pubkey(cert.get(), key) != 1) {
        return nullptr;
    }
    for (const auto &[nid, value] : extensions) {
        if (!addExtension(cert.get(), signer, nid, value.constData())) {
            return nullptr;
        }
    }
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0) {
        return nullptr;
    }
    return cert;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("pki.missing_file"),
                     QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()),
                     {}};
    }
    return file.readAll();
}

Result<void> writeFile(const QString &path, const QByteArray &bytes, mode_t mode)
{
    // Created with its final mode, so a key is never readable by others, not even for a moment.
    const QString temporary = path + QStringLiteral(".tmp");
    const QByteArray native = QFile::encodeName(temporary);
    ::unlink(native.constData());
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        return Error{
            QStringLiteral("pki.write_failed"),
            QStringLiteral("Cannot create %1: %2").arg(temporary, QString::fromLocal8Bit(strerror(errno))),
            {}};
    }
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        written += n;
    }
    const bool ok = written == bytes.size() && ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(native.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(native.constData());
        return Error{QStringLiteral("pki.write_failed"), QStringLiteral("Cannot write %1").arg(path), {}};
    }
    return {};
}

QByteArray subjectAltNames(const QStringList &hosts)
{
    QStringList entries;
    for (const QString &host : hosts) {
        QHostAddress address;
        entries.append(address.setAddress(host) ? QStringLiteral("IP:") + host
                                                : QStringLiteral("DNS:") + host);
    }
    return entries.join(QLatin1Char(',')).toLatin1();
}

IssuedCertificate describe(X509 *cert, EVP_PKEY *key)
{
    IssuedCertificate issued;
    issued.certificatePem = ssl::certToPem(cert);
    issued.privateKeyPem = ssl::keyToPem(key);
    issued.fingerprint = ssl::fingerprint(cert);
    issued.serial = serialHex(cert);
    issued.notAfter = notAfter(cert);
    return issued;
}

// The server certificate (CN=localhost, OU=server, serverAuth) for `hosts`, with a new key,
// signed by `ca`. Null when OpenSSL fails (its error queue says why).
ssl::CertPtr makeServerCertificate(EVP_PKEY *key, X509 *ca, EVP_PKEY *caKey, const QStringList &hosts,
                                   int validFromDays, int days)
{
    return makeCertificate(key, {QStringLiteral("localhost"), QStringLiteral("server")}, ca, caKey,
                           validFromDays, days,
                           {{NID_basic_constraints, "critical,CA:FALSE"},
                            {NID_key_usage, "critical,digitalSignature"},
                            {NID_ext_key_usage, "serverAuth"},
                            {NID_subject_alt_name, subjectAltNames(hosts)},
                            {NID_subject_key_identifier, "hash"},
                            {NID_authority_key_identifier, "keyid:always"}});
}

struct LoadedCa
{
    ssl::CertPtr cert;
    ssl::KeyPtr key;
};

// The CA certificate and key in `paths`.
Result<void> loadCa(const ExchangePaths &paths, LoadedCa &ca)
{
    const Result<QByteArray> caPem = readFile(paths.caCert());
    const Result<QByteArray> caKeyPem = readFile(paths.caKey());
    if (!caPem) {
        return caPem.error();
    }
    if (!caKeyPem) {
        return caKeyPem.error();
    }
    ca.cert = ssl::certFromPem(caPem.value());
    ca.key = ssl::keyFromPem(caKeyPem.value());
    if (!ca.cert || !ca.key) {
        return pkiError(QStringLiteral("Cannot read the CA in %1").arg(paths.root));
    }
    return {};
}

ssl::KeyPtr newSigningKey(security::SealAlgorithm algorithm)
{
    // SM2 (group "SM2", EVP_PKEY_SM2) signs with SM3; see docs/licence-signature.md.
    return algorithm == security::SealAlgorithm::Sm2Sm3
               ? ssl::KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2"))
               : newKey();
}

// Whether `key` can be the authority's signing key: SM2, or EC over P-256.
bool isSigningKey(EVP_PKEY *key)
{
    char group[64] = {};
    size_t length = 0;
    return key &&
           (EVP_PKEY_is_a(key, "SM2") ||
            (EVP_PKEY_is_a(key, "EC") && EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1 &&
             QByteArray(group, qsizetype(length)) == "prime256v1"));
}

QByteArray publicKeyPem(EVP_PKEY *key)
{
    ssl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1) {
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

// The authority's signing certificate for `key`, signed by the CA (ECDSA with SHA-256, whatever
// the key: OpenSSL verifies an SM2 key's certificate from an ECDSA CA like any other), ending at
// the CA's end at the latest.
ssl::CertPtr makeSigningCertificate(EVP_PKEY *key, X509 *ca, EVP_PKEY *caKey)
{
    // Whole days left to the CA's end (a minute's margin: the CA made a moment ago ends a second sooner).
    const qint64 caDaysLeft = (QDateTime::currentDateTimeUtc().secsTo(notAfter(ca)) - 60) / 86400;
    const int days = int(qMin<qint64>(Pki::SigningDays, caDaysLeft));
    if (days < 1) {
        return nullptr;
    }
    return makeCertificate(key,
                           {QString::fromLatin1(Pki::SigningCommonName),
                            QString::fromLatin1(security::LicenceSeal::AuthorityUnit)},
                           ca, caKey, 0, days,
                           {{NID_basic_constraints, "critical,CA:FALSE"},
                            {NID_key_usage, "critical,digitalSignature,nonRepudiation"},
                            {NID_subject_key_identifier, "hash"},
                            {NID_authority_key_identifier, "keyid:always"}});
}

// The signing key's three files: the key, its public half and its certificate.
Result<void> writeSigningFiles(const ExchangePaths &paths, EVP_PKEY *key, X509 *cert)
{
    const QByteArray keyPem = ssl::keyToPem(key);
    const QByteArray publicPem = publicKeyPem(key);
    const QByteArray certPem = ssl::certToPem(cert);
    if (keyPem.isEmpty() || publicPem.isEmpty() || certPem.isEmpty()) {
        return pkiError(QStringLiteral("Cannot encode the authority's signing key"));
    }
    if (auto written = Pki::writeSecretFile(paths.signingKey(), keyPem); !written) {
        return written;
    }
    if (auto written = Pki::writePublicFile(paths.signingPublicKey(), publicPem); !written) {
        return written;
    }
    return Pki::writePublicFile(paths.signingCert(), certPem);
}

} // namespace

Result<void> Pki::writeSecretFile(const QString &path, const QByteArray &bytes)
{
    return writeFile(path, bytes, S_IRUSR | S_IWUSR);
}

Result<void> Pki::writePublicFile(const QString &path, const QByteArray &bytes)
{
    return writeFile(path, bytes, S_IRUSR | S_IWUSR);
}

QString Pki::fingerprintOfPem(const QByteArray &pem)
{
    const ssl::CertPtr cert = ssl::certFromPem(pem);
    return ssl::fingerprint(cert.get());
}

Result<void> Pki::initialise(const ExchangePaths &paths, const QStringList &extraHosts,
                             security::SealAlgorithm signing)
{
    if (QFileInfo::exists(paths.caKey())) {
        return Error{QStringLiteral("pki.exists"),
                     QStringLiteral("%1 already holds a CA; refusing to replace it.").arg(paths.root),
                     {}};
    }
    if (!QDir().mkpath(paths.root)) {
        return Error{
            QStringLiteral("pki.write_failed"), QStringLiteral("Cannot create %1").arg(paths.root), {}};
    }
    QFile::setPermissions(paths.root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const ssl::KeyPtr caKey = newKey();
    if (!caKey) {
        return pkiError(QStringLiteral("Cannot make the CA key"));
    }
    const ssl::CertPtr ca =
        makeCertificate(caKey.get(), {QStringLiteral("OneWindow Registry CA"), QStringLiteral("ca")}, nullptr,
                        caKey.get(), 0, CaDays,
                        {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                         {NID_key_usage, "critical,keyCertSign,cRLSign"},
                         {NID_subject_key_identifier, "hash"}});
    if (!ca) {
        return pkiError(QStringLiteral("Cannot make the CA certificate"));
    }

    QStringList hosts{QStringLiteral("127.0.0.1"), QStringLiteral("localhost")};
    hosts += extraHosts;
    const ssl::KeyPtr serverKey = newKey();
    const ssl::CertPtr server =
        serverKey ? makeServerCertificate(serverKey.get(), ca.get(), caKey.get(), hosts, 0, ServerDays)
                  : nullptr;
    if (!server) {
        return pkiError(QStringLiteral("Cannot make the server certificate"));
    }

    // The authority's signing key seals licences (docs/licence-signature.md); its certificate goes
    // into every QR code, so anyone with the CA's certificate verifies them.
    const ssl::KeyPtr signingKey = newSigningKey(signing);
    const ssl::CertPtr signingCert =
        signingKey ? makeSigningCertificate(signingKey.get(), ca.get(), caKey.get()) : nullptr;
    if (!signingCert) {
        return pkiError(QStringLiteral("Cannot make the authority's signing key and certificate"));
    }

    const QList<QPair<QString, QByteArray>> secrets{{paths.caKey(), ssl::keyToPem(caKey.get())},
                                                    {paths.serverKey(), ssl::keyToPem(serverKey.get())}};
    for (const auto &[path, bytes] : secrets) {
        if (bytes.isEmpty()) {
            return pkiError(QStringLiteral("Cannot encode %1").arg(path));
        }
        if (auto written = writeSecretFile(path, bytes); !written) {
            return written;
        }
    }
    const QList<QPair<QString, QByteArray>> publics{{paths.caCert(), ssl::certToPem(ca.get())},
                                                    {paths.serverCert(), ssl::certToPem(server.get())}};
    for (const auto &[path, bytes] : publics) {
        if (auto written = writePublicFile(path, bytes); !written) {
            return written;
        }
    }
    if (auto written = writeSigningFiles(paths, signingKey.get(), signingCert.get()); !written) {
        return written;
    }

    const Result<IssuedCertificate> portal =
        issueClient(paths, QStringLiteral("portal"), CertificateKind::Service, ServerDays);
    if (!portal) {
        return portal.error();
    }
    if (auto written = writeSecretFile(paths.portalKey(), portal.value().privateKeyPem); !written) {
        return written;
    }
    if (auto written = writePublicFile(paths.portalCert(), portal.value().certificatePem); !written) {
        return written;
    }
    qCInfo(lcExchangePki) << "initialised" << paths.root << "CA" << ssl::fingerprint(ca.get());
    return {};
}

Result<void> Pki::makeSigningKey(const ExchangePaths &paths, security::SealAlgorithm algorithm)
{
    LoadedCa ca;
    if (auto loaded = loadCa(paths, ca); !loaded) {
        return loaded.error();
    }
    const ssl::KeyPtr key = newSigningKey(algorithm);
    const ssl::CertPtr cert = key ? makeSigningCertificate(key.get(), ca.cert.get(), ca.key.get()) : nullptr;
    if (!cert) {
        return pkiError(QStringLiteral("Cannot make the authority's signing key and certificate"));
    }
    if (auto written = writeSigningFiles(paths, key.get(), cert.get()); !written) {
        return written;
    }
    qCInfo(lcExchangePki) << "new signing key"
                          << (algorithm == security::SealAlgorithm::Sm2Sm3 ? "SM2" : "ECDSA P-256")
                          << ssl::fingerprint(cert.get());
    return {};
}

Result<void> Pki::ensureSigningCertificate(const ExchangePaths &paths)
{
    const Result<QByteArray> keyPem = readFile(paths.signingKey());
    if (!keyPem) {
        return keyPem.error();
    }
    const ssl::KeyPtr key = ssl::keyFromPem(keyPem.value());
    if (!isSigningKey(key.get())) {
        return pkiError(QStringLiteral("%1 is not an SM2 or P-256 private key").arg(paths.signingKey()));
    }
    if (QFileInfo::exists(paths.signingCert())) {
        const Result<QByteArray> certPem = readFile(paths.signingCert());
        const ssl::CertPtr cert = certPem ? ssl::certFromPem(certPem.value()) : nullptr;
        if (cert && EVP_PKEY_eq(X509_get0_pubkey(cert.get()), key.get()) == 1) {
            return {};
        }
        ssl::lastError();
        return Error{QStringLiteral("pki.signing_mismatch"),
                     QStringLiteral("%1 is not the certificate of %2; move it away to issue a new one.")
                         .arg(paths.signingCert(), paths.signingKey()),
                     {}};
    }
    LoadedCa ca;
    if (auto loaded = loadCa(paths, ca); !loaded) {
        return loaded.error();
    }
    const ssl::CertPtr cert = makeSigningCertificate(key.get(), ca.cert.get(), ca.key.get());
    if (!cert) {
        return pkiError(QStringLiteral("Cannot issue the authority's signing certificate"));
    }
    if (!QFileInfo::exists(paths.signingPublicKey())) {
        if (auto written = writePublicFile(paths.signingPublicKey(), publicKeyPem(key.get())); !written) {
            return written;
        }
    }
    if (auto written = writePublicFile(paths.signingCert(), ssl::certToPem(cert.get())); !written) {
        return written;
    }
    qCInfo(lcExchangePki) << "issued the signing certificate for the existing key"
                          << ssl::fingerprint(cert.get());
    return {};
}

Result<IssuedCertificate> Pki::issueServer(const ExchangePaths &paths, const QStringList &hosts, int days,
                                           int validFromDays)
{
    if (hosts.isEmpty()) {
        return Error{QStringLiteral("pki.invalid"),
                     QStringLiteral("A server certificate needs at least one host name or address."),
                     {}};
    }
    LoadedCa ca;
    if (auto loaded = loadCa(paths, ca); !loaded) {
        return loaded.error();
    }
    const ssl::KeyPtr key = newKey();
    const ssl::CertPtr cert =
        key ? makeServerCertificate(key.get(), ca.cert.get(), ca.key.get(), hosts, validFromDays, days)
            : nullptr;
    if (!cert) {
        return pkiError(
            QStringLiteral("Cannot issue a server certificate for %1").arg(hosts.join(QStringLiteral(", "))));
    }
    IssuedCertificate issued = describe(cert.get(), key.get());
    qCInfo(lcExchangePki) << "issued server" << hosts << issued.fingerprint;
    return issued;
}

Result<IssuedCertificate> Pki::issueClient(const ExchangePaths &paths, const QString &commonName,
                                           CertificateKind kind, int days, int validFromDays)
{
    LoadedCa ca;
    if (auto loaded = loadCa(paths, ca); !loaded) {
        return loaded.error();
    }
    const ssl::KeyPtr key = newKey();
    const QString unit = kind == CertificateKind::Workstation  ? QStringLiteral("workstation")
                         : kind == CertificateKind::Department ? QStringLiteral("department")
                                                               : QStringLiteral("service");
    const ssl::CertPtr cert =
        key ? makeCertificate(key.get(), {commonName, unit}, ca.cert.get(), ca.key.get(), validFromDays, days,
                              {{NID_basic_constraints, "critical,CA:FALSE"},
                               {NID_key_usage, "critical,digitalSignature"},
                               {NID_ext_key_usage, "clientAuth"},
                               {NID_subject_key_identifier, "hash"},
                               {NID_authority_key_identifier, "keyid:always"}})
            : nullptr;
    if (!cert) {
        return pkiError(QStringLiteral("Cannot issue a certificate for %1").arg(commonName));
    }
    IssuedCertificate issued = describe(cert.get(), key.get());
    qCInfo(lcExchangePki) << "issued" << unit << commonName << issued.fingerprint;
    return issued;
}

Result<QByteArray> Pki::toPkcs12(const IssuedCertificate &issued, const QByteArray &caPem,
                                 const QString &passphrase, const QString &friendlyName)
{
    const ssl::CertPtr cert = ssl::certFromPem(issued.certificatePem);
    const ssl::KeyPtr key = ssl::keyFromPem(issued.privateKeyPem);
    ssl::CertPtr ca = ssl::certFromPem(caPem);
    if (!cert || !key || !ca) {
        return pkiError(QStringLiteral("Cannot read the certificate to package"));
    }
    STACK_OF(X509) *chain = sk_X509_new_null();
    if (!chain || sk_X509_push(chain, ca.get()) == 0) {
        sk_X509_free(chain);
        return pkiError(QStringLiteral("Cannot package the CA"));
    }
    const QByteArray pass = passphrase.toUtf8();
    const QByteArray name = friendlyName.toUtf8();
    // nid 0: OpenSSL 3's defaults, AES-256-CBC with PBKDF2 and a SHA-256 MAC.
    PKCS12 *p12 =
        PKCS12_create(pass.constData(), name.constData(), key.get(), cert.get(), chain, 0, 0, 0, 0, 0);
    sk_X509_free(chain); // the stack only; `ca` still owns its certificate
    if (!p12) {
        return pkiError(QStringLiteral("Cannot make the PKCS#12 file"));
    }
    ssl::BioPtr bio(BIO_new(BIO_s_mem()));
    const bool ok = bio && i2d_PKCS12_bio(bio.get(), p12) == 1;
    PKCS12_free(p12);
    if (!ok) {
        return pkiError(QStringLiteral("Cannot encode the PKCS#12 file"));
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace ow::exchange
