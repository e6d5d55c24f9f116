// Slow-link benchmark (issue 10 §1, §5): a county office's day over its link. 200 accepted cases,
// each with one scanned page (an A4 page scanned at 300 dpi, brought to reading size on attach by
// ui::ScanPreparation), sync from W01 to the real exchange (in this process, mutual TLS) through
// tests/support/FaultProxy shaping the link to 100 ms round trip and 2 Mbit/s each way.
// Events go first: the seconds until all cases are at the exchange; then the scans in the
// background: the seconds until the last is there whole; and the bytes carried each way: the events'
// (in gzip, TLS and sign-in included) against their JSON, and the scans' (never compressed).
// Target: the events in under 30 s.
//
//   bench_slow_link [--cases N] [--delay-ms D (one way)] [--kbit K]
//
// Prints `name: value unit` lines.

#include "BenchSupport.h"
#include "storage/AttachmentStore.h"
#include "storage/OutboxStore.h"
#include "support/CaseSeed.h"
#include "support/ExchangeFixture.h"
#include "support/FaultProxy.h"
#include "support/SyncClient.h"
#include "ui/counter/ScanPreparation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ow;

namespace {

using bench::argument;
using bench::line;

// An A4 page scanned at 300 dpi, grey: lines of "text" (short dark strokes) on white, a stamp,
// the page's number; saved as the scanner would (JPEG, quality 92).
QString originalScan(const QString &dir, int n)
{
    QImage page(2480, 3508, QImage::Format_Grayscale8);
    page.fill(Qt::white);
    QPainter painter(&page);
    QRandomGenerator random(quint32(7000 + n));
    for (int y = 300; y < 3200; y += 70) {
        int x = 250;
        while (x < 2200) {
            const int word = 40 + int(random.bounded(160));
            painter.fillRect(x, y, word, 28, QColor(40, 40, 40));
            x += word + 25;
        }
    }
    painter.setPen(QPen(QColor(90, 90, 90), 12));
    painter.drawEllipse(1700, 2800, 500, 500);
    painter.setFont(QFont(QStringLiteral("Sans"), 60));
    painter.drawText(250, 3350, QStringLiteral("No. %1").arg(n));
    painter.end();
    const QString path = dir + QStringLiteral("/original-%1.jpg").arg(n);
    return page.save(path, "JPEG", 92) ? path : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));
    const QStringList args = app.arguments();
    const int cases = argument(args, QStringLiteral("--cases"), 200);
    const int delayMs = argument(args, QStringLiteral("--delay-ms"), 50);
    const qint64 bytesPerSecond = qint64(argument(args, QStringLiteral("--kbit"), 2000)) * 1000 / 8;

    test::ExchangeFixture exchange;
    QString error;
    if (!exchange.start(&error)) {
        std::fprintf(stderr, "exchange: %s\n", qPrintable(error));
        return 1;
    }
    test::FaultProxy proxy;
    if (!proxy.listenTcp(quint16(exchange.port())))
        return 1;
    proxy.setLink(delayMs, bytesPerSecond);
    const auto w01 = exchange.workstation(QStringLiteral("W01"));
    auto client = test::makeSyncClient(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port())),
                                       exchange.caBundlePath(), w01.p12Path, w01.passphrase,
                                       QStringLiteral("W01"), QLatin1String(test::seed::Division));
    if (!client)
        return 1;

    // The day's cases, each scan attached as the counter does: prepared for reading.
    QTemporaryDir files;
    qint64 originalBytes = 0;
    qint64 keptBytes = 0;
    QElapsedTimer preparing;
    preparing.start();
    auto seeded = test::seed::acceptedCases(client->db, cases, 0, test::seed::clerk(), true, [&](int n) {
        const QString original = originalScan(files.path(), n);
        originalBytes += QFileInfo(original).size();
        const auto prepared = ui::ScanPreparation::forReading(original, files.path());
        keptBytes += prepared ? QFileInfo(prepared.value()).size() : 0;
        return prepared ? prepared.value() : QString();
    });
    if (!seeded) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(seeded.error().message));
        return 1;
    }
    line("slow_link_cases", cases, "cases");
    line("slow_link_prepare_seconds", preparing.elapsed() / 1000.0, "s");
    line("slow_link_original_scan_bytes_per_case", double(originalBytes) / cases, "bytes");
    line("slow_link_kept_scan_bytes_per_case", double(keptBytes) / cases, "bytes");
    line("slow_link_round_trip_ms", 2.0 * delayMs, "ms");
    line("slow_link_rate_kbit", double(bytesPerSecond) * 8 / 1000, "kbit/s");

    storage::AttachmentStore attachments(client->db);
    qint64 eventsJson = 0;
    for (const auto &event : storage::OutboxStore(client->db).pendingOnWire(cases * 4))
        eventsJson += event.json.size();
    line("slow_link_events_json_bytes", double(eventsJson), "bytes");
    QElapsedTimer clock;
    clock.start();
    if (!client->signIn(QStringLiteral("clerk01"), 600000) || client->engine->unsentCount() != 0) {
        std::fprintf(stderr, "the events did not reach the exchange\n");
        return 1;
    }
    const double eventsSeconds = clock.elapsed() / 1000.0;
    const qint64 eventsBytes = proxy.carried(test::FaultProxy::Direction::ToServer);
    line("slow_link_events_seconds", eventsSeconds, "s");
    line("slow_link_events_bytes", double(eventsBytes), "bytes");
    line("slow_link_events_bytes_to_counter", double(proxy.carried(test::FaultProxy::Direction::ToClient)),
         "bytes");
    if (!QTest::qWaitFor([&] { return attachments.notAtExchange().isEmpty(); }, 3600 * 1000)) {
        std::fprintf(stderr, "the scans did not reach the exchange\n");
        return 1;
    }
    const double allSeconds = clock.elapsed() / 1000.0;
    line("slow_link_scans_seconds_after_events", allSeconds - eventsSeconds, "s");
    line("slow_link_total_seconds", allSeconds, "s");
    line("slow_link_scans_bytes", double(proxy.carried(test::FaultProxy::Direction::ToServer) - eventsBytes),
         "bytes");
    line("slow_link_bytes_to_exchange", double(proxy.carried(test::FaultProxy::Direction::ToServer)),
         "bytes");
    line("slow_link_bytes_to_counter", double(proxy.carried(test::FaultProxy::Direction::ToClient)), "bytes");
    line("slow_link_scan_throughput_kbit",
         double(proxy.carried(test::FaultProxy::Direction::ToServer) - eventsBytes) * 8 / 1000 /
             std::max(0.001, allSeconds - eventsSeconds),
         "kbit/s");
    return 0;
}
