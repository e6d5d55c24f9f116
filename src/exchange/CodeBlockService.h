#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"

#include <QJsonObject>

#include <mutex>

namespace ow::exchange {

// Offline issuance (DOMAIN §5): a workstation whose office issues licences during outages holds a
// block of credit-code serials reserved while it is online. POST /api/v1/code-blocks reserves up
// to MaxUnused for the caller's workstation and puts the block in the change feed (kind
// "code_block", under the workstation's authority), which is how the workstation receives it; the
// answer lists the workstation's unused serials too.
class CodeBlockService
{
public:
    static constexpr int DefaultCount = 10;
    static constexpr int MaxUnused = 20; // serials one workstation may hold unused

    CodeBlockService(ExchangeStore &store, std::mutex &writeLock) : m_store(store), m_writeLock(writeLock) {}

    ApiResponse reserve(const Caller &caller, const QJsonObject &body);

private:
    ExchangeStore &m_store;
    std::mutex &m_writeLock;
};

} // namespace ow::exchange
