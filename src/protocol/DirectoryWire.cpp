#include "DirectoryWire.h"

#include "WireKeys.h"
#include "core/JsonWriter.h"

#include <QJsonArray>

namespace ow::protocol::directory {

namespace k = keys::directory;

bool isCursor(const QString &code)
{
    if (code.size() > 18)
        return false;
    for (const QChar c : code) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return true;
}

QByteArray pageText(const PageHead &head, const QList<QByteArray> &entityTexts)
{
    // Keys in sorted order, as QJsonDocument writes them (core::JsonWriter).
    core::JsonWriter w;
    w.beginObject().key(k::AsOf).value(head.asOf).key(k::Entities).beginArray();
    for (const QByteArray &text : entityTexts)
        w.raw(text);
    w.endArray().key(k::HasMore).value(head.hasMore).key(k::Next).value(head.next);
    if (head.total >= 0)
        w.key(k::Total).value(head.total);
    w.endObject();
    return w.take();
}

std::optional<QString> peekNext(const QByteArray &text)
{
    // …],"hasMore":true,"next":"<code>"} or …,"next":"<code>","total":<n>}
    const auto bytes = [](QLatin1StringView key) {
        return QByteArray(key.data(), key.size());
    };
    const QByteArray marker = '"' + bytes(k::HasMore) + "\":true,\"" + bytes(k::Next) + "\":\"";
    const QByteArray tail = text.right(marker.size() + 64);
    const qsizetype at = tail.lastIndexOf(marker);
    if (at < 0)
        return std::nullopt;
    const qsizetype start = at + marker.size();
    const qsizetype end = tail.indexOf('"', start);
    if (end < 0)
        return std::nullopt;
    const QString next = QString::fromLatin1(tail.mid(start, end - start));
    if (next.isEmpty() || !isCursor(next))
        return std::nullopt;
    return next;
}

std::optional<Page> pageFromJson(const QJsonObject &json)
{
    const QJsonValue asOf = json.value(k::AsOf);
    const QJsonValue entities = json.value(k::Entities);
    const QJsonValue next = json.value(k::Next);
    const QJsonValue hasMore = json.value(k::HasMore);
    const QJsonValue total = json.value(k::Total);
    if (!asOf.isDouble() || !entities.isArray() || !next.isString() || !hasMore.isBool() ||
        !(total.isUndefined() || total.isDouble()))
        return std::nullopt;
    Page page;
    page.head.asOf = asOf.toInteger(-1);
    page.head.total = total.isUndefined() ? -1 : total.toInteger(-1);
    page.head.next = next.toString();
    page.head.hasMore = hasMore.toBool();
    if (page.head.asOf < 0 || (!total.isUndefined() && page.head.total < 0) || !isCursor(page.head.next) ||
        (page.head.hasMore && page.head.next.isEmpty()))
        return std::nullopt;
    const QJsonArray list = entities.toArray();
    page.entities.reserve(list.size());
    for (const QJsonValue &entity : list) {
        if (std::optional<core::RegisteredEntity> read = core::RegisteredEntity::fromJson(entity.toObject()))
            page.entities.append(std::move(*read));
        else
            ++page.unreadable;
    }
    return page;
}

} // namespace ow::protocol::directory
