// Issuing licences as the exchange and the counter do it (issue 10 §5): the exchange signs each
// licensed case's essentials with the authority's key (exchange::LicenceSigner, SM2 with SM3 as
// `init` makes it), and the counter renders the 营业执照 it prints, 正本 (A3) and 副本 (A4), to PDF
// (licence::LicenceSheet over licence::licenceFieldsOf). Target: 50 ms per licence, both together.
//
//   bench_licence_issue [--count N]
//
// Prints `name: value unit` lines.
#include "core/SampleApplications.h"
#include "core/UsccCode.h"
#include "exchange/ExchangePaths.h"
#include "exchange/LicenceSigner.h"
#include "exchange/Pki.h"
#include "licence/LicenceFromCase.h"
#include "licence/LicenceSheet.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace ow;

namespace {

void line(const char *name, double value, const char *unit)
{
    std::printf("%s: %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

// A licensed case as the exchange confirms it: a sample limited company with its code.
core::CaseRecord licensed(QRandomGenerator &random, int n)
{
    core::CaseRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.form = core::samples::limitedCompany(random);
    record.form.termYears = 30;
    record.state = core::CaseState::Licensed;
    record.licensedAt = QDateTime::currentDateTimeUtc();
    record.creditCode =
        core::UsccCode::compose(QLatin1Char('9'), QLatin1Char('1'), record.form.authorityDivision,
                                core::UsccCode::serialBody(quint64(n) + 1));
    return record;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("onewindow.*.info=false\nonewindow.*.debug=false"));
    const QStringList args = QCoreApplication::arguments();
    const qsizetype countAt = args.indexOf(QStringLiteral("--count"));
    const int count = countAt >= 0 && countAt + 1 < args.size() ? args.at(countAt + 1).toInt() : 100;
    QTemporaryDir temp;
    const exchange::ExchangePaths paths(temp.filePath(QStringLiteral("exchange")));
    if (count < 1 || !temp.isValid() || !exchange::Pki::initialise(paths).ok()) {
        std::fprintf(stderr, "cannot make the registry PKI (or --count is not positive)\n");
        return 1;
    }
    const auto signer = exchange::LicenceSigner::load(paths);
    if (!signer) {
        std::fprintf(stderr, "signer: %s\n", qPrintable(signer.error().message));
        return 1;
    }
    QRandomGenerator random(20261202);
    QList<core::CaseRecord> cases;
    for (int n = 0; n < count; ++n)
        cases.append(licensed(random, n));

    qint64 sealNs = 0;
    qint64 renderNs = 0;
    qint64 bytes = 0;
    QElapsedTimer clock;
    for (int n = 0; n < count; ++n) {
        core::CaseRecord &record = cases[n];
        clock.start();
        const Result<QByteArray> sealed = signer.value()->seal(record);
        sealNs += clock.nsecsElapsed();
        if (!sealed) {
            std::fprintf(stderr, "seal: %s\n", qPrintable(sealed.error().message));
            return 1;
        }
        record.licenceSeal = QString::fromUtf8(sealed.value());
        const QString pdf = temp.filePath(QStringLiteral("licence-%1.pdf").arg(n));
        clock.restart();
        const Result<void> written = licence::LicenceSheet::writePdf(
            pdf, licence::licenceFieldsOf(record),
            {licence::LicenceCopy::Original, licence::LicenceCopy::Duplicate});
        renderNs += clock.nsecsElapsed();
        if (!written) {
            std::fprintf(stderr, "render: %s\n", qPrintable(written.error().message));
            return 1;
        }
        bytes += QFileInfo(pdf).size();
    }
    line("licence_sign_sm2", double(sealNs) / 1e6 / count, "ms/licence");
    line("licence_render_original_and_duplicate", double(renderNs) / 1e6 / count, "ms/licence");
    line("licence_issue_total", double(sealNs + renderNs) / 1e6 / count, "ms/licence");
    line("licence_pdf_size", double(bytes) / 1024.0 / count, "KiB/licence");
    return 0;
}
