#pragma once

// What the benchmarks share: their `name: value unit` lines, the process's CPU time and their
// integer arguments.
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

} // namespace ow::bench
