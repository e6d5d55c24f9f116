// Licence seal benchmark: security::LicenceSeal::seal and ::verify as the exchange and a verifier
// call them (the key and certificate read from PEM on every call), over N licences with distinct
// credit codes, with the authority's SM2 key and with its ECDSA P-256 key from a fresh registry PKI.
//
//   bench_licence_seal [--count N] [--show]
//
// Prints `name: value unit` lines: the time per licence to seal and to verify, and the QR text's
// size in bytes (a QR code at level M holds at most 2,331). --show prints one sealed text per
// algorithm to standard error.

#include "core/UsccCode.h"
#include "exchange/ExchangePaths.h"
#include "exchange/Pki.h"
#include "security/LicenceSeal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace ow;
using security::LicenceEssentials;
using security::LicenceSeal;
using security::SealAlgorithm;

namespace {

void line(const char *name, double value, const char *unit, int decimals = 3)
{
    std::printf("%s: %.*f %s\n", name, decimals, value, unit);
    std::fflush(stdout);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A realistic licence of Taiyuan's Xiaodian district, the n-th code of the registry.
LicenceEssentials licence(int n)
{
    LicenceEssentials e;
    e.creditCode = core::UsccCode::compose(QLatin1Char('9'), QLatin1Char('1'), QStringLiteral("140105"),
                                           core::UsccCode::serialBody(quint64(n) + 1));
    e.name = QStringLiteral("太原鑫源商贸有限公司");
    e.entityType = QStringLiteral("有限责任公司(自然人投资或控股)");
    e.legalRepresentative = QStringLiteral("王建国");
    e.registeredCapital = QStringLiteral("伍佰万元人民币");
    e.domicile = QStringLiteral("山西省太原市小店区长治路227号高新国际大厦15层1503室");
    e.authorityName = QStringLiteral("太原市小店区市场监督管理局");
    e.establishedOn = e.issuedOn = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
    e.sheetNumber = QStringLiteral("A14010500%1").arg(n, 4, 10, QLatin1Char('0'));
    return e;
}

struct Figures
{
    double sealMs = 0;
    double verifyMs = 0;
    qsizetype bytes = 0;
    QByteArray sample;
};

bool measure(const exchange::ExchangePaths &paths, int count, Figures &figures)
{
    const QByteArray key = readFile(paths.signingKey());
    const QByteArray cert = readFile(paths.signingCert());
    const QByteArray ca = readFile(paths.caCert());
    const QString prefix = QStringLiteral("https://www.gsxt.gov.cn/lookup?code=");
    QList<QByteArray> texts;
    QElapsedTimer clock;
    clock.start();
    for (int n = 0; n < count; ++n) {
        const auto text = LicenceSeal::seal(licence(n), key, cert, prefix);
        if (!text) {
            std::fprintf(stderr, "seal: %s\n", qPrintable(text.error().message));
            return false;
        }
        texts.append(text.value());
    }
    figures.sealMs = double(clock.nsecsElapsed()) / 1e6 / count;
    clock.restart();
    for (const QByteArray &text : texts) {
        if (!LicenceSeal::verify(text, ca).isValid()) {
            std::fprintf(stderr, "verify: not valid\n");
            return false;
        }
    }
    figures.verifyMs = double(clock.nsecsElapsed()) / 1e6 / count;
    figures.bytes = texts.first().size();
    figures.sample = texts.first();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("onewindow.*.info=false\nonewindow.*.debug=false"));
    const QStringList args = QCoreApplication::arguments();
    const qsizetype countAt = args.indexOf(QStringLiteral("--count"));
    const int count = countAt >= 0 && countAt + 1 < args.size() ? args.at(countAt + 1).toInt() : 100;
    if (count < 1) {
        std::fprintf(stderr, "--count wants a positive number\n");
        return 2;
    }
    QTemporaryDir temp;
    const exchange::ExchangePaths paths(temp.path());
    if (!temp.isValid() || !exchange::Pki::initialise(paths).ok()) {
        std::fprintf(stderr, "cannot make the registry PKI\n");
        return 1;
    }
    Figures sm2;
    Figures ecdsa;
    if (!measure(paths, count, sm2) ||
        !exchange::Pki::makeSigningKey(paths, SealAlgorithm::EcdsaP256Sha256).ok() ||
        !measure(paths, count, ecdsa)) {
        return 1;
    }
    line("licence_seal_sm2", sm2.sealMs, "ms/licence");
    line("licence_seal_ecdsa", ecdsa.sealMs, "ms/licence");
    line("licence_verify_sm2", sm2.verifyMs, "ms/licence");
    line("licence_verify_ecdsa", ecdsa.verifyMs, "ms/licence");
    line("licence_qr_bytes_sm2", double(sm2.bytes), "bytes", 0);
    line("licence_qr_bytes_ecdsa", double(ecdsa.bytes), "bytes", 0);
    if (args.contains(QStringLiteral("--show"))) {
        std::fprintf(stderr, "%s\n%s\n", sm2.sample.constData(), ecdsa.sample.constData());
    }
    return 0;
}
