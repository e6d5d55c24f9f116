#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"

#include <QString>

namespace ow::exchange {

// GET /api/v1/statistics (issue 12 §3): the supervisors' statistics facts of the whole province,
// from the exchange's store (ExchangeStatistics), for the counter to draw as it draws its own.
//
// Who may ask: an administrator, or a provincial supervisor, that is a supervisor whose authority
// is the province's own (core::Authority::isProvincial, XX0000); each for the province of their
// authority only, as a whole or one authority of it. Anyone else, and an authority of another
// province, gets 403 statistics.forbidden, before the filter is read. The filter is the protocol's
// (protocol::statistics::filterFromQuery: dates, granularity, authority, type, a period of at most
// core::StatisticsFilter::MaxDays); a bad one gets 400 request.invalid_field naming the parameter.
// The answer is read, nothing is written; its "asOf" is the exchange's clock.
class StatisticsService
{
public:
    explicit StatisticsService(ExchangeStore &store) : m_store(store) {}

    struct Query
    {
        QString from;
        QString to;
        QString granularity;
        QString authority;
        QString type;
    };
    ApiResponse statistics(const Caller &caller, const Query &query);

    // Whether `caller` may read the statistics of the whole province (the scope rule above).
    static bool mayReadProvince(const Caller &caller);

private:
    ExchangeStore &m_store;
};

} // namespace ow::exchange
