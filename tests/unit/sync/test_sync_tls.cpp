// TLS set-up without a server: the CA bundle, the PKCS#12 import (right, wrong passphrase, not
// PKCS#12), a configuration that trusts only the registry CA, and the precise messages for each
// kind of certificate error. Test certificates are made with the openssl command.

#include "sync/ExchangeSettings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::sync;

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_openssl;

    bool openssl(const QStringList &arguments)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(m_openssl, arguments);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning() << "openssl" << arguments << p.readAllStandardError();
            return false;
        }
        return true;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty())
            QSKIP("the openssl command is not installed");
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                         QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=Test Registry CA")}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("w01.key"),
                         QStringLiteral("-out"), QStringLiteral("w01.csr"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=W01/OU=workstation/O=OneWindow Registry")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         QStringLiteral("w01.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                         QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                         QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("30"),
                         QStringLiteral("-out"), QStringLiteral("w01.pem")}));
        QVERIFY(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                         QStringLiteral("w01.key"), QStringLiteral("-in"), QStringLiteral("w01.pem"),
                         QStringLiteral("-certfile"), QStringLiteral("ca.pem"), QStringLiteral("-out"),
                         QStringLiteral("w01.p12"), QStringLiteral("-passout"),
                         QStringLiteral("pass:right horse")}));
        QFile junk(path(QStringLiteral("junk.p12")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a certificate\n");
    }

    void caBundle()
    {
        auto ca = TlsSetup::loadCaBundle(path(QStringLiteral("ca.pem")));
        QVERIFY(ca.ok());
        QCOMPARE(ca.value().size(), 1);
        QCOMPARE(TlsSetup::loadCaBundle(path(QStringLiteral("missing.pem"))).error().code,
                 QStringLiteral("tls.ca_bundle_missing"));
        QCOMPARE(TlsSetup::loadCaBundle(path(QStringLiteral("junk.p12"))).error().code,
                 QStringLiteral("tls.ca_bundle_invalid"));
    }

    void pkcs12Import()
    {
        auto identity =
            TlsSetup::importPkcs12(path(QStringLiteral("w01.p12")), QByteArrayLiteral("right horse"));
        QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message));
        QCOMPARE(identity.value().commonName(), QStringLiteral("W01"));
        QVERIFY(!identity.value().key.isNull());

        auto wrong =
            TlsSetup::importPkcs12(path(QStringLiteral("w01.p12")), QByteArrayLiteral("wrong horse"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QStringLiteral("tls.p12_wrong_passphrase"));
        QCOMPARE(wrong.error().kind, SyncErrorKind::Configuration);

        auto junk = TlsSetup::importPkcs12(path(QStringLiteral("junk.p12")), QByteArrayLiteral("x"));
        QCOMPARE(junk.error().code, QStringLiteral("tls.p12_not_pkcs12"));
        QVERIFY(junk.error().message.contains(QStringLiteral("junk.p12")));
        auto pem = TlsSetup::importPkcs12(path(QStringLiteral("ca.pem")), QByteArrayLiteral("x"));
        QCOMPARE(pem.error().code, QStringLiteral("tls.p12_not_pkcs12"));
        QCOMPARE(TlsSetup::importPkcs12(path(QStringLiteral("none.p12")), {}).error().code,
                 QStringLiteral("tls.p12_missing"));
    }

    void configurationTrustsOnlyTheRegistryCa()
    {
        ExchangeSettings settings;
        settings.url = QUrl(QStringLiteral("https://127.0.0.1:8443"));
        settings.caBundlePath = path(QStringLiteral("ca.pem"));
        settings.clientCertificatePath = path(QStringLiteral("w01.p12"));
        auto config = TlsSetup::fromSettings(settings, QByteArrayLiteral("right horse"));
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config.value().caCertificates().size(), 1);
        QCOMPARE(config.value().caCertificates().first().subjectInfo(QSslCertificate::CommonName).value(0),
                 QStringLiteral("Test Registry CA"));
        QCOMPARE(config.value().peerVerifyMode(), QSslSocket::VerifyPeer);
        QCOMPARE(config.value().localCertificate().subjectInfo(QSslCertificate::CommonName).value(0),
                 QStringLiteral("W01"));
        QVERIFY(!config.value().privateKey().isNull());

        settings.url = QUrl(QStringLiteral("http://127.0.0.1:8443"));
        QCOMPARE(TlsSetup::fromSettings(settings, QByteArrayLiteral("right horse")).error().code,
                 QStringLiteral("config.url"));
    }

    void settingsRoundTrip()
    {
        QSettings settings(path(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ExchangeSettings s;
        s.url = QUrl(QStringLiteral("https://exchange.example:9443"));
        s.caBundlePath = QStringLiteral("/etc/onewindow/ca.pem");
        s.clientCertificatePath = QStringLiteral("/var/lib/onewindow/w01.p12");
        s.timeoutMs = 12000;
        s.save(settings);
        const ExchangeSettings loaded = ExchangeSettings::load(settings);
        QCOMPARE(loaded.url, s.url);
        QCOMPARE(loaded.caBundlePath, s.caBundlePath);
        QCOMPARE(loaded.clientCertificatePath, s.clientCertificatePath);
        QCOMPARE(loaded.timeoutMs, 12000);
        QVERIFY(loaded.isComplete());
        QVERIFY(!ExchangeSettings().isComplete());
    }

    void sslErrorMessages_data()
    {
        QTest::addColumn<QList<int>>("kinds");
        QTest::addColumn<QString>("code");
        QTest::newRow("self-signed") << QList<int>{int(QSslError::SelfSignedCertificate)}
                                     << QStringLiteral("tls.untrusted_server");
        QTest::newRow("another CA") << QList<int>{int(QSslError::UnableToGetLocalIssuerCertificate),
                                                  int(QSslError::CertificateUntrusted)}
                                    << QStringLiteral("tls.untrusted_server");
        QTest::newRow("expired") << QList<int>{int(QSslError::CertificateExpired)}
                                 << QStringLiteral("tls.server_certificate_expired");
        QTest::newRow("not yet valid") << QList<int>{int(QSslError::CertificateNotYetValid)}
                                       << QStringLiteral("tls.server_certificate_not_yet_valid");
        QTest::newRow("host name") << QList<int>{int(QSslError::HostNameMismatch)}
                                   << QStringLiteral("tls.host_name_mismatch");
        QTest::newRow("expired beats host name")
            << QList<int>{int(QSslError::HostNameMismatch), int(QSslError::CertificateExpired)}
            << QStringLiteral("tls.server_certificate_expired");
        QTest::newRow("revoked") << QList<int>{int(QSslError::CertificateRevoked)}
                                 << QStringLiteral("tls.server_certificate_revoked");
        QTest::newRow("other") << QList<int>{int(QSslError::CertificateSignatureFailed)}
                               << QStringLiteral("tls.invalid_server_certificate");
    }

    void sslErrorMessages()
    {
        QFETCH(QList<int>, kinds);
        QFETCH(QString, code);
        const QSslCertificate cert = QSslCertificate::fromPath(path(QStringLiteral("w01.pem"))).value(0);
        QList<QSslError> errors;
        for (int kind : kinds)
            errors << QSslError(QSslError::SslError(kind), cert);
        const SyncError error = SyncErrors::fromSslErrors(errors);
        QCOMPARE(error.code, code);
        QCOMPARE(error.kind, SyncErrorKind::Tls);
        QVERIFY(!error.retryable);
        QVERIFY(error.message.contains(QStringLiteral("Nothing was sent")));
        QVERIFY(!error.detail.isEmpty());
    }

    void handshakeRefusedByTheServer()
    {
        const SyncError error =
            SyncErrors::fromNetwork(QNetworkReply::SslHandshakeFailedError, QStringLiteral("alert"), {});
        QCOMPARE(error.code, QStringLiteral("tls.handshake_failed"));
        QCOMPARE(error.kind, SyncErrorKind::Tls);
        // TLS 1.3: the refusal arrives as an alert after the handshake, reported as a read error.
        const SyncError required = SyncErrors::fromNetwork(
            QNetworkReply::UnknownNetworkError,
            QStringLiteral(
                "Error while reading: error:0A00045C:SSL routines::tlsv13 alert certificate required"),
            {});
        QCOMPARE(required.code, QStringLiteral("tls.client_certificate_required"));
        QCOMPARE(required.kind, SyncErrorKind::Tls);
        QVERIFY(!required.retryable);
        const SyncError unknown = SyncErrors::fromNetwork(QNetworkReply::RemoteHostClosedError,
                                                          QStringLiteral("sslv3 alert bad certificate"), {});
        QCOMPARE(unknown.code, QStringLiteral("tls.handshake_failed"));
        QCOMPARE(
            SyncErrors::fromNetwork(QNetworkReply::RemoteHostClosedError, QStringLiteral("closed"), {}).code,
            QStringLiteral("net.closed"));
    }

    // Without a workstation certificate the exchange always refuses; whether the client reads its
    // alert before it notices the close depends on timing, so a close then says the same.
    void closedWithoutClientCertificate_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("errorString");
        QTest::addColumn<bool>("withCertificate");
        QTest::addColumn<QString>("code");
        QTest::newRow("alert, no certificate")
            << int(QNetworkReply::UnknownNetworkError)
            << QStringLiteral(
                   "Error while reading: error:0A00045C:SSL routines::tlsv13 alert certificate required")
            << false << QStringLiteral("tls.client_certificate_required");
        QTest::newRow("closed before the alert, no certificate")
            << int(QNetworkReply::RemoteHostClosedError) << QStringLiteral("Connection closed") << false
            << QStringLiteral("tls.client_certificate_required");
        QTest::newRow("handshake ended, no certificate")
            << int(QNetworkReply::SslHandshakeFailedError) << QStringLiteral("Remote host closed") << false
            << QStringLiteral("tls.client_certificate_required");
        QTest::newRow("bad certificate alert, no certificate")
            << int(QNetworkReply::RemoteHostClosedError) << QStringLiteral("sslv3 alert bad certificate")
            << false << QStringLiteral("tls.client_certificate_required");
        QTest::newRow("closed, with a certificate")
            << int(QNetworkReply::RemoteHostClosedError) << QStringLiteral("Connection closed") << true
            << QStringLiteral("net.closed");
        QTest::newRow("handshake ended, with a certificate")
            << int(QNetworkReply::SslHandshakeFailedError) << QStringLiteral("Remote host closed") << true
            << QStringLiteral("tls.handshake_failed");
        QTest::newRow("refused, no certificate")
            << int(QNetworkReply::ConnectionRefusedError) << QStringLiteral("Connection refused") << false
            << QStringLiteral("net.refused");
        QTest::newRow("timeout, no certificate")
            << int(QNetworkReply::TimeoutError) << QStringLiteral("Socket operation timed out") << false
            << QStringLiteral("net.timeout");
    }

    void closedWithoutClientCertificate()
    {
        QFETCH(int, error);
        QFETCH(QString, errorString);
        QFETCH(bool, withCertificate);
        QFETCH(QString, code);
        const SyncError e =
            SyncErrors::fromNetwork(QNetworkReply::NetworkError(error), errorString, {}, withCertificate);
        QCOMPARE(e.code, code);
        QCOMPARE(e.kind, code.startsWith(u"tls.") ? SyncErrorKind::Tls : SyncErrorKind::Network);
        QCOMPARE(e.retryable, !code.startsWith(u"tls."));
        if (code.startsWith(u"tls."))
            QVERIFY(e.message.contains(QStringLiteral("Nothing was sent")));
        QCOMPARE(e.detail, errorString);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "test_sync_tls.moc"
