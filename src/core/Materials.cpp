#include "Materials.h"

#include "JsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace ow::core {
namespace {

struct StatusInfo
{
    MaterialStatus status;
    const char *key;
    const char *label;
};

constexpr std::array<StatusInfo, 4> StatusTable{{
    {MaterialStatus::Missing, "missing", QT_TRANSLATE_NOOP("MaterialStatuses", "Missing")},
    {MaterialStatus::OriginalSeen, "original_seen", QT_TRANSLATE_NOOP("MaterialStatuses", "Original seen")},
    {MaterialStatus::CopyKept, "copy_kept", QT_TRANSLATE_NOOP("MaterialStatuses", "Copy kept")},
    {MaterialStatus::Scanned, "scanned", QT_TRANSLATE_NOOP("MaterialStatuses", "Scanned")},
}};

} // namespace

QString MaterialStatuses::toKey(MaterialStatus status)
{
    for (const StatusInfo &s : StatusTable) {
        if (s.status == status) {
            return QLatin1String(s.key);
        }
    }
    return QStringLiteral("missing");
}

std::optional<MaterialStatus> MaterialStatuses::fromKey(const QString &key)
{
    for (const StatusInfo &s : StatusTable) {
        if (key == QLatin1String(s.key)) {
            return s.status;
        }
    }
    return std::nullopt;
}

QString MaterialStatuses::label(MaterialStatus status)
{
    for (const StatusInfo &s : StatusTable) {
        if (s.status == status) {
            return tr(s.label);
        }
    }
    return {};
}

// Keys in sorted order (see JsonWriter).
void writeMaterials(JsonWriter &w, const QList<MaterialItem> &items)
{
    w.beginArray();
    for (const MaterialItem &m : items) {
        w.beginObject().key(QLatin1StringView("attachments")).beginArray();
        for (const QString &hash : m.attachments)
            w.value(hash);
        w.endArray()
            .field("id", m.id)
            .field("required", m.required)
            .field("status", MaterialStatuses::toKey(m.status))
            .field("title", m.title)
            .endObject();
    }
    w.endArray();
}

QJsonArray materialsToJson(const QList<MaterialItem> &items)
{
    JsonWriter w;
    writeMaterials(w, items);
    return QJsonDocument::fromJson(w.take()).array();
}

namespace {

// Read from Qt's JSON or from core::JsonText alike.
template <typename Array> QList<MaterialItem> materialsFrom(const Array &json)
{
    QList<MaterialItem> items;
    for (const auto &v : json) {
        const auto o = v.toObject();
        MaterialItem m;
        m.id = o.value(u"id").toString();
        m.title = o.value(u"title").toString();
        m.required = o.value(u"required").toBool(true);
        m.status = MaterialStatuses::fromKey(o.value(u"status").toString()).value_or(MaterialStatus::Missing);
        for (const auto &a : o.value(u"attachments").toArray()) {
            m.attachments.append(a.toString());
        }
        items.append(m);
    }
    return items;
}

} // namespace

QList<MaterialItem> materialsFromJson(const QJsonArray &json)
{
    return materialsFrom(json);
}

QList<MaterialItem> materialsFromJson(const JsonText::Array &json)
{
    return materialsFrom(json);
}

QList<MaterialItem> missingMaterials(const QList<MaterialItem> &items)
{
    QList<MaterialItem> missing;
    for (const MaterialItem &m : items) {
        if (m.required && !MaterialStatuses::isSatisfied(m.status)) {
            missing.append(m);
        }
    }
    return missing;
}

void keepMarks(QList<MaterialItem> &items, const QList<MaterialItem> &previous)
{
    for (MaterialItem &item : items) {
        for (const MaterialItem &old : previous) {
            if (old.id == item.id) {
                item.status = old.status;
                item.attachments = old.attachments;
            }
        }
    }
}

} // namespace ow::core
