#pragma once

// What the benchmarks share: their `name: value unit` lines, the process's CPU time and their
// integer arguments.
#include <QByteArray>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <sys/resource.h>

namespace ow::bench {

inline void line(const char *name, double value, const char *unit)
{
    std::printf("%s: %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

// The CPU time this process (exchange and client together) has used so far, in seconds: steadier
// than the wall clock on a shared machine.
inline double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The integer after `name` in `args`, or `fallback`.
inline int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

// Profiles one phase only: `perf record --control=fifo:CTL -D -1 …` with OW_BENCH_PERF_CTL=CTL and
// OW_BENCH_PERF_PHASE=<phase> records between perfPhase(<phase>, true) and perfPhase(<phase>, false).
inline void perfPhase(const char *phase, bool enable)
{
    const QByteArray control = qgetenv("OW_BENCH_PERF_CTL");
    if (control.isEmpty() || qgetenv("OW_BENCH_PERF_PHASE") != phase)
        return;
    QFile fifo(QString::fromLocal8Bit(control));
    if (fifo.open(QIODevice::WriteOnly))
        fifo.write(enable ? "enable\n" : "disable\n");
}

} // namespace ow::bench
