#pragma once

#include <QDir>
#include <QString>

namespace ow::exchange {

// The files of an exchange directory made by `onewindow-exchange init --dir D`.
// Keys are written 0600; certificates and the CA bundle may be handed out.
struct ExchangePaths
{
    explicit ExchangePaths(const QString &dir) : root(QDir(dir).absolutePath()) {}

    QString root;
    QString file(const QString &name) const { return root + QLatin1Char('/') + name; }

    QString caKey() const { return file(QStringLiteral("ca.key")); }
    QString caCert() const { return file(QStringLiteral("ca.crt")); } // the CA bundle clients trust
    QString serverKey() const { return file(QStringLiteral("server.key")); }
    QString serverCert() const { return file(QStringLiteral("server.crt")); }
    QString portalKey() const { return file(QStringLiteral("portal.key")); }
    QString portalCert() const { return file(QStringLiteral("portal.crt")); }
    QString signingKey() const { return file(QStringLiteral("authority-signing.key")); }
    QString signingPublicKey() const { return file(QStringLiteral("authority-signing.pub")); }
    // The signing key's certificate from the CA (OU=authority): what a licence's QR code carries.
    QString signingCert() const { return file(QStringLiteral("authority-signing.crt")); }
    // The public lookup's certificate and key (a publicly trusted one, put there by the office's IT);
    // without them the lookup uses the server certificate.
    QString publicKey() const { return file(QStringLiteral("public.key")); }
    QString publicCert() const { return file(QStringLiteral("public.crt")); }
    QString database() const { return file(QStringLiteral("exchange.sqlite")); } // the default store
    // Written by `init --database postgresql://…`: the store is that database instead.
    QString storeConfig() const { return file(QStringLiteral("store.conf")); }
};

} // namespace ow::exchange
