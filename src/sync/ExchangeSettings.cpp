#include "ExchangeSettings.h"

#include "SyncLog.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <openssl/bio.h>
#include <openssl/pkcs12.h>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace {
const QString UrlKey = u"exchange/url"_s;
const QString CaKey = u"exchange/caBundle"_s;
const QString CertKey = u"exchange/clientCertificate"_s;
const QString TimeoutKey = u"exchange/timeoutMs"_s;
constexpr qint64 MaxCertificateFileBytes = 1024 * 1024;

SyncError configError(const QString &code, const QString &message)
{
    return SyncErrors::make(SyncErrorKind::Configuration, code, message, false);
}
} // namespace

ExchangeSettings ExchangeSettings::load(QSettings &settings)
{
    ExchangeSettings s;
    const QString url = settings.value(UrlKey).toString();
    if (!url.isEmpty())
        s.url = QUrl(url);
    s.caBundlePath = settings.value(CaKey).toString();
    s.clientCertificatePath = settings.value(CertKey).toString();
    s.timeoutMs = settings.value(TimeoutKey, s.timeoutMs).toInt();
    return s;
}

void ExchangeSettings::save(QSettings &settings) const
{
    settings.setValue(UrlKey, url.toString());
    settings.setValue(CaKey, caBundlePath);
    settings.setValue(CertKey, clientCertificatePath);
    settings.setValue(TimeoutKey, timeoutMs);
}

bool ExchangeSettings::isComplete() const
{
    return url.isValid() && url.scheme() == u"https"_s && !caBundlePath.isEmpty() &&
           !clientCertificatePath.isEmpty();
}

QString ClientIdentity::commonName() const
{
    return certificate.subjectInfo(QSslCertificate::CommonName).value(0);
}

Result<QList<QSslCertificate>, SyncError> TlsSetup::loadCaBundle(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return configError(u"tls.ca_bundle_missing"_s,
                           tr("The CA bundle %1 cannot be read. Choose the registry CA file in the settings.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    const QByteArray data = file.read(MaxCertificateFileBytes + 1);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (data.size() > MaxCertificateFileBytes || certificates.isEmpty()) {
        return configError(u"tls.ca_bundle_invalid"_s,
                           tr("The file %1 holds no CA certificate (PEM or DER expected).")
                               .arg(QDir::toNativeSeparators(path)));
    }
    return certificates;
}

Result<ClientIdentity, SyncError> TlsSetup::importPkcs12(const QString &path, const QByteArray &passphrase)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return configError(u"tls.p12_missing"_s,
                           tr("The workstation certificate %1 cannot be read. Import the PKCS#12 file issued "
                              "for this workstation.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    const QByteArray data = file.read(MaxCertificateFileBytes + 1);
    if (data.size() > MaxCertificateFileBytes) {
        return configError(u"tls.p12_not_pkcs12"_s,
                           tr("The file %1 is not a PKCS#12 certificate file (.p12 or .pfx).")
                               .arg(QDir::toNativeSeparators(path)));
    }
    auto result = importPkcs12Data(data, passphrase);
    if (!result && result.error().code == u"tls.p12_not_pkcs12"_s) {
        return configError(u"tls.p12_not_pkcs12"_s,
                           tr("The file %1 is not a PKCS#12 certificate file (.p12 or .pfx).")
                               .arg(QDir::toNativeSeparators(path)));
    }
    return result;
}

Result<ClientIdentity, SyncError> TlsSetup::importPkcs12Data(const QByteArray &data,
                                                             const QByteArray &passphrase)
{
    // QSslCertificate::importPkcs12 says only "false" for both a wrong passphrase and a file that
    // is not PKCS#12; OpenSSL tells them apart (the structure, then the MAC over it).
    {
        BIO *bio = BIO_new_mem_buf(data.constData(), int(data.size()));
        PKCS12 *p12 = bio ? d2i_PKCS12_bio(bio, nullptr) : nullptr;
        BIO_free(bio);
        if (!p12) {
            return configError(u"tls.p12_not_pkcs12"_s,
                               tr("The file is not a PKCS#12 certificate file (.p12 or .pfx)."));
        }
        const bool macOk = PKCS12_verify_mac(p12, passphrase.constData(), int(passphrase.size())) == 1 ||
                           (passphrase.isEmpty() && PKCS12_verify_mac(p12, nullptr, 0) == 1);
        PKCS12_free(p12);
        if (!macOk) {
            return configError(u"tls.p12_wrong_passphrase"_s,
                               tr("The passphrase of the workstation certificate is wrong."));
        }
    }
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ClientIdentity identity;
    if (!QSslCertificate::importPkcs12(&buffer, &identity.key, &identity.certificate, &identity.chain,
                                       passphrase) ||
        identity.certificate.isNull() || identity.key.isNull()) {
        return configError(u"tls.p12_unusable"_s,
                           tr("The PKCS#12 file opens, but holds no usable certificate and private key."));
    }
    qCInfo(lcSyncTls) << "workstation certificate" << identity.commonName() << "valid until"
                      << identity.certificate.expiryDate();
    return identity;
}

QSslConfiguration TlsSetup::configuration(const QList<QSslCertificate> &caCertificates,
                                          const std::optional<ClientIdentity> &identity)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // Replaces the system store and turns off on-demand loading of system roots: only the
    // registry CA is trusted (pinning).
    config.setCaCertificates(caCertificates);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (identity) {
        config.setLocalCertificate(identity->certificate);
        config.setPrivateKey(identity->key);
    }
    return config;
}

Result<QSslConfiguration, SyncError> TlsSetup::fromSettings(const ExchangeSettings &settings,
                                                            const QByteArray &passphrase)
{
    if (!settings.url.isValid() || settings.url.scheme() != u"https"_s) {
        return configError(
            u"config.url"_s,
            tr("The exchange address must start with https:// (it is \"%1\").").arg(settings.url.toString()));
    }
    auto ca = loadCaBundle(settings.caBundlePath);
    if (!ca)
        return ca.error();
    std::optional<ClientIdentity> identity;
    if (!settings.clientCertificatePath.isEmpty()) {
        auto imported = importPkcs12(settings.clientCertificatePath, passphrase);
        if (!imported)
            return imported.error();
        identity = imported.value();
    }
    return configuration(ca.value(), identity);
}

} // namespace ow::sync
