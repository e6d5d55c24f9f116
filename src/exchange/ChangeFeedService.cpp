#include "ChangeFeedService.h"

#include "ExchangeBounds.h"
#include "core/Limits.h"
#include "protocol/Endpoints.h"

#include <QJsonArray>

namespace ow::exchange {

ChangeFeedService::ChangeFeedService(ExchangeStore &store) : m_store(store) {}

ApiResponse ChangeFeedService::changes(const Caller &caller, const QString &cursorText,
                                       const QString &limitText)
{
    bool cursorOk = true;
    const qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&cursorOk);
    if (!cursorOk || cursor < 0) {
        return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                 QStringLiteral("\"cursor\" must be a whole number, 0 or more."),
                                 protocol::query::Cursor);
    }
    bool limitOk = true;
    const int limit = limitText.isEmpty() ? DefaultChangesPerPage : limitText.toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > MaxChangesPerPage) {
        return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                 QStringLiteral("\"limit\" must be between 1 and %1.").arg(MaxChangesPerPage),
                                 protocol::query::Limit);
    }
    // Bounded by count and by bytes (core::Limits::feedPageBudgetBytes), never empty; only the
    // changes of the caller's authority (its province's for the provincial scope, core::Authority),
    // the cursor moving past the others'.
    const auto rows =
        m_store.feed().scopedAfter(caller.authority, cursor, limit + 1, core::Limits::feedPageBudgetBytes);
    if (!rows) {
        return api::storeFailure(rows.error());
    }
    const ExchangeBounds::Page page = ExchangeBounds::feedPage(
        rows.value().rows, cursor, limit, core::Limits::feedPageBudgetBytes, rows.value().scannedTo);
    ApiResponse response = ApiResponse::json(page.json);
    response.userId = caller.user->id;
    return response;
}

} // namespace ow::exchange
