#include "Gzip.h"

#include <QList>
#include <QScopeGuard>

#include <algorithm>
#include <optional>
#include <zlib.h>

namespace ow::protocol::gzip {

namespace {

// zlib's windowBits for a gzip wrapper (not zlib's own, not raw deflate, no automatic detection).
constexpr int GzipWindow = 15 + 16;
// zlib counts in uInt: the input goes in slices no larger than this.
constexpr qsizetype Slice = qsizetype(1) << 30;
// Output is produced in steps of at most this many bytes, each checked against the bound.
constexpr qsizetype Step = 64 * 1024;

Bytef *in(const char *bytes)
{
    return reinterpret_cast<Bytef *>(const_cast<char *>(bytes));
}

InflateError malformed(const QString &detail)
{
    return {Failure::Malformed, detail};
}

} // namespace

QByteArray compress(QByteArrayView data, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, GzipWindow, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("zlib: deflateInit2 failed (out of memory)");
    const auto end = qScopeGuard([&stream] { deflateEnd(&stream); });
    QByteArray out;
    out.reserve(qsizetype(deflateBound(&stream, uLong(std::min(data.size(), Slice)))));
    qsizetype consumed = 0;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        if (stream.avail_in == 0 && consumed < data.size()) {
            const qsizetype slice = std::min(data.size() - consumed, Slice);
            stream.next_in = in(data.data() + consumed);
            stream.avail_in = uInt(slice);
            consumed += slice;
        }
        const qsizetype before = out.size();
        const qsizetype room = std::max(Step, out.capacity() - before);
        out.resize(before + room);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = uInt(room);
        rc = deflate(&stream, consumed == data.size() ? Z_FINISH : Z_NO_FLUSH);
        out.resize(before + room - qsizetype(stream.avail_out));
        if (rc == Z_STREAM_ERROR)
            qFatal("zlib: deflate's state is broken");
    }
    return out;
}

Result<QByteArray, InflateError> inflate(QByteArrayView data, qsizetype maxOut)
{
    z_stream stream{};
    if (inflateInit2(&stream, GzipWindow) != Z_OK)
        return malformed(QStringLiteral("zlib could not start (out of memory)"));
    const auto end = qScopeGuard([&stream] { inflateEnd(&stream); });
    QByteArray out;
    qsizetype consumed = 0;
    while (true) {
        if (stream.avail_in == 0 && consumed < data.size()) {
            const qsizetype slice = std::min(data.size() - consumed, Slice);
            stream.next_in = in(data.data() + consumed);
            stream.avail_in = uInt(slice);
            consumed += slice;
        }
        // One byte more than allowed is room enough to learn that the stream has more.
        const qsizetype room = std::min(Step, maxOut + 1 - out.size());
        const qsizetype before = out.size();
        out.resize(before + room);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = uInt(room);
        const int rc = ::inflate(&stream, Z_NO_FLUSH);
        out.resize(before + room - qsizetype(stream.avail_out));
        if (out.size() > maxOut)
            return InflateError{Failure::TooLarge,
                                QStringLiteral("it inflates to more than %1 bytes").arg(maxOut)};
        if (rc == Z_STREAM_END)
            break;
        if (rc == Z_BUF_ERROR && stream.avail_in == 0 && consumed == data.size())
            return malformed(QStringLiteral("the gzip stream is truncated after %1 bytes").arg(data.size()));
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            return malformed(QStringLiteral("not a valid gzip stream (%1)")
                                 .arg(QString::fromLatin1(stream.msg ? stream.msg : "zlib error")));
    }
    const qsizetype rest = qsizetype(stream.avail_in) + (data.size() - consumed);
    if (rest > 0)
        return malformed(QStringLiteral("%1 bytes follow the gzip stream").arg(rest));
    return out;
}

bool accepts(QByteArrayView acceptEncoding)
{
    std::optional<bool> gzip;
    bool any = false;
    for (const QByteArray &item : acceptEncoding.toByteArray().split(',')) {
        const qsizetype semicolon = item.indexOf(';');
        const QByteArray name = (semicolon < 0 ? item : item.left(semicolon)).trimmed().toLower();
        double q = 1.0;
        if (semicolon >= 0) {
            const QByteArray parameter = item.mid(semicolon + 1).trimmed().toLower();
            if (parameter.startsWith("q="))
                q = parameter.mid(2).trimmed().toDouble();
        }
        if (name == Token || name == "x-gzip")
            gzip = q > 0;
        else if (name == "*")
            any = q > 0;
    }
    return gzip.value_or(any);
}

} // namespace ow::protocol::gzip
