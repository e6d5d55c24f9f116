#include "BoundedJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ow::sync {

int BoundedJson::nestingDepth(const QByteArray &json, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > limit)
                    return limit + 1;
            }
            break;
        case '}':
        case ']':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

Result<QJsonObject, SyncError> BoundedJson::parseObject(const QByteArray &json, qint64 maxBytes, int maxDepth)
{
    if (json.size() > maxBytes)
        return SyncErrors::responseTooLarge(maxBytes);
    if (nestingDepth(json, maxDepth) > maxDepth)
        return SyncErrors::responseTooDeep(maxDepth);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return SyncErrors::malformed(error.errorString() + QStringLiteral(" at offset ") +
                                     QString::number(error.offset));
    if (!document.isObject())
        return SyncErrors::malformed(QStringLiteral("not a JSON object"));
    return document.object();
}

} // namespace ow::sync
