#include "RequestBody.h"

#include "protocol/ErrorCodes.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ow::exchange {

Result<QJsonObject> parseRequestBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{protocol::errors::RequestMalformedJson,
                     QStringLiteral("The body is not a JSON object: %1")
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : QStringLiteral("not an object")),
                     {}};
    }
    return document.object();
}

} // namespace ow::exchange
