#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"

namespace ow::exchange {

// What an administrator's session may list over the API (users, workstations); the rest of the
// administration is the `onewindow-exchange` commands (ExchangeAdmin).
class AdminService
{
public:
    explicit AdminService(ExchangeStore &store);

    ApiResponse adminUsers(const Caller &caller);
    ApiResponse adminWorkstations(const Caller &caller);

private:
    ExchangeStore &m_store;
};

} // namespace ow::exchange
