#pragma once

// Shared by the libFuzzer targets of tests/fuzz: one QCoreApplication, quiet logging, and a
// property check that stops the fuzzer (which keeps the input) with what was violated.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace ow::fuzz {

// Once per process (each call after the first does nothing): a QCoreApplication, since Qt SQL's
// drivers are plugins, and every Qt and OneWindow log message off, so the fuzzer's output stays
// readable (a qFatal still aborts).
void initialise();

// The fuzzer's input without a copy and without a terminating zero, so that reading past its
// end is an AddressSanitizer finding.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// With OW_FUZZ_TRACE set, prints a line to stderr (to see what a corpus input does), else nothing.
void trace(const QString &line);

// Prints the broken property and aborts: libFuzzer reports it as a crash and saves the input.
[[noreturn]] void fail(const char *file, int line, const char *condition, const QString &detail);

} // namespace ow::fuzz

// A property of the code under test; unlike Q_ASSERT it is checked in release builds too.
#define OW_FUZZ_CHECK(condition, detail)                                                                     \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::ow::fuzz::fail(__FILE__, __LINE__, #condition, (detail));                                      \
    } while (false)
