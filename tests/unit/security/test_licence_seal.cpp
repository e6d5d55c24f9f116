// The licence seal (security::LicenceSeal, LicenceEssentialsJson) against a throwaway registry PKI
// made by the exchange's Pki, with real OpenSSL: SM2 and ECDSA seals verify; every changed byte of
// what is signed is Altered; other CAs, other roles and expired signers are UnknownKey; a
// workstation's seal is Provisional; revocations; hostile input is Malformed and never crashes.
#include "exchange/ExchangePaths.h"
#include "exchange/Pki.h"
#include "security/LicenceEssentials.h"
#include "security/LicenceSeal.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace ow;
using security::LicenceEssentials;
using security::LicenceEssentialsJson;
using security::LicenceSeal;
using security::SealAlgorithm;
using security::SealCheck;
using Verdict = SealCheck::Verdict;

namespace {

const QString Prefix = QStringLiteral("https://www.gsxt.gov.cn/lookup?code=");
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// A signer: its private key and certificate (PEM), as the exchange and a workstation hold them.
struct Signer
{
    QByteArray keyPem;
    QByteArray certPem;
    QString serial;
};

QDate chinaToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
}

LicenceEssentials sample(bool provisional = false)
{
    LicenceEssentials e;
    e.creditCode = QStringLiteral("91330100716105852F");
    e.name = QStringLiteral("太原鑫源商贸有限公司");
    e.entityType = QStringLiteral("有限责任公司(自然人投资或控股)");
    e.legalRepresentative = QStringLiteral("王建国");
    e.registeredCapital = QStringLiteral("伍佰万元人民币");
    e.establishedOn = QDate(2026, 12, 1);
    e.domicile = QStringLiteral("山西省太原市小店区长治路 227 号");
    e.authorityName = QStringLiteral("太原市小店区市场监督管理局");
    e.issuedOn = QDate(2026, 12, 1);
    e.sheetNumber = QStringLiteral("A140105000123");
    e.provisional = provisional;
    return e;
}

// The sample, issued today (China Standard Time): the throwaway certificates are valid from now.
LicenceEssentials today(bool provisional = false)
{
    LicenceEssentials e = sample(provisional);
    e.establishedOn = e.issuedOn = chinaToday();
    return e;
}

const QByteArray
    Golden(R"j({"authorityName":"太原市小店区市场监督管理局","creditCode":"91330100716105852F",)j"
           R"j("domicile":"山西省太原市小店区长治路 227 号","entityType":"有限责任公司(自然人投资或控股)",)j"
           R"j("establishedOn":"2026-12-01","issuedOn":"2026-12-01","legalRepresentative":"王建国",)j"
           R"j("name":"太原鑫源商贸有限公司","provisional":false,"registeredCapital":"伍佰万元人民币",)j"
           R"j("sheetNumber":"A140105000123","v":1})j");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What seal() does, by hand with OpenSSL: signs anything, so the tests can make what seal() refuses.
QByteArray signRaw(const QByteArray &keyPem, const QByteArray &data, const QByteArray &sm2Id)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())),
                                                  &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const bool sm2 = EVP_PKEY_is_a(key.get(), "SM2");
    EVP_PKEY_CTX *keyContext = nullptr;
    if (EVP_DigestSignInit_ex(context.get(), &keyContext, sm2 ? "SM3" : "SHA256", nullptr, nullptr, key.get(),
                              nullptr) != 1) {
        return {};
    }
    if (sm2 && !sm2Id.isEmpty()) {
        EVP_PKEY_CTX_set1_id(keyContext, sm2Id.constData(), size_t(sm2Id.size()));
    }
    size_t size = size_t(EVP_PKEY_get_size(key.get()));
    QByteArray signature(qsizetype(size), '\0');
    EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                   reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
    signature.truncate(qsizetype(size));
    return signature;
}

