// The licence seal as an administrator meets it: `init` makes the authority's signing key and
// certificate (SM2, or ECDSA with --signing ecdsa), an old directory gets its certificate from
// Pki::ensureSigningCertificate, and `verify-licence` judges QR texts through the real binary.
#include "exchange/ExchangeAdmin.h"
#include "exchange/ExchangePaths.h"
#include "exchange/Pki.h"
#include "security/LicenceSeal.h"
#include "support/ExchangeFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ow;
using security::LicenceEssentials;
using security::LicenceSeal;
using security::SealAlgorithm;
using security::SealCheck;

namespace {

const QString Prefix = QStringLiteral("https://www.gsxt.gov.cn/lookup?code=");

using Run = test::CommandRun;

Run run(const QStringList &args, const QByteArray &input = {})
{
    return test::runCommand(QStringLiteral(OW_EXCHANGE_BINARY), args, input);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

LicenceEssentials essentials(bool provisional = false)
{
    LicenceEssentials e;
    e.creditCode = QStringLiteral("91330100716105852F");
    e.name = QStringLiteral("太原鑫源商贸有限公司");
    e.entityType = QStringLiteral("有限责任公司(自然人投资或控股)");
    e.legalRepresentative = QStringLiteral("王建国");
    e.registeredCapital = QStringLiteral("伍佰万元人民币");
    e.domicile = QStringLiteral("山西省太原市小店区长治路227号");
    e.authorityName = QStringLiteral("太原市小店区市场监督管理局");
    e.establishedOn = e.issuedOn = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
    e.sheetNumber = QStringLiteral("A140105000123");
    e.provisional = provisional;
    return e;
}

// A licence sealed with the signing key and certificate of an exchange directory.
QByteArray sealWith(const exchange::ExchangePaths &paths, const LicenceEssentials &e = essentials())
{
    const auto text =
        LicenceSeal::seal(e, readFile(paths.signingKey()), readFile(paths.signingCert()), Prefix);
    return text ? text.value() : QByteArray();
}

bool ownerOnly(const QString &path)
{
    const QFile::Permissions p = QFileInfo(path).permissions();
    return (p & QFile::ReadOwner) &&
           !(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
}

} // namespace

class LicenceSealCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_sm2Dir;
    QString m_ecdsaDir;

    QString path(const QString &name) const { return m_temp.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        m_sm2Dir = path(QStringLiteral("sm2"));
        m_ecdsaDir = path(QStringLiteral("ecdsa"));
    }

    void initSignsWithSm2ByDefault()
    {
        const Run r = run({QStringLiteral("init"), QStringLiteral("--dir"), m_sm2Dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const exchange::ExchangePaths paths(m_sm2Dir);
        QVERIFY(ownerOnly(paths.signingKey()));
        QVERIFY(ownerOnly(paths.signingCert()));
        QVERIFY(ownerOnly(paths.signingPublicKey()));
        QVERIFY(readFile(paths.signingPublicKey()).startsWith("-----BEGIN PUBLIC KEY-----"));
        const SealCheck check = LicenceSeal::verify(sealWith(paths), readFile(paths.caCert()));
        QVERIFY2(check.verdict == SealCheck::Verdict::Valid, qPrintable(check.reason));
        QVERIFY(check.algorithm == SealAlgorithm::Sm2Sm3);
        // The certificate as Qt reads it: the CA's, the authority's, for signatures only.
        const QList<QSslCertificate> cert = QSslCertificate::fromPath(paths.signingCert());
        QCOMPARE(cert.size(), 1);
        QCOMPARE(cert.first().subjectInfo(QSslCertificate::OrganizationalUnitName),
                 QStringList{QStringLiteral("authority")});
        QCOMPARE(cert.first().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QString::fromLatin1(exchange::Pki::SigningCommonName)});
        QVERIFY(cert.first().issuerDisplayName().contains(QStringLiteral("OneWindow Registry CA")));
        QVERIFY(cert.first().expiryDate() > QDateTime::currentDateTimeUtc().addDays(3640));
    }

    void initSigningEcdsa()
    {
        const Run r = run({QStringLiteral("init"), QStringLiteral("--dir"), m_ecdsaDir,
                           QStringLiteral("--signing"), QStringLiteral("ecdsa")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const exchange::ExchangePaths paths(m_ecdsaDir);
        QVERIFY(ownerOnly(paths.signingKey()));
        const SealCheck check = LicenceSeal::verify(sealWith(paths), readFile(paths.caCert()));
        QVERIFY2(check.verdict == SealCheck::Verdict::Valid, qPrintable(check.reason));
        QVERIFY(check.algorithm == SealAlgorithm::EcdsaP256Sha256);
        QCOMPARE(QSslCertificate::fromPath(paths.signingCert()).first().publicKey().algorithm(), QSsl::Ec);

        const QString refused = path(QStringLiteral("rsa"));
        const Run bad = run({QStringLiteral("init"), QStringLiteral("--dir"), refused,
                             QStringLiteral("--signing"), QStringLiteral("rsa")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--signing")));
        QVERIFY(!QFileInfo::exists(refused));
    }

    void oldDirectoryGetsItsCertificate()
    {
        // What init made before the certificate existed: a P-256 signing key and its .pub only.
        const exchange::ExchangePaths paths(path(QStringLiteral("old")));
        QVERIFY(exchange::Pki::initialise(paths, {}, SealAlgorithm::EcdsaP256Sha256).ok());
        const QByteArray key = readFile(paths.signingKey());
        QVERIFY(QFile::remove(paths.signingCert()));
        QVERIFY(QFile::remove(paths.signingPublicKey()));
        QVERIFY(sealWith(paths).isEmpty());

        const auto ensured = exchange::Pki::ensureSigningCertificate(paths);
        QVERIFY2(ensured.ok(), qPrintable(ensured.ok() ? QString() : ensured.error().message));
        QVERIFY(ownerOnly(paths.signingCert()));
        QVERIFY(readFile(paths.signingPublicKey()).startsWith("-----BEGIN PUBLIC KEY-----"));
        QCOMPARE(readFile(paths.signingKey()), key); // the same key, now with its certificate
        const SealCheck check = LicenceSeal::verify(sealWith(paths), readFile(paths.caCert()));
        QVERIFY2(check.verdict == SealCheck::Verdict::Valid, qPrintable(check.reason));
        QVERIFY(check.algorithm == SealAlgorithm::EcdsaP256Sha256);

        // Idempotent: a second call changes nothing.
        const QByteArray cert = readFile(paths.signingCert());
        QVERIFY(exchange::Pki::ensureSigningCertificate(paths).ok());
        QCOMPARE(readFile(paths.signingCert()), cert);

        // Another key's certificate is not taken for this one's, and without a key there is nothing to
        // certify.
        QVERIFY(QFile::remove(paths.signingCert()));
        QVERIFY(writeFile(paths.signingCert(), readFile(exchange::ExchangePaths(m_sm2Dir).signingCert())));
        const auto mismatch = exchange::Pki::ensureSigningCertificate(paths);
        QVERIFY(!mismatch.ok());
        QCOMPARE(mismatch.error().code, QStringLiteral("pki.signing_mismatch"));
        QVERIFY(QFile::remove(paths.signingKey()));
        const auto missing = exchange::Pki::ensureSigningCertificate(paths);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("pki.missing_file"));
    }

    void verifyLicence()
    {
        const exchange::ExchangePaths paths(m_sm2Dir);
        const QByteArray text = sealWith(paths);
        QVERIFY(!text.isEmpty());
        Run r = run(
            {QStringLiteral("verify-licence"), QStringLiteral("--dir"), m_sm2Dir, QString::fromLatin1(text)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Verdict: valid")));
        QVERIFY(r.out.contains(QStringLiteral("SM2 with SM3")));
        QVERIFY(r.out.contains(QStringLiteral("Name:                   太原鑫源商贸有限公司")));
        QVERIFY(r.out.contains(QStringLiteral("Credit code:            91330100716105852F")));
        QVERIFY(r.out.contains(QStringLiteral("Provisional:            no")));

        const QString file = path(QStringLiteral("licence.txt"));
        QVERIFY(writeFile(file, text + "\n"));
        r = run({QStringLiteral("verify-licence"), QStringLiteral("--ca"), paths.caCert(),
                 QStringLiteral("--file"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = run({QStringLiteral("verify-licence"), QStringLiteral("--ca"), paths.caCert()}, text + "\r\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        QByteArray altered = text;
        const qsizetype at = altered.indexOf("#OWL1.") + 20;
        altered[at] = altered.at(at) == 'A' ? 'B' : 'A';
        r = run({QStringLiteral("verify-licence"), QStringLiteral("--dir"), m_sm2Dir,
                 QString::fromLatin1(altered)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("Verdict: altered")));
        r = run(
            {QStringLiteral("verify-licence"), QStringLiteral("--dir"), m_sm2Dir, QStringLiteral("hello")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("Verdict: malformed")));
        r = run({QStringLiteral("verify-licence"), QStringLiteral("--dir"), m_ecdsaDir,
                 QString::fromLatin1(text)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("Verdict: unknown key")));
        QVERIFY(r.out.contains(QStringLiteral("not to be trusted")));
        r = run({QStringLiteral("verify-licence"), QStringLiteral("--dir"), m_sm2Dir,
                 QStringLiteral("--revoked-code"), QStringLiteral("91330100716105852F"),
                 QString::fromLatin1(text)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("Verdict: revoked")));

        // revoke-licence: a licence this exchange did not issue, and a date that is no date, are refused
        // with what is wrong; nothing is revoked.
        r = run({QStringLiteral("revoke-licence"), QStringLiteral("--dir"), m_sm2Dir,
                 QStringLiteral("--code"), QStringLiteral("91330100716105852F"), QStringLiteral("--decision"),
                 QStringLiteral("晋市监罚〔2026〕1号")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("91330100716105852F")), qPrintable(r.err));
        r = run({QStringLiteral("revoke-licence"), QStringLiteral("--dir"), m_sm2Dir,
                 QStringLiteral("--code"), QStringLiteral("91330100716105852F"), QStringLiteral("--decision"),
                 QStringLiteral("x"), QStringLiteral("--on"), QStringLiteral("2026-13-01")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("--on")), qPrintable(r.err));
        r = run(
            {QStringLiteral("verify-licence"), QStringLiteral("--dir"), m_sm2Dir, QString::fromLatin1(text)});
        QCOMPARE(r.exitCode, 0);
    }

    void provisionalFromAWorkstationsPkcs12()
    {
        // The key a counter holds: its enrolment's PKCS#12, as the client reads it with Qt.
        const QString p12 = path(QStringLiteral("W01.p12"));
        const auto enrolled = exchange::ExchangeAdmin::enrol(
            m_sm2Dir, QStringLiteral("W01"), p12, QStringLiteral("correct horse"), QStringLiteral("140105"));
        QVERIFY2(enrolled.ok(), qPrintable(enrolled.ok() ? QString() : enrolled.error().message));
        QFile file(p12);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSslKey key;
        QSslCertificate cert;
        QVERIFY(QSslCertificate::importPkcs12(&file, &key, &cert, nullptr, "correct horse"));
        const auto text = LicenceSeal::seal(essentials(true), key.toPem(), cert.toPem(), Prefix);
        QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message));
        const QString qr = QString::fromLatin1(text.value());
        const exchange::ExchangePaths paths(m_sm2Dir);

        Run r = run({QStringLiteral("verify-licence"), QStringLiteral("--dir"), m_sm2Dir, qr});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains(QStringLiteral("Verdict: provisional")));
        QVERIFY(r.out.contains(QStringLiteral("W01")));
        QVERIFY(r.out.contains(QStringLiteral("Provisional:            yes")));

        // Revoked at the exchange: --dir reads the store's revoked certificates; the CA alone cannot know.
        r = run({QStringLiteral("revoke"), QStringLiteral("--dir"), m_sm2Dir, QStringLiteral("--workstation"),
                 QStringLiteral("W01")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("verify-licence"), QStringLiteral("--dir"), m_sm2Dir, qr});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("Verdict: revoked")));
        QVERIFY(r.out.contains(enrolled.value().serial));
        r = run({QStringLiteral("verify-licence"), QStringLiteral("--ca"), paths.caCert(), qr});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("verify-licence"), QStringLiteral("--ca"), paths.caCert(),
                 QStringLiteral("--revoked-serial"), enrolled.value().serial.toUpper(), qr});
        QCOMPARE(r.exitCode, 1);
    }

    void verifyLicenceUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString ca = exchange::ExchangePaths(m_sm2Dir).caCert();
        QTest::newRow("no CA") << QStringList{QStringLiteral("verify-licence"), QStringLiteral("x")};
        QTest::newRow("two texts") << QStringList{QStringLiteral("verify-licence"), QStringLiteral("--ca"),
                                                  ca, QStringLiteral("x"), QStringLiteral("y")};
        QTest::newRow("text and file") << QStringList{QStringLiteral("verify-licence"),
                                                      QStringLiteral("--ca"),
                                                      ca,
                                                      QStringLiteral("--file"),
                                                      ca,
                                                      QStringLiteral("x")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("verify-licence"), QStringLiteral("--ca"), ca,
                           QStringLiteral("--colour"), QStringLiteral("red")};
        QTest::newRow("missing CA file")
            << QStringList{QStringLiteral("verify-licence"), QStringLiteral("--ca"),
                           path(QStringLiteral("none.crt")), QStringLiteral("x")};
        QTest::newRow("missing text file")
            << QStringList{QStringLiteral("verify-licence"), QStringLiteral("--ca"), ca,
                           QStringLiteral("--file"), path(QStringLiteral("none"))};
    }

    void verifyLicenceUsage()
    {
        QFETCH(QStringList, args);
        // 1, never 2: 2 says provisional.
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("onewindow-exchange: ")));
    }
};

QTEST_GUILESS_MAIN(LicenceSealCliTest)
#include "test_licence_seal_cli.moc"
