#include "StatisticsService.h"

#include "ExchangeLog.h"
#include "core/Authority.h"
#include "protocol/StatisticsWire.h"

#include <QElapsedTimer>

namespace ow::exchange {

namespace {

ApiResponse refused(const QString &message)
{
    return ApiResponse::fail(403, protocol::errors::StatisticsForbidden, message);
}

} // namespace

bool StatisticsService::mayReadProvince(const Caller &caller)
{
    if (!caller.user || !core::Authority::isValid(caller.authority)) {
        return false;
    }
    return caller.user->role == core::Role::Admin ||
           (caller.user->role == core::Role::Supervisor && core::Authority::isProvincial(caller.authority));
}

ApiResponse StatisticsService::statistics(const Caller &caller, const Query &query)
{
    if (!mayReadProvince(caller)) {
        qCInfo(lcExchangeStatistics) << "statistics refused to" << (caller.user ? caller.user->id : QString())
                                     << "of" << caller.authority;
        return refused(QStringLiteral("Only an administrator or a provincial supervisor (of the province's "
                                      "authority) reads the province's statistics."));
    }
    const Result<core::StatisticsFilter> filter = protocol::statistics::filterFromQuery(
        query.from, query.to, query.granularity, query.authority, query.type);
    if (!filter) {
        return ApiResponse::fail(400, filter.error().code, filter.error().message, filter.error().field);
    }
    const QString province = core::Authority::province(caller.authority);
    if (!filter.value().authority.isEmpty() &&
        core::Authority::province(filter.value().authority) != province) {
        return refused(QStringLiteral("Authority %1 is not of your province.").arg(filter.value().authority));
    }
    QElapsedTimer timer;
    timer.start();
    const Result<protocol::statistics::Answer> answer = m_store.statistics().facts(filter.value(), province);
    if (!answer) {
        return api::storeFailure(answer.error());
    }
    qCInfo(lcExchangeStatistics) << "statistics for" << caller.user->id << filter.value().from
                                 << filter.value().to << "in" << timer.elapsed() << "ms";
    ApiResponse response = ApiResponse::ok(protocol::statistics::toJson(answer.value()));
    response.userId = caller.user->id;
    return response;
}

} // namespace ow::exchange
