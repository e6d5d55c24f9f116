#pragma once

// Private to ExchangeClient's source files: an answer's JSON handed to its parser, and the result
// (or the error, with the request's id) to the caller.
#include "ExchangeClient.h"

namespace ow::sync {

template <typename T, typename Parse>
void finishWith(ExchangeClient::Callback<T> done, Result<QJsonObject, SyncError> raw,
                const QString &requestId, Parse parse)
{
    if (!raw) {
        done(raw.error());
        return;
    }
    Result<T, SyncError> result = parse(raw.value());
    if (!result) {
        SyncError error = result.error();
        error.requestId = requestId;
        done(error);
        return;
    }
    done(std::move(result));
}

} // namespace ow::sync
