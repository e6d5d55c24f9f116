// The onewindow-exchange command as an administrator runs it: init, enrol, users, revoke, serve.
#include "exchange/ExchangePaths.h"
#include "protocol/ErrorCodes.h"
#include "support/ExchangeFixture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using Fixture = ow::test::ExchangeFixture;

class ExchangeAdminTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_dir;
    Fixture m_database;         // PostgreSQL (OW_EXCHANGE_BACKEND=postgres): an empty database for init
    QStringList m_storeOptions; // init's --database options, or none for SQLite

    using Run = ow::test::CommandRun;

    static Run run(const QStringList &args)
    {
        return ow::test::runCommand(QStringLiteral(OW_EXCHANGE_BINARY), args);
    }

    QString secretFile(const QString &name, const QString &content)
    {
        const QString path = m_temp.path() + QLatin1Char('/') + name;
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content.toUtf8() + '\n');
        return path;
    }

    static bool ownerOnly(const QString &path)
    {
        const QFile::Permissions p = QFileInfo(path).permissions();
        return (p & (QFile::ReadOwner | QFile::WriteOwner)) &&
               !(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        m_dir = m_temp.path() + QStringLiteral("/exchange");
        if (m_database.backend() == Fixture::Backend::Postgres) {
            QString url;
            QString passwordFile;
            QString error;
            QVERIFY2(m_database.createEmptyDatabase(&url, &passwordFile, &error), qPrintable(error));
            m_storeOptions = {QStringLiteral("--database"), url};
            if (!passwordFile.isEmpty())
                m_storeOptions << QStringLiteral("--database-password-file") << passwordFile;
        }
        qInfo("store: %s", m_storeOptions.isEmpty() ? "SQLite" : qPrintable(m_storeOptions.at(1)));
    }

    void initMakesPkiAndStore()
    {
        const Run r =
            run(QStringList{QStringLiteral("init"), QStringLiteral("--dir"), m_dir} + m_storeOptions);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const ow::exchange::ExchangePaths paths(m_dir);
        for (const QString &key : {paths.caKey(), paths.serverKey(), paths.signingKey(), paths.portalKey()}) {
            QVERIFY2(ownerOnly(key), qPrintable(key));
        }
        // Every file of the data folder, certificates included (they are handed out by copying).
        QDirIterator files(m_dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(ownerOnly(file), qPrintable(file));
            ++checked;
        }
        QVERIFY(checked >= 8);
        // The store: the directory's SQLite file, or the PostgreSQL database recorded in store.conf.
        QCOMPARE(QFileInfo::exists(paths.database()), m_storeOptions.isEmpty());
        QCOMPARE(QFileInfo::exists(paths.storeConfig()), !m_storeOptions.isEmpty());
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(paths.caCert());
        QCOMPARE(ca.size(), 1);
        QVERIFY(ca.first().isSelfSigned());
        QCOMPARE(ca.first().publicKey().algorithm(), QSsl::Ec);
        const QList<QSslCertificate> server = QSslCertificate::fromPath(paths.serverCert());
        QCOMPARE(server.size(), 1);
        const auto names = server.first().subjectAlternativeNames();
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(server.first().issuerDisplayName().contains(QStringLiteral("OneWindow Registry CA")));
        const QList<QSslCertificate> portal = QSslCertificate::fromPath(paths.portalCert());
        QCOMPARE(portal.first().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("portal")});
        QCOMPARE(portal.first().subjectInfo(QSslCertificate::OrganizationalUnitName),
                 QStringList{QStringLiteral("service")});
        // Never over an existing CA.
        const Run again = run({QStringLiteral("init"), QStringLiteral("--dir"), m_dir});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("pki.exists")));
    }

    void enrolIssuesPkcs12()
    {
        const QString pass = secretFile(QStringLiteral("pass"), QStringLiteral("correct horse"));
        const QString out = m_temp.path() + QStringLiteral("/W01.p12");
        const Run r =
            run({QStringLiteral("enrol"), QStringLiteral("--dir"), m_dir, QStringLiteral("--workstation"),
                 QStringLiteral("W01"), QStringLiteral("--authority"), QStringLiteral("140105"),
                 QStringLiteral("--out"), out, QStringLiteral("--passphrase-file"), pass});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(ownerOnly(out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSslKey key;
        QSslCertificate cert;
        QList<QSslCertificate> chain;
        QVERIFY(!QSslCertificate::importPkcs12(&file, &key, &cert, &chain, "wrong passphrase"));
        file.seek(0);
        QVERIFY(QSslCertificate::importPkcs12(&file, &key, &cert, &chain, "correct horse"));
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("W01")});
        QCOMPARE(cert.subjectInfo(QSslCertificate::OrganizationalUnitName),
                 QStringList{QStringLiteral("workstation")});
        QCOMPARE(cert.subjectInfo(QSslCertificate::Organization),
                 QStringList{QStringLiteral("OneWindow Registry")});
        QCOMPARE(chain.size(), 1);
        QVERIFY(r.out.contains(QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex())));

        const Run bad =
            run({QStringLiteral("enrol"), QStringLiteral("--dir"), m_dir, QStringLiteral("--workstation"),
                 QStringLiteral("W 01"), QStringLiteral("--authority"), QStringLiteral("140105"),
                 QStringLiteral("--out"), out, QStringLiteral("--passphrase-file"), pass});
        QCOMPARE(bad.exitCode, 1);
        // A workstation belongs to a registration authority that exists, and says which.
        const QString out2 = m_temp.path() + QStringLiteral("/W02.p12");
        const Run noAuthority =
            run({QStringLiteral("enrol"), QStringLiteral("--dir"), m_dir, QStringLiteral("--workstation"),
                 QStringLiteral("W02"), QStringLiteral("--out"), out2, QStringLiteral("--passphrase-file"),
                 pass});
        QCOMPARE(noAuthority.exitCode, 2);
        QVERIFY2(noAuthority.err.contains(QStringLiteral("--authority is required")),
                 qPrintable(noAuthority.err));
        const Run noSuchAuthority =
            run({QStringLiteral("enrol"), QStringLiteral("--dir"), m_dir, QStringLiteral("--workstation"),
                 QStringLiteral("W02"), QStringLiteral("--authority"), QStringLiteral("140199"),
                 QStringLiteral("--out"), out2, QStringLiteral("--passphrase-file"), pass});
        QCOMPARE(noSuchAuthority.exitCode, 1);
        QVERIFY2(noSuchAuthority.err.contains(QStringLiteral("admin.invalid")),
                 qPrintable(noSuchAuthority.err));
        QVERIFY(!QFile::exists(out2));
        const Run list =
            run({QStringLiteral("workstation"), QStringLiteral("list"), QStringLiteral("--dir"), m_dir});
        QVERIFY2(list.out.contains(QStringLiteral("\t140105\n")), qPrintable(list.out));
    }

    void users()
    {
        const QString pw = secretFile(QStringLiteral("pw"), QStringLiteral("Counter#2026"));
        Run r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--dir"), m_dir,
                     QStringLiteral("--id"), QStringLiteral("clerk01"), QStringLiteral("--name"),
                     QStringLiteral("张丽"), QStringLiteral("--role"), QStringLiteral("clerk"),
                     QStringLiteral("--authority"), QStringLiteral("140105"),
                     QStringLiteral("--password-file"), pw});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The provincial scope is the province's code; a code that names no division is refused.
        r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--dir"), m_dir,
                 QStringLiteral("--id"), QStringLiteral("prov01"), QStringLiteral("--name"),
                 QStringLiteral("刘省"), QStringLiteral("--role"), QStringLiteral("supervisor"),
                 QStringLiteral("--authority"), QStringLiteral("140000"), QStringLiteral("--password-file"),
                 pw});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--dir"), m_dir,
                 QStringLiteral("--id"), QStringLiteral("nowhere"), QStringLiteral("--name"),
                 QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("clerk"),
                 QStringLiteral("--authority"), QStringLiteral("14010"), QStringLiteral("--password-file"),
                 pw});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("registration authority")), qPrintable(r.err));
        r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--dir"), m_dir,
                 QStringLiteral("--id"), QStringLiteral("boss"), QStringLiteral("--name"),
                 QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("emperor"),
                 QStringLiteral("--authority"), QStringLiteral("140105"), QStringLiteral("--password-file"),
                 pw});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--dir"), m_dir});
        QVERIFY(r.out.contains(QStringLiteral("clerk01\tclerk\tactive\t张丽\t140105")));
        QVERIFY(r.out.contains(QStringLiteral("prov01\tsupervisor\tactive\t刘省\t140000")));
        QVERIFY(!r.out.contains(QStringLiteral("nowhere")));
        QVERIFY(!r.out.contains(QStringLiteral("scrypt")));
        r = run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--dir"), m_dir,
                 QStringLiteral("--id"), QStringLiteral("clerk01")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--dir"), m_dir});
        QVERIFY(r.out.contains(QStringLiteral("clerk01\tclerk\tdisabled")));
        // Unlocking (after wrong passwords at the exchange) names a user that exists.
        r = run({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("--dir"), m_dir,
                 QStringLiteral("--id"), QStringLiteral("clerk01")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Unlocked clerk01")), qPrintable(r.err));
        r = run({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("--dir"), m_dir,
                 QStringLiteral("--id"), QStringLiteral("nobody")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nobody")), qPrintable(r.err));
        r = run({QStringLiteral("user"), QStringLiteral("frobnicate"), QStringLiteral("--dir"), m_dir});
        QCOMPARE(r.exitCode, 2);
    }

    void serveAnswersAndStopsOnSigterm()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const int port = probe.serverPort();
        probe.close();
        QProcess server;
        server.start(QStringLiteral(OW_EXCHANGE_BINARY),
                     {QStringLiteral("serve"), QStringLiteral("--dir"), m_dir, QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--public-port"),
                      QStringLiteral("0")});
        QVERIFY(server.waitForStarted());
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (!output.contains("Listening") && server.state() == QProcess::Running &&
               waited.elapsed() < 20000) {
            server.waitForReadyRead(200);
            output += server.readAllStandardOutput();
        }
        QVERIFY2(output.contains("Listening"), server.readAllStandardError().constData());
        const QSslConfiguration ssl = Fixture::sslFromPkcs12(m_temp.path() + QStringLiteral("/W01.p12"),
                                                             QStringLiteral("correct horse"),
                                                             ow::exchange::ExchangePaths(m_dir).caCert());
        const QUrl health(QStringLiteral("https://127.0.0.1:%1").arg(port) +
                          ow::protocol::path(ow::protocol::Endpoint::Health));
        QCOMPARE(Fixture::call(ssl, "GET", health).status, 200);

        const Run revoked = run({QStringLiteral("revoke"), QStringLiteral("--dir"), m_dir,
                                 QStringLiteral("--workstation"), QStringLiteral("W01")});
        QCOMPARE(revoked.exitCode, 0);
        const Fixture::Reply refused = Fixture::call(ssl, "GET", health);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("tls.certificate_revoked"));
        const Run list =
            run({QStringLiteral("workstation"), QStringLiteral("list"), QStringLiteral("--dir"), m_dir});
        QVERIFY(list.out.contains(QStringLiteral("W01\tworkstation\trevoked")));

        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(20000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);

        // The support desk looks the refused request up by the id the clerk reads out; stopping
        // the server wrote the log's last batch.
        QVERIFY(!refused.requestId.isEmpty());
        const Run found = run({QStringLiteral("log"), QStringLiteral("--dir"), m_dir,
                               QStringLiteral("--request"), refused.requestId});
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        QVERIFY2(found.out.contains(refused.requestId + u'\t' +
                                    ow::protocol::describe(ow::protocol::Endpoint::Health) + u'\t' +
                                    QString::number(401) + u'\t' +
                                    ow::protocol::errors::TlsCertificateRevoked + QStringLiteral("\tW01")),
                 qPrintable(found.out));
        QCOMPARE(found.out.count(QLatin1Char('\n')), 1);
        const Run recent =
            run({QStringLiteral("log"), QStringLiteral("--dir"), m_dir, QStringLiteral("--workstation"),
                 QStringLiteral("W01"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(recent.exitCode, 0);
        QCOMPARE(recent.out.count(QLatin1Char('\n')), 2); // the health check, then the refusal
        QVERIFY(recent.out.indexOf(QStringLiteral("\t401\t")) <
                recent.out.indexOf(QStringLiteral("\t200\t")));
        const Run future = run({QStringLiteral("log"), QStringLiteral("--dir"), m_dir,
                                QStringLiteral("--since"), QStringLiteral("2099-01-01T00:00")});
        QCOMPARE(future.exitCode, 0);
        QVERIFY(future.out.isEmpty());
        const Run missing = run({QStringLiteral("log"), QStringLiteral("--dir"), m_dir,
                                 QStringLiteral("--request"), QStringLiteral("no-such-request")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no-such-request")));
        QCOMPARE(run({QStringLiteral("log"), QStringLiteral("--dir"), m_dir, QStringLiteral("--since"),
                      QStringLiteral("yesterday")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(ExchangeAdminTest)
#include "test_exchange_admin.moc"
