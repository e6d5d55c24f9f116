#include "ChangesWire.h"

#include "WireKeys.h"

namespace ow::protocol::changes {

namespace k = keys::changes;

namespace {

QByteArray bytes(QLatin1StringView key)
{
    return QByteArray(key.data(), key.size());
}

} // namespace

QByteArray pageText(const QByteArray &changeTexts, bool hasMore, qint64 nextCursor)
{
    return "{\"" + bytes(k::Changes) + "\":[" + changeTexts + "],\"" + bytes(k::HasMore) +
           (hasMore ? "\":true,\"" : "\":false,\"") + bytes(k::NextCursor) +
           "\":" + QByteArray::number(nextCursor) + '}';
}

std::optional<qint64> peekNextCursor(const QByteArray &text)
{
    const QByteArray marker = "\"" + bytes(k::HasMore) + "\":true,\"" + bytes(k::NextCursor) + "\":";
    const QByteArray tail = text.right(marker.size() + 24);
    const qsizetype at = tail.lastIndexOf(marker);
    if (at < 0 || !tail.endsWith('}'))
        return std::nullopt;
    const QByteArray digits = tail.mid(at + marker.size(), tail.size() - 1 - at - marker.size());
    bool ok = false;
    const qint64 next = digits.toLongLong(&ok);
    if (!ok || next < 0 || digits.startsWith('+') || digits.startsWith(' '))
        return std::nullopt;
    return next;
}

} // namespace ow::protocol::changes
