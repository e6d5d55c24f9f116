#pragma once

#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::core {

enum class MaterialStatus
{
    Missing,
    OriginalSeen,
    CopyKept,
    Scanned
};

// One item of the checklist of an entity type and how the clerk marked it.
struct MaterialItem
{
    QString id;    // e.g. "application_form"
    QString title; // translated title shown on the checklist
    bool required = true;
    MaterialStatus status = MaterialStatus::Missing;
    QStringList attachments; // SHA-256 hex of attached scans
    bool operator==(const MaterialItem &) const = default;
};

class MaterialStatuses
{
    Q_DECLARE_TR_FUNCTIONS(MaterialStatuses)
public:
    static QString toKey(MaterialStatus status);
    static std::optional<MaterialStatus> fromKey(const QString &key);
    static QString label(MaterialStatus status);
    static bool isSatisfied(MaterialStatus status) { return status != MaterialStatus::Missing; }
};

class JsonWriter;
void writeMaterials(JsonWriter &writer, const QList<MaterialItem> &items);
QJsonArray materialsToJson(const QList<MaterialItem> &items);
QList<MaterialItem> materialsFromJson(const QJsonArray &json);
QList<MaterialItem> materialsFromJson(const JsonText::Array &json);
// `items` (a new checklist) with the marks and scans of the items of `previous` of the same id: what a
// clerk marked stays when the checklist changes (another entity type, another change item, procedure).
void keepMarks(QList<MaterialItem> &items, const QList<MaterialItem> &previous);
// Required items still missing: what a 补正通知书 must list.
QList<MaterialItem> missingMaterials(const QList<MaterialItem> &items);

} // namespace ow::core
