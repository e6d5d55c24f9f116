#include "ExchangeService.h"

namespace ow::exchange {

ExchangeService::ExchangeService(ExchangeStore &store, std::mutex &writeLock)
    : m_sessions(store, writeLock), m_events(store, writeLock), m_feed(store), m_intake(store, writeLock),
      m_admin(store)
{}

ApiResponse ExchangeService::health() const
{
    return ApiResponse::ok(
        {{QStringLiteral("status"), QStringLiteral("ok")},
         {QStringLiteral("version"), QStringLiteral("0.1.0")},
         {QStringLiteral("api"), 1},
         {QStringLiteral("serverTime"), ExchangeDatabase::timeText(QDateTime::currentDateTimeUtc())}});
}

} // namespace ow::exchange
