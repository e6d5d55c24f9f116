#pragma once

#include "ApiRoutes.h"
#include "RateLimiter.h"
#include "WorkerPool.h"
#include "exchange/ExchangeServer.h"
#include "exchange/LicenceSigner.h"
#include "exchange/PushOrder.h"
#include "exchange/RequestLogWriter.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace ow::exchange::http {

// The bytes all bodies being read or handled may take together.
class BodyBudget
{
public:
    explicit BodyBudget(qint64 bytes) : m_free(bytes) {}
    // Takes `bytes` when they are free; false (nothing taken) otherwise.
    bool take(qint64 bytes)
    {
        qint64 free = m_free.load();
        while (free >= bytes) {
            if (m_free.compare_exchange_weak(free, free - bytes)) {
                return true;
            }
        }
        return false;
    }
    void give(qint64 bytes) { m_free += bytes; }

private:
    std::atomic<qint64> m_free;
};

// What every connection of one server shares. It outlives them all: the server stops the
// workers and the event loop before it goes.
struct ServerState
{
    explicit ServerState(ServerOptions serverOptions)
        : options(std::move(serverOptions)), routes(options.maxBodyBytes), bodies(options.bodyBudgetBytes),
          pushOrder(std::chrono::milliseconds(options.pushFollowMs))
    {
        publicRate = std::make_unique<RateLimiter>(options.publicRequestsPerMinute, options.publicBurst);
    }

    WorkerPool &pool(Lane lane) { return lane == Lane::SignIn ? *signInWorkers : *storeWorkers; }

    const ServerOptions options;
    const ApiRoutes routes;
    BodyBudget bodies;
    std::mutex writeLock; // one writer at a time in this process (SQLite's rule, the feed's order)
    PushOrder pushOrder;  // a counter's two batches in flight, applied in the order it sent them
    std::unique_ptr<WorkerPool> storeWorkers;
    std::unique_ptr<WorkerPool> signInWorkers;
    std::unique_ptr<RequestLogWriter> requestLog;
    std::unique_ptr<LicenceSigner> signer; // the authority's signature on confirmed licences
    std::atomic<int> connections{0};
    // The public lookup's: its own workers (lookups never take the API's), its rate per address.
    std::unique_ptr<WorkerPool> publicWorkers;
    std::unique_ptr<RateLimiter> publicRate;
    std::atomic<int> publicConnections{0};
};

} // namespace ow::exchange::http
