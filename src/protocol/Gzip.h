#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The one gzip codec of the wire (docs/protocol.md, "Compression"): the client compresses its
// request bodies and inflates the exchange's answers with it, the exchange inflates request bodies
// and compresses its answers with it. zlib underneath; one gzip member (RFC 1952) per body.
namespace ow::protocol::gzip {

// The Content-Encoding token, and the size from which a body is worth compressing (below it the
// 18 bytes of gzip's frame and the CPU are not paid back on any link).
inline constexpr QByteArrayView Token{"gzip"};
inline constexpr qsizetype WorthFrom = 1024;

// Why an inflate failed: more would come out than allowed (a decompression bomb, or simply a body
// over the limit), or the bytes are not one whole gzip member (corrupt, truncated, or followed by
// anything else).
enum class Failure
{
    TooLarge,
    Malformed,
};

struct InflateError
{
    Failure failure = Failure::Malformed;
    QString detail; // for logs and the error's message (English)
};

// `data` as one gzip member. Level 1 (zlib's fastest): on JSON it comes within a fifth of level 6's
// ratio at half its CPU, and the exchange compresses every feed page on a worker.
QByteArray compress(QByteArrayView data, int level = 1);

// The bytes of the one gzip member `data`, never more than `maxOut` of them: the output is produced
// in bounded steps and inflating stops at the first byte past `maxOut` (Failure::TooLarge), so
// memory stays within `maxOut` and a small step whatever the ratio. A truncated stream, a bad
// header or checksum, or any byte after the member is Failure::Malformed.
Result<QByteArray, InflateError> inflate(QByteArrayView data, qsizetype maxOut);

// Whether an Accept-Encoding header's value allows gzip (`gzip` or `*` with a q-value above 0,
// names case-insensitive; RFC 9110 §12.5.3).
bool accepts(QByteArrayView acceptEncoding);

} // namespace ow::protocol::gzip
