#pragma once

#include "SyncError.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace ow::sync {

// Where the exchange is and what this workstation trusts and presents. One typed class; the
// QSettings keys live only in ExchangeSettings.cpp. Secrets (the PKCS#12 passphrase) are not
// here: they are in the SecretStore.
struct ExchangeSettings
{
    QUrl url = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    QString caBundlePath;          // PEM file with the registry CA (the only CA trusted)
    QString clientCertificatePath; // the workstation's PKCS#12 file
    int timeoutMs = 30000;         // per request, without progress

    static ExchangeSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    bool isComplete() const;
};

// The workstation's certificate and key, from its PKCS#12 file.
struct ClientIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> chain;

    QString commonName() const; // the workstation code, e.g. "W01"
};

// The TLS side: the CA bundle, the PKCS#12 import, and the QSslConfiguration that trusts only
// the configured CA. Errors are SyncError with kind Configuration and a translated message.
class TlsSetup
{
    Q_DECLARE_TR_FUNCTIONS(TlsSetup)
public:
    static Result<QList<QSslCertificate>, SyncError> loadCaBundle(const QString &path);
    // Error codes: tls.p12_missing, tls.p12_not_pkcs12, tls.p12_wrong_passphrase, tls.p12_unusable.
    static Result<ClientIdentity, SyncError> importPkcs12(const QString &path, const QByteArray &passphrase);
    static Result<ClientIdentity, SyncError> importPkcs12Data(const QByteArray &data,
                                                              const QByteArray &passphrase);
    // Trusts `caCertificates` only (never the system store), verifies the peer, TLS 1.2 or newer,
    // and presents `identity` when given.
    static QSslConfiguration configuration(const QList<QSslCertificate> &caCertificates,
                                           const std::optional<ClientIdentity> &identity);
    // loadCaBundle + importPkcs12 + configuration.
    static Result<QSslConfiguration, SyncError> fromSettings(const ExchangeSettings &settings,
                                                             const QByteArray &passphrase);
};

} // namespace ow::sync
