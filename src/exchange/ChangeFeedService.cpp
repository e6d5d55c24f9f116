#include "ChangeFeedService.h"

#include "ExchangeBounds.h"
#include "core/Authority.h"
#include "core/Limits.h"
#include "protocol/DirectoryWire.h"
#include "protocol/Endpoints.h"

#include <QJsonArray>

#include <variant>

namespace ow::exchange {

ChangeFeedService::ChangeFeedService(ExchangeStore &store) : m_store(store) {}

namespace {

// A query's whole number 0 or more (`fallback` when absent), or the 400 answer naming it.
std::variant<qint64, ApiResponse> seqOf(const QString &text, QLatin1StringView name, qint64 fallback = 0)
{
    bool ok = true;
    const qint64 value = text.isEmpty() ? fallback : text.toLongLong(&ok);
    if (!ok || value < 0) {
        return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                 QStringLiteral("\"%1\" must be a whole number, 0 or more.").arg(name), name);
    }
    return value;
}

// A page size of 1..max (`fallback` when absent), or the 400 answer.
std::variant<int, ApiResponse> limitOf(const QString &text, int fallback, int max)
{
    bool ok = true;
    const int limit = text.isEmpty() ? fallback : text.toInt(&ok);
    if (!ok || limit < 1 || limit > max) {
        return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                 QStringLiteral("\"limit\" must be between 1 and %1.").arg(max),
                                 protocol::query::Limit);
    }
    return limit;
}

} // namespace

ApiResponse ChangeFeedService::changes(const Caller &caller, const QString &cursorText,
                                       const QString &limitText, const QString &skipText)
{
    const auto cursorRead = seqOf(cursorText, protocol::query::Cursor);
    if (const auto *refused = std::get_if<ApiResponse>(&cursorRead)) {
        return *refused;
    }
    const auto skipRead = seqOf(skipText, protocol::query::SkipLicencesTo);
    if (const auto *refused = std::get_if<ApiResponse>(&skipRead)) {
        return *refused;
    }
    const auto limitRead = limitOf(limitText, DefaultChangesPerPage, MaxChangesPerPage);
    if (const auto *refused = std::get_if<ApiResponse>(&limitRead)) {
        return *refused;
    }
    const qint64 cursor = std::get<qint64>(cursorRead);
    const int limit = std::get<int>(limitRead);
    // Bounded by count and by bytes (core::Limits::feedPageBudgetBytes), never empty; only the
    // changes of the caller's authority (its province's for the provincial scope, core::Authority),
    // the cursor moving past the others'.
    const auto rows = m_store.feed().scopedAfter(
        caller.authority, cursor, limit + 1, core::Limits::feedPageBudgetBytes, std::get<qint64>(skipRead));
    if (!rows) {
        return api::storeFailure(rows.error());
    }
    const ExchangeBounds::Page page = ExchangeBounds::feedPage(
        rows.value().rows, cursor, limit, core::Limits::feedPageBudgetBytes, rows.value().scannedTo);
    ApiResponse response = ApiResponse::json(page.json);
    response.userId = caller.user->id;
    return response;
}

ApiResponse ChangeFeedService::directory(const Caller &caller, const QString &after, const QString &limitText)
{
    if (!protocol::directory::isCursor(after)) {
        return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                 QStringLiteral("\"after\" must be a credit code: up to 18 of 0-9 and A-Z."),
                                 protocol::query::After);
    }
    const auto limitRead =
        limitOf(limitText, protocol::directory::DefaultPerPage, protocol::directory::MaxPerPage);
    if (const auto *refused = std::get_if<ApiResponse>(&limitRead)) {
        return *refused;
    }
    // The feed's end first: whatever the pages miss that changes later has a higher seq.
    const Result<qint64> asOf = m_store.feed().lastSeq();
    if (!asOf) {
        return api::storeFailure(asOf.error());
    }
    const QString province = core::Authority::province(caller.authority);
    protocol::directory::PageHead head;
    head.asOf = asOf.value();
    if (after.isEmpty()) {
        const Result<qint64> total = m_store.licences().countInProvince(province);
        if (!total) {
            return api::storeFailure(total.error());
        }
        head.total = total.value();
    }
    const auto rows = m_store.licences().directoryPage(province, after, std::get<int>(limitRead),
                                                       core::Limits::feedPageBudgetBytes);
    if (!rows) {
        return api::storeFailure(rows.error());
    }
    head.next = rows.value().last.isEmpty() ? after : rows.value().last;
    head.hasMore = rows.value().more;
    ApiResponse response = ApiResponse::json(protocol::directory::pageText(head, rows.value().texts));
    response.userId = caller.user->id;
    return response;
}

} // namespace ow::exchange
