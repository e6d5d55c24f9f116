#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"
#include "protocol/ChangesWire.h"

#include <QString>

namespace ow::exchange {

// The change feed as the workstations read it: a page of changes after their cursor.
class ChangeFeedService
{
public:
    static constexpr int MaxChangesPerPage = protocol::changes::MaxPerPage;
    static constexpr int DefaultChangesPerPage = protocol::changes::DefaultPerPage;

    explicit ChangeFeedService(ExchangeStore &store);

    // `skipLicencesTo` (may be empty): the `licence` changes up to this seq are left out, as the
    // caller's directory snapshot holds them (protocol::directory).
    ApiResponse changes(const Caller &caller, const QString &cursor, const QString &limit,
                        const QString &skipLicencesTo = {});
    // A page of the registered-entity directory of the caller's province (protocol::directory).
    ApiResponse directory(const Caller &caller, const QString &after, const QString &limit);

private:
    ExchangeStore &m_store;
};

} // namespace ow::exchange
