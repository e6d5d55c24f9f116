#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace ow::exchange {

// The JSON object of a POST body as the server hands it to ExchangeService, or the
// request.malformed_json error (400) saying why not. The size is capped by the server before.
Result<QJsonObject> parseRequestBody(const QByteArray &body);

} // namespace ow::exchange
