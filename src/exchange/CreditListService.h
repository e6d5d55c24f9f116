#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"

#include <QJsonObject>

#include <mutex>

namespace ow::exchange {

// The registry's own credit list entries, entered at a counter (DOMAIN §7): a supervisor or an
// administrator proposes an entry or a removal (POST /api/v1/credit-entries), another one of the
// same scope confirms it (POST …/confirm, four eyes) and only then is it recorded, with its "list"
// change for every counter of the province. Everything is judged by core::CreditList's rules; the
// proposer, the confirmer and the authority come from the session, never from the body.
class CreditListService
{
public:
    CreditListService(ExchangeStore &store, std::mutex &writeLock) : m_store(store), m_writeLock(writeLock) {}

    ApiResponse propose(const Caller &caller, const QJsonObject &body);
    ApiResponse confirm(const Caller &caller, const QJsonObject &body);
    ApiResponse pending(const Caller &caller);

private:
    // The proposal the body describes, or the answer refusing it.
    std::variant<CreditProposal, ApiResponse> proposalOf(const Caller &caller, const QJsonObject &body,
                                                         const QDateTime &now);
    std::optional<ApiResponse> removalRefused(const Caller &caller, CreditProposal &proposal);
    // Records a confirmed proposal (the entry or its removal, with its change); the entry as recorded.
    Result<core::CreditEntry> record(const CreditProposal &proposal, const QString &confirmer,
                                     const QDateTime &now);

    ExchangeStore &m_store;
    std::mutex &m_writeLock;
};

} // namespace ow::exchange