QByteArray derOf(const QByteArray &certPem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())),
                                                  &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr),
                                                     &X509_free);
    unsigned char *der = nullptr;
    const int size = i2d_X509(cert.get(), &der);
    const QByteArray bytes(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return bytes;
}

// A QR text in the seal's format with any address and JSON, signed by `signer`.
QByteArray craft(const Signer &signer, const QByteArray &json, const QByteArray &address,
                 const QByteArray &sm2Id = QByteArrayLiteral("1234567812345678"))
{
    const QByteArray signedText = address + "#OWL1." + json.toBase64(Base64Url);
    return signedText + '.' + signRaw(signer.keyPem, signedText, sm2Id).toBase64(Base64Url) + '.' +
           derOf(signer.certPem).toBase64(Base64Url);
}

QByteArray addressOf(const LicenceEssentials &e)
{
    return Prefix.toLatin1() + e.creditCode.toLatin1();
}

QByteArray rsaKeyPem()
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_RSA_gen(2048), &EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QString describe(const SealCheck &check)
{
    return LicenceSeal::verdictName(check.verdict) + QStringLiteral(": ") + check.reason;
}

} // namespace

class LicenceSealTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QByteArray m_caPem;
    Signer m_sm2;         // the authority's SM2 signing key (init's default)
    Signer m_ecdsa;       // the authority's ECDSA P-256 signing key (init --signing ecdsa)
    Signer m_workstation; // W01's client certificate (ECDSA P-256)
    Signer m_portal;      // a service certificate: does not sign licences
    Signer m_ca;          // the CA itself: does not sign licences
    Signer m_otherCa;     // another registry's authority signing key
    QByteArray m_otherCaPem;

    Signer client(const exchange::ExchangePaths &paths, const QString &name, exchange::CertificateKind kind,
                  int days = exchange::Pki::ClientDays, int validFromDays = 0)
    {
        const auto issued = exchange::Pki::issueClient(paths, name, kind, days, validFromDays);
        if (!issued) {
            qFatal("issueClient: %s", qPrintable(issued.error().message));
        }
        return {issued.value().privateKeyPem, issued.value().certificatePem, issued.value().serial};
    }

    static Signer signingOf(const exchange::ExchangePaths &paths)
    {
        return {readFile(paths.signingKey()), readFile(paths.signingCert()), {}};
    }

    QByteArray sealed(const Signer &signer, const LicenceEssentials &e)
    {
        const Result<QByteArray> text = LicenceSeal::seal(e, signer.keyPem, signer.certPem, Prefix);
        if (!text) {
            qWarning("seal: %s (%s)", qPrintable(text.error().message), qPrintable(text.error().code));
            return {};
        }
        return text.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        const exchange::ExchangePaths paths(m_temp.filePath(QStringLiteral("registry")));
        QVERIFY(exchange::Pki::initialise(paths).ok());
        m_caPem = readFile(paths.caCert());
        m_sm2 = signingOf(paths);
        QVERIFY(m_sm2.certPem.contains("BEGIN CERTIFICATE"));
        QVERIFY(exchange::Pki::makeSigningKey(paths, SealAlgorithm::EcdsaP256Sha256).ok());
        m_ecdsa = signingOf(paths);
        QVERIFY(m_ecdsa.keyPem != m_sm2.keyPem);
        m_workstation = client(paths, QStringLiteral("W01"), exchange::CertificateKind::Workstation);
        m_portal = client(paths, QStringLiteral("portal"), exchange::CertificateKind::Service);
        m_ca = {readFile(paths.caKey()), m_caPem, {}};

        const exchange::ExchangePaths other(m_temp.filePath(QStringLiteral("other")));
        QVERIFY(exchange::Pki::initialise(other).ok());
        m_otherCa = signingOf(other);
        m_otherCaPem = readFile(other.caCert());
    }

    void canonicalJsonIsStable()
    {
        QCOMPARE(LicenceEssentialsJson::write(sample()), Golden);
        const auto read = LicenceEssentialsJson::read(Golden);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QVERIFY(read.value() == sample());
        LicenceEssentials noCapital = sample(true);
        noCapital.registeredCapital.clear();
        noCapital.sheetNumber.clear();
        const auto back = LicenceEssentialsJson::read(LicenceEssentialsJson::write(noCapital));
        QVERIFY(back.ok() && back.value() == noCapital);
    }

    void readRefuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        const auto replaced = [](const char *from, const char *to) {
            QByteArray json = Golden;
            return json.replace(from, to);
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArrayLiteral("{\"v\":1");
        QTest::newRow("array") << QByteArrayLiteral("[1]");
        QTest::newRow("spaces") << replaced(",\"v\":1}", ", \"v\":1}");
        QTest::newRow("key order")
            << replaced("{\"authorityName\"", "{\"v\":1,\"authorityName\"").replace(",\"v\":1}", "}");
        QTest::newRow("duplicate key") << replaced(",\"v\":1}", ",\"v\":1,\"v\":1}");
        QTest::newRow("version 2") << replaced("\"v\":1", "\"v\":2");
        QTest::newRow("version text") << replaced("\"v\":1", "\"v\":\"1\"");
        QTest::newRow("extra key") << replaced(",\"v\":1}", ",\"scope\":\"x\",\"v\":1}");
        QTest::newRow("missing key") << replaced("\"sheetNumber\":\"A140105000123\",", "");
        QTest::newRow("date form") << replaced("\"issuedOn\":\"2026-12-01\"", "\"issuedOn\":\"2026-12-1\"");
        QTest::newRow("no date") << replaced("\"issuedOn\":\"2026-12-01\"", "\"issuedOn\":\"2026-02-30\"");
        QTest::newRow("issued before established")
            << replaced("\"issuedOn\":\"2026-12-01\"", "\"issuedOn\":\"2026-11-30\"");
        QTest::newRow("provisional text") << replaced("\"provisional\":false", "\"provisional\":\"no\"");
        QTest::newRow("bad code") << replaced("852F", "852G");
        QTest::newRow("name missing") << replaced("\"name\":\"太原鑫源商贸有限公司\"", "\"name\":\"\"");
        QTest::newRow("control character") << replaced("王建国", "王\\n建国");
        QTest::newRow("escaped slash") << replaced("(自然人投资或控股)", "\\/");
        QTest::newRow("name too long")
            << replaced("太原鑫源商贸有限公司", QByteArray("公").repeated(201).constData());
        QTest::newRow("too many bytes") << QByteArray(LicenceEssentialsJson::MaxJsonBytes + 1, ' ');
    }

    void readRefuses()
    {
        QFETCH(QByteArray, json);
        const auto read = LicenceEssentialsJson::read(json);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("seal.malformed"));
        QVERIFY(!read.error().message.isEmpty());
    }

    void sealAndVerify_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<SealAlgorithm>("algorithm");
        QTest::newRow("SM2 with SM3") << 0 << SealAlgorithm::Sm2Sm3;
        QTest::newRow("ECDSA P-256 with SHA-256") << 1 << SealAlgorithm::EcdsaP256Sha256;
    }

    void sealAndVerify()
    {
        QFETCH(int, which);
        QFETCH(SealAlgorithm, algorithm);
        const Signer &signer = which == 0 ? m_sm2 : m_ecdsa;
        const QByteArray text = sealed(signer, today());
        QVERIFY(!text.isEmpty());
        QVERIFY(text.startsWith(QByteArray(addressOf(today()) + "#OWL1.")));
        QVERIFY(text.size() <= LicenceSeal::MaxSealedBytes);
        const SealCheck check = LicenceSeal::verify(text, m_caPem);
        QVERIFY2(check.verdict == Verdict::Valid, qPrintable(describe(check)));
        QVERIFY(check.isValid());
        QVERIFY(check.essentials == today());
        QVERIFY(check.algorithm == algorithm);
        QVERIFY2(check.signerSubject.contains(QStringLiteral("OU=authority")),
                 qPrintable(check.signerSubject));
        QVERIFY(check.signerSubject.contains(QString::fromLatin1(exchange::Pki::SigningCommonName)));
        QVERIFY(!check.signerSerial.isEmpty());
        QVERIFY(check.reason.contains(LicenceSeal::algorithmName(algorithm)));
        // Each seal is a fresh signature; both verify.
        QCOMPARE(LicenceSeal::verify(sealed(signer, today()), m_caPem).verdict, Verdict::Valid);
        // The hand-made format is the one seal() writes: verify reads the documented layout.
        const QByteArray json = LicenceEssentialsJson::write(today());
        QCOMPARE(LicenceSeal::verify(craft(signer, json, addressOf(today())), m_caPem).verdict,
                 Verdict::Valid);
    }

    void everyChangedByteIsAltered_data() { sealAndVerify_data(); }

    void everyChangedByteIsAltered()
    {
        QFETCH(int, which);
        const QByteArray text = sealed(which == 0 ? m_sm2 : m_ecdsa, today());
        const qsizetype hash = text.indexOf('#');
        const qsizetype certificateStart = text.lastIndexOf('.') + 1;
        const QByteArray alphabet =
            QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
        int changed = 0;
        for (qsizetype i = 0; i < certificateStart - 1; ++i) {
            const char c = text.at(i);
            if (c == '#' || c == '.' || (i > hash && i <= hash + 5)) {
                continue; // the format's own separators and marker: Malformed, below
            }
            QByteArray altered = text;
            const qsizetype at = alphabet.indexOf(c);
            altered[i] = i < hash ? (c == 'A' ? 'B' : 'A') : alphabet.at((at + 1) % alphabet.size());
            const SealCheck check = LicenceSeal::verify(altered, m_caPem);
            QVERIFY2(check.verdict == Verdict::Altered,
                     qPrintable(QStringLiteral("byte %1: %2").arg(i).arg(describe(check))));
            ++changed;
        }
        QVERIFY(changed > 500);
        // The certificate is not signed by the seal, but by the CA: never valid once changed.
        for (qsizetype i = certificateStart; i < text.size(); i += 3) {
            QByteArray altered = text;
            altered[i] = alphabet.at((alphabet.indexOf(text.at(i)) + 1) % alphabet.size());
            const SealCheck check = LicenceSeal::verify(altered, m_caPem);
            QVERIFY2(check.verdict != Verdict::Valid,
                     qPrintable(QStringLiteral("certificate byte %1").arg(i)));
        }
    }

    void sm2SignsWithItsId()
    {
        const QByteArray json = LicenceEssentialsJson::write(today());
        for (const QByteArray &id : {QByteArray(), QByteArrayLiteral("1234567812345679")}) {
            const SealCheck check = LicenceSeal::verify(craft(m_sm2, json, addressOf(today()), id), m_caPem);
            QVERIFY2(check.verdict == Verdict::Altered, qPrintable(describe(check)));
        }
    }

    void anotherCaIsUnknownKey()
    {
        const QByteArray text = sealed(m_otherCa, today());
        QVERIFY(!text.isEmpty());
        const SealCheck check = LicenceSeal::verify(text, m_caPem);
        QVERIFY2(check.verdict == Verdict::UnknownKey, qPrintable(describe(check)));
        QVERIFY(check.reason.contains(QStringLiteral("not issued by this registry CA")));
        QCOMPARE(LicenceSeal::verify(text, m_otherCaPem).verdict, Verdict::Valid);
        // Both CAs in the bundle: either registry's licences verify.
        QCOMPARE(LicenceSeal::verify(text, m_caPem + m_otherCaPem).verdict, Verdict::Valid);
        QCOMPARE(LicenceSeal::verify(text, QByteArray("not a certificate")).verdict, Verdict::UnknownKey);
    }

    void signersThatDoNotSignLicencesAreUnknown_data()
    {
        QTest::addColumn<bool>("ca");
        QTest::newRow("the portal's service certificate") << false;
        QTest::newRow("the CA itself") << true;
    }

    void signersThatDoNotSignLicencesAreUnknown()
    {
        QFETCH(bool, ca);
        const Signer &signer = ca ? m_ca : m_portal;
        const auto refused = LicenceSeal::seal(today(), signer.keyPem, signer.certPem, Prefix);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("seal.wrong_signer"));
        const QByteArray text = craft(signer, LicenceEssentialsJson::write(today()), addressOf(today()));
        const SealCheck check = LicenceSeal::verify(text, m_caPem);
        QVERIFY2(check.verdict == Verdict::UnknownKey, qPrintable(describe(check)));
    }

    void workstationSealIsProvisional()
    {
        const QByteArray text = sealed(m_workstation, today(true));
        QVERIFY(!text.isEmpty());
        const SealCheck check = LicenceSeal::verify(text, m_caPem);
        QVERIFY2(check.verdict == Verdict::Provisional, qPrintable(describe(check)));
        QVERIFY(check.reason.contains(QStringLiteral("W01")));
        QVERIFY(check.essentials.provisional);
        QVERIFY(check.algorithm == SealAlgorithm::EcdsaP256Sha256);
        QCOMPARE(check.signerSerial, m_workstation.serial);
    }

    void workstationClaimingConfirmedIsAltered()
    {
        const auto refused =
            LicenceSeal::seal(today(false), m_workstation.keyPem, m_workstation.certPem, Prefix);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("seal.wrong_signer"));
        const QByteArray text =
            craft(m_workstation, LicenceEssentialsJson::write(today(false)), addressOf(today()));
        const SealCheck check = LicenceSeal::verify(text, m_caPem);
        QVERIFY2(check.verdict == Verdict::Altered, qPrintable(describe(check)));
        QVERIFY(check.reason.contains(QStringLiteral("provisional")));
    }

    void revoked()
    {
        const QByteArray confirmed = sealed(m_sm2, today());
        const QByteArray provisional = sealed(m_workstation, today(true));
        const QString code = today().creditCode;
        SealCheck check = LicenceSeal::verify(confirmed, m_caPem, {code});
        QVERIFY2(check.verdict == Verdict::Revoked, qPrintable(describe(check)));
        QVERIFY(check.reason.contains(code));
        QVERIFY(check.essentials == today());
        QCOMPARE(LicenceSeal::verify(confirmed, m_caPem, {QStringLiteral("91330100716105853X")}).verdict,
                 Verdict::Valid);
        // Serials in any case, with a leading zero or colons, as a CRL or a listing writes them.
        const QString serial = m_workstation.serial;
        for (const QString &form : QStringList{serial, serial.toUpper(), QStringLiteral("0") + serial}) {
            check = LicenceSeal::verify(provisional, m_caPem, {}, {form});
            QVERIFY2(check.verdict == Verdict::Revoked, qPrintable(describe(check)));
        }
        QCOMPARE(LicenceSeal::verify(confirmed, m_caPem, {}, {serial}).verdict, Verdict::Valid);
        // Altered beats revoked: a forgery is not "revoked".
        QByteArray altered = confirmed;
        altered[altered.indexOf('.') + 10] = altered.at(altered.indexOf('.') + 10) == 'A' ? 'B' : 'A';
        QCOMPARE(LicenceSeal::verify(altered, m_caPem, {code}).verdict, Verdict::Altered);
    }

    void signerValidityIsJudgedOnTheDateOfIssue()
    {
        const exchange::ExchangePaths paths(m_temp.filePath(QStringLiteral("registry")));
        const Signer expired =
            client(paths, QStringLiteral("W02"), exchange::CertificateKind::Workstation, 10, -30);
        const Signer future =
            client(paths, QStringLiteral("W03"), exchange::CertificateKind::Workstation, 30, 10);
        // Today the first has expired and the second is not yet valid: seal refuses both...
        for (const Signer *signer : {&expired, &future}) {
            const auto refused = LicenceSeal::seal(today(true), signer->keyPem, signer->certPem, Prefix);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("seal.certificate_not_valid"));
        }
        // ... and verify says why, judging at the date of issue, not by the clock.
        const QByteArray json = LicenceEssentialsJson::write(today(true));
        SealCheck check = LicenceSeal::verify(craft(expired, json, addressOf(today())), m_caPem);
        QVERIFY2(check.verdict == Verdict::UnknownKey && check.reason.contains(QStringLiteral("expired")),
                 qPrintable(describe(check)));
        check = LicenceSeal::verify(craft(future, json, addressOf(today())), m_caPem);
        QVERIFY2(check.verdict == Verdict::UnknownKey &&
                     check.reason.contains(QStringLiteral("became valid")),
                 qPrintable(describe(check)));
        // A licence dated 15 days ahead, when the second certificate is valid: genuine, whatever today is.
        LicenceEssentials ahead = today(true);
        ahead.issuedOn = chinaToday().addDays(15);
        const QByteArray text = sealed(future, ahead);
        QVERIFY(!text.isEmpty());
        check = LicenceSeal::verify(text, m_caPem);
        QVERIFY2(check.verdict == Verdict::Provisional, qPrintable(describe(check)));
    }

    void sealRefuses_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("code");
        QTest::newRow("invalid code") << 0 << QStringLiteral("seal.invalid_essentials");
        QTest::newRow("prefix with a space") << 1 << QStringLiteral("seal.invalid_prefix");
        QTest::newRow("prefix with #") << 2 << QStringLiteral("seal.invalid_prefix");
        QTest::newRow("prefix not ASCII") << 3 << QStringLiteral("seal.invalid_prefix");
        QTest::newRow("RSA key") << 4 << QStringLiteral("seal.unsupported_key");
        QTest::newRow("key of another certificate") << 5 << QStringLiteral("seal.key_mismatch");
        QTest::newRow("not a key") << 6 << QStringLiteral("seal.bad_key");
        QTest::newRow("not a certificate") << 7 << QStringLiteral("seal.bad_certificate");
        QTest::newRow("authority signing provisional") << 8 << QStringLiteral("seal.wrong_signer");
        QTest::newRow("over a QR code's capacity") << 9 << QStringLiteral("seal.too_long");
    }

    void sealRefuses()
    {
        QFETCH(int, what);
        QFETCH(QString, code);
        LicenceEssentials e = today();
        QByteArray key = m_sm2.keyPem;
        QByteArray cert = m_sm2.certPem;
        QString prefix = Prefix;
        switch (what) {
        case 0:
            e.creditCode = QStringLiteral("91330100716105852G");
            break;
        case 1:
            prefix = QStringLiteral("https://x.cn/a b?code=");
            break;
        case 2:
            prefix = QStringLiteral("https://x.cn/#code=");
            break;
        case 3:
            prefix = QStringLiteral("https://工商.cn/?code=");
            break;
        case 4:
            key = rsaKeyPem();
            break;
        case 5:
            key = m_ecdsa.keyPem;
            break;
        case 6:
            key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
            break;
        case 7:
            cert = "garbage";
            break;
        case 8:
            e.provisional = true;
            break;
        case 9:
            e.domicile = QString(300, QChar(0x5c71));
            break;
        }
        const auto refused = LicenceSeal::seal(e, key, cert, prefix);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QVERIFY(!refused.error().message.isEmpty());
    }

    void signedButNotALicenceIsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("address");
        const QByteArray json = LicenceEssentialsJson::write(today());
        QTest::newRow("not canonical")
            << QByteArray(json).replace(",\"v\":1}", ", \"v\":1}") << addressOf(today());
        QTest::newRow("not JSON") << QByteArrayLiteral("hello") << addressOf(today());
        QTest::newRow("address of another code")
            << json << QByteArrayLiteral("https://x.cn/?code=91330100716105853X");
    }

    void signedButNotALicenceIsMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, address);
        const SealCheck check = LicenceSeal::verify(craft(m_sm2, json, address), m_caPem);
        QVERIFY2(check.verdict == Verdict::Malformed, qPrintable(describe(check)));
    }

    void hostileInputIsMalformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray good = sealed(m_sm2, today());
        const qsizetype hash = good.indexOf('#');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArrayLiteral("\x01\x02\xff\xfe garbage");
        QTest::newRow("a plain address") << QByteArrayLiteral("https://www.gsxt.gov.cn/");
        QTest::newRow("over-long") << good + QByteArray(LicenceSeal::MaxQrTextBytes, 'A');
        QTest::newRow("wrong marker") << QByteArray(good).replace("#OWL1.", "#OWL2.");
        QTest::newRow("lower-case marker") << QByteArray(good).replace("#OWL1.", "#owl1.");
        QTest::newRow("no address separator") << QByteArray(good).replace('#', '?');
        QTest::newRow("a fourth part") << good + ".AAAA";
        QTest::newRow("padding") << good + "==";
        QTest::newRow("not base64url") << QByteArray(good).insert(hash + 8, '+');
        QTest::newRow("trailing newline") << good + '\n';
        QTest::newRow("a space") << QByteArray(good).insert(hash + 8, ' ');
        QTest::newRow("NUL") << QByteArray(good).insert(hash + 8, '\0');
        QTest::newRow("non-ASCII") << QByteArray(good).insert(5, "\xe5\xb7\xa5");
        QTest::newRow("only the marker") << QByteArrayLiteral("#OWL1...");
        QTest::newRow("empty parts") << QByteArrayLiteral("x#OWL1.AA..AA");
        QTest::newRow("certificate not DER") << good.left(good.lastIndexOf('.') + 1) + "AAAA";
    }

    void hostileInputIsMalformed()
    {
        QFETCH(QByteArray, text);
        const SealCheck check = LicenceSeal::verify(text, m_caPem);
        QVERIFY2(check.verdict == Verdict::Malformed, qPrintable(describe(check)));
        QVERIFY(!check.reason.isEmpty());
    }

    void everyTruncationIsMalformed()
    {
        const QByteArray good = sealed(m_ecdsa, today());
        for (qsizetype n = 0; n < good.size(); ++n) {
            const SealCheck check = LicenceSeal::verify(good.left(n), m_caPem);
            QVERIFY2(check.verdict == Verdict::Malformed,
                     qPrintable(QStringLiteral("%1 bytes: %2").arg(n).arg(describe(check))));
        }
    }

    void randomDamageNeverPasses()
    {
        QRandomGenerator random(20261201);
        const QByteArray good = sealed(m_sm2, today());
        for (int round = 0; round < 3000; ++round) {
            QByteArray text = good;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(random.bounded(quint32(text.size())));
                switch (random.bounded(4)) {
                case 0:
                    text[at] = char(text.at(at) ^ (1 << random.bounded(8)));
                    break;
                case 1:
                    text.remove(at, 1 + qsizetype(random.bounded(8)));
                    break;
                case 2:
                    text.insert(at, char(random.bounded(256)));
                    break;
                default:
                    text[at] = char(random.bounded(256));
                    break;
                }
            }
            const SealCheck check = LicenceSeal::verify(text, m_caPem);
            if (text != good) {
                QVERIFY2(check.verdict != Verdict::Valid, qPrintable(QString::fromLatin1(text.toBase64())));
            }
        }
        // Random bytes of every length up to the bound, and past it.
        for (int length : {1, 7, 100, 1000, LicenceSeal::MaxQrTextBytes, LicenceSeal::MaxQrTextBytes + 1}) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &b : bytes) {
                b = char(random.bounded(256));
            }
            QCOMPARE(LicenceSeal::verify(bytes, m_caPem).verdict, Verdict::Malformed);
        }
    }
};

QTEST_GUILESS_MAIN(LicenceSealTest)
#include "test_licence_seal.moc"
