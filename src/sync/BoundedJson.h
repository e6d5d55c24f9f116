#pragma once

#include "SyncError.h"
#include "core/Limits.h"

#include <QByteArray>
#include <QJsonObject>

namespace ow::sync {

// Reading JSON from the exchange with limits (protocol: answers ≤ 16 MiB, nesting ≤ 64). The
// byte limit is core::Limits::maxResponseBytes, which holds every page of the change feed: the
// exchange never stores a change larger than a client reads (core/Limits.h, static_assert).
// QJsonDocument has its own, much higher, limits; the depth is checked here first, with a
// linear scan that allocates nothing, so a hostile answer is refused before it is parsed.
class BoundedJson
{
public:
    static constexpr qint64 MaxBytes = core::Limits::maxResponseBytes;
    static constexpr int MaxDepth = 64;

    // The deepest nesting of objects and arrays, counting strings correctly (brackets inside
    // strings and escaped quotes do not count). Stops early and returns limit + 1 once deeper
    // than `limit`.
    static int nestingDepth(const QByteArray &json, int limit = MaxDepth);

    // A JSON object within the limits, or a SyncError (response.too_large, response.too_deep,
    // response.malformed).
    static Result<QJsonObject, SyncError> parseObject(const QByteArray &json, qint64 maxBytes = MaxBytes,
                                                      int maxDepth = MaxDepth);
};

} // namespace ow::sync
