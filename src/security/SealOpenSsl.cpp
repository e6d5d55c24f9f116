#include "SealOpenSsl.h"

#include "LicenceSeal.h"

#include <QTimeZone>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace ow::security::seal {
namespace {

// A PEM passphrase callback that has none: an encrypted key fails instead of asking on a terminal.
int noPassphrase(char * /*buffer*/, int /*size*/, int /*writing*/, void * /*data*/)
{
    return -1;
}

BioPtr readBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QDateTime fromAsn1(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

const char *digestOf(SealAlgorithm algorithm)
{
    return algorithm == SealAlgorithm::Sm2Sm3 ? "SM3" : "SHA256";
}

// Sets the SM2 ID on an operation's key context (after init, before the data: the ID enters Z).
bool prepare(EVP_PKEY_CTX *context, SealAlgorithm algorithm)
{
    return algorithm != SealAlgorithm::Sm2Sm3 ||
           EVP_PKEY_CTX_set1_id(context, LicenceSeal::Sm2Id, sizeof LicenceSeal::Sm2Id - 1) > 0;
}

// The subject's only entry of `nid`: a certificate that names two roles has none.
QString onlyEntry(const X509 *cert, int nid)
{
    if (!cert) {
        return {};
    }
    const X509_NAME *name = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0 || X509_NAME_get_index_by_NID(name, nid, index) >= 0) {
        return {};
    }
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0) {
        return {};
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

QString takeErrors()
{
    QString text;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        if (!text.isEmpty()) {
            text += QStringLiteral("; ");
        }
        text += QString::fromLatin1(buffer);
    }
    return text.isEmpty() ? QStringLiteral("unknown OpenSSL error") : text;
}

CertPtr certificateFromPem(const QByteArray &pem)
{
    BioPtr bio = readBio(pem);
    return CertPtr(bio ? PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
}

std::vector<CertPtr> certificatesFromPem(const QByteArray &pem, int max)
{
    std::vector<CertPtr> certificates;
    BioPtr bio = readBio(pem);
    while (bio && certificates.size() < size_t(max)) {
        CertPtr cert(PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr));
        if (!cert) {
            break;
        }
        certificates.push_back(std::move(cert));
    }
    ERR_clear_error(); // the end of the text is reported as an error
    return certificates;
}

CertPtr certificateFromDer(const QByteArray &der)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *next = begin;
    CertPtr cert(d2i_X509(nullptr, &next, long(der.size())));
    if (!cert || next != begin + der.size()) {
        ERR_clear_error();
        return nullptr;
    }
    return cert;
}

QByteArray certificateToDer(X509 *cert)
{
    unsigned char *der = nullptr;
    const int size = cert ? i2d_X509(cert, &der) : -1;
    if (size <= 0) {
        return {};
    }
    const QByteArray bytes(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return bytes;
}

KeyPtr privateKeyFromPem(const QByteArray &pem)
{
    BioPtr bio = readBio(pem);
    return KeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
}

std::optional<SealAlgorithm> algorithmOf(EVP_PKEY *key)
{
    if (!key) {
        return std::nullopt;
    }
    // OpenSSL 3 reads a key on the SM2 curve as an SM2 key (type "SM2"), from PEM and certificates.
    if (EVP_PKEY_is_a(key, "SM2")) {
        return SealAlgorithm::Sm2Sm3;
    }
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_is_a(key, "EC") && EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1) {
        const QByteArray name(group, qsizetype(length));
        if (name == "prime256v1" || name == "P-256" || name == "secp256r1") {
            return SealAlgorithm::EcdsaP256Sha256;
        }
    }
    return std::nullopt;
}

QByteArray sign(EVP_PKEY *key, SealAlgorithm algorithm, const QByteArray &data)
{
    MdContextPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr; // owned by `context`
    if (!context ||
        EVP_DigestSignInit_ex(context.get(), &keyContext, digestOf(algorithm), nullptr, nullptr, key,
                              nullptr) != 1 ||
        !prepare(keyContext, algorithm)) {
        return {};
    }
    size_t size = size_t(EVP_PKEY_get_size(key)); // the longest DER signature of this key
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) != 1) {
        return {};
    }
    signature.truncate(qsizetype(size));
    return signature;
}

bool verify(EVP_PKEY *key, SealAlgorithm algorithm, const QByteArray &data, const QByteArray &signature)
{
    MdContextPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr; // owned by `context`
    const bool valid =
        context &&
        EVP_DigestVerifyInit_ex(context.get(), &keyContext, digestOf(algorithm), nullptr, nullptr, key,
                                nullptr) == 1 &&
        prepare(keyContext, algorithm) &&
        EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
                         size_t(data.size())) == 1;
    ERR_clear_error(); // a signature that does not verify leaves its reason in the queue
    return valid;
}

QString serialHex(const X509 *cert)
{
    BIGNUM *number = cert ? ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr) : nullptr;
    if (!number) {
        return {};
    }
    char *hex = BN_bn2hex(number);
    const QString text = hex ? QString::fromLatin1(hex).toLower() : QString();
    OPENSSL_free(hex);
    BN_free(number);
    return text;
}

QString subjectLine(const X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!cert || !bio ||
        X509_NAME_print_ex(bio.get(), X509_get_subject_name(cert), 0,
                           XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? QString::fromUtf8(data, qsizetype(size)) : QString();
}

QString organisationalUnit(const X509 *cert)
{
    return onlyEntry(cert, NID_organizationalUnitName);
}

QString commonName(const X509 *cert)
{
    return onlyEntry(cert, NID_commonName);
}

QDateTime notBefore(const X509 *cert)
{
    return cert ? fromAsn1(X509_get0_notBefore(cert)) : QDateTime();
}

QDateTime notAfter(const X509 *cert)
{
    return cert ? fromAsn1(X509_get0_notAfter(cert)) : QDateTime();
}

} // namespace ow::security::seal
