#include "ChangeFeedService.h"

#include <QJsonArray>

namespace ow::exchange {

ChangeFeedService::ChangeFeedService(ExchangeStore &store) : m_store(store) {}

ApiResponse ChangeFeedService::changes(const Caller &caller, const QString &cursorText,
                                       const QString &limitText)
{
    bool cursorOk = true;
    const qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&cursorOk);
    if (!cursorOk || cursor < 0) {
        return ApiResponse::fail(400, QStringLiteral("request.invalid_field"),
                                 QStringLiteral("\"cursor\" must be a whole number, 0 or more."),
                                 QStringLiteral("cursor"));
    }
    bool limitOk = true;
    const int limit = limitText.isEmpty() ? DefaultChangesPerPage : limitText.toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > MaxChangesPerPage) {
        return ApiResponse::fail(400, QStringLiteral("request.invalid_field"),
                                 QStringLiteral("\"limit\" must be between 1 and %1.").arg(MaxChangesPerPage),
                                 QStringLiteral("limit"));
    }
    const auto page = m_store.feed().after(cursor, limit + 1);
    if (!page) {
        return api::storeFailure(page.error());
    }
    const bool hasMore = page.value().size() > limit;
    QJsonArray list;
    qint64 next = cursor;
    for (qsizetype i = 0; i < qMin<qsizetype>(limit, page.value().size()); ++i) {
        const ChangeRecord &c = page.value().at(i);
        list.append(QJsonObject{{QStringLiteral("seq"), c.seq},
                                {QStringLiteral("kind"), c.kind},
                                {QStringLiteral("caseId"), c.caseId},
                                {QStringLiteral("case"), c.caseJson},
                                {QStringLiteral("serverTime"), ExchangeDatabase::timeText(c.serverTime)},
                                {QStringLiteral("origin"), c.origin}});
        next = c.seq;
    }
    ApiResponse response = ApiResponse::ok({{QStringLiteral("changes"), list},
                                            {QStringLiteral("nextCursor"), next},
                                            {QStringLiteral("hasMore"), hasMore}});
    response.userId = caller.user->id;
    return response;
}

} // namespace ow::exchange
