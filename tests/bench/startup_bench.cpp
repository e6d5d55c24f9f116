// Start of the counter client to a usable main window on a large cache, and its memory.
// Usage: startup_bench [--data-dir DIR] [--count N]
//   Fills DIR/cases.sqlite with N synthetic enterprises first if it has fewer (default 1,000,000;
//   search_bench fills the same file, so either can go first). After a fill it exits with 3 and
//   asks to be run again, so the memory figures are those of a plain start. Prints `name: value unit`.
#include "ui/common/DemoData.h"
#include "ui/counter/MainWindow.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace {

double statusKiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray prefix(key);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble();
        }
    }
    return 0;
}

void print(const char *name, double value, const char *unit)
{
    std::printf("%s: %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("data-dir"), QStringLiteral("cache folder"),
                                       QStringLiteral("dir"),
                                       QDir::temp().filePath(QStringLiteral("ow-bench")));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("enterprises"),
                                         QStringLiteral("n"), QStringLiteral("1000000"));
    parser.addOptions({dirOption, countOption});
    parser.process(app);
    const QString dir = parser.value(dirOption);
    const int count = parser.value(countOption).toInt();

    ow::workbench::AppSettings settings(QDir(dir).filePath(QStringLiteral("bench-settings.ini")));
    {
        auto wb = ow::workbench::Workbench::open(dir, settings);
        if (!wb) {
            std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(wb.error().message));
            return 1;
        }
        const int have = wb.value()->enterprises.count();
        if (have < count) {
            std::fprintf(stderr, "filling %d enterprises (have %d)…\n", count - have, have);
            constexpr int Batch = 20000;
            for (int done = have; done < count; done += Batch) {
                const int n = std::min(Batch, count - done);
                if (auto r =
                        wb.value()->enterprises.upsert(ow::ui::DemoData::enterprises(n, quint32(done) + 1));
                    !r) {
                    std::fprintf(stderr, "fill failed: %s\n", qPrintable(r.error().message));
                    return 1;
                }
            }
            // The fill has grown this process's memory: measure the start in a fresh process.
            std::fprintf(stderr, "filled; run startup_bench again for the start-up figures\n");
            return 3;
        }
    }

    // What a start does after sign-in: open the cache, build and show the window, first paint.
    QElapsedTimer timer;
    timer.start();
    auto wb = ow::workbench::Workbench::open(dir, settings);
    if (!wb) {
        return 1;
    }
    ow::storage::LocalAccount user;
    user.userId = QStringLiteral("bench");
    user.displayName = QStringLiteral("bench");
    ow::ui::MainWindow window(*wb.value(), user);
    window.show();
    QTimer::singleShot(0, &app, [&] {
        // The event loop has run once: the window is laid out, painted and takes input.
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        print("startup_to_usable_window", ms, "ms");
        print("process_start_to_usable_window", double(sinceStart.nsecsElapsed()) / 1e6, "ms");
        print("enterprises_in_cache", wb.value()->enterprises.count(), "rows");
        print("rss_after_start", statusKiB("VmRSS:") / 1024.0, "MB");
        print("rss_peak", statusKiB("VmHWM:") / 1024.0, "MB");
        app.quit();
    });
    return app.exec();
}
