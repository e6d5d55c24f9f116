#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"

#include <QString>

namespace ow::exchange {

// The change feed as the workstations read it: a page of changes after their cursor.
class ChangeFeedService
{
public:
    static constexpr int MaxChangesPerPage = 500;
    static constexpr int DefaultChangesPerPage = 100;

    explicit ChangeFeedService(ExchangeStore &store);

    ApiResponse changes(const Caller &caller, const QString &cursor, const QString &limit);

private:
    ExchangeStore &m_store;
};

} // namespace ow::exchange
