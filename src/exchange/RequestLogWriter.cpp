#include "RequestLogWriter.h"

#include "ExchangeLog.h"

#include <chrono>

namespace ow::exchange {
namespace {

// Beyond this many waiting entries (the store is gone for long), new ones are counted, not kept.
constexpr qsizetype MaxQueued = 100000;
constexpr auto PruneEvery = std::chrono::hours(1);

} // namespace

RequestLogWriter::RequestLogWriter(StoreLocation location, QString connectionName, std::mutex &writeLock,
                                   Options options)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName)), m_writeLock(writeLock),
      m_options(options)
{
    m_thread = std::thread([this] { run(); });
}

RequestLogWriter::~RequestLogWriter()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void RequestLogWriter::add(RequestLogEntry entry)
{
    bool wake = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_queue.size() >= MaxQueued) {
            qCWarning(lcExchangeRequest).noquote()
                << "request log queue full; not logged:" << entry.requestId;
            return;
        }
        m_queue.append(std::move(entry));
        wake = m_queue.size() >= m_options.batch;
    }
    if (wake) {
        m_wake.notify_one();
    }
}

void RequestLogWriter::run()
{
    auto opened = ExchangeStore::open(m_location, m_connectionName);
    if (!opened) {
        qCCritical(lcExchangeRequest)
            << "request log writer cannot open the store:" << opened.error().message;
    }
    ExchangeStore *store = opened ? opened.value().get() : nullptr;
    auto lastPrune = std::chrono::steady_clock::now() - PruneEvery; // prune once at start
    QList<RequestLogEntry> pending;
    for (;;) {
        bool stopping = false;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_options.intervalMs),
                            [this] { return m_stopping || m_queue.size() >= m_options.batch; });
            pending.append(std::move(m_queue));
            m_queue.clear();
            stopping = m_stopping;
        }
        if (store) {
            flush(*store, pending);
            // The writers' commits leave the write-ahead log to this thread (ExchangeDatabase::checkpoint).
            if (auto checkpointed = store->checkpoint(); !checkpointed) {
                qCWarning(lcExchangeStore) << "checkpoint failed:" << checkpointed.error().message;
            }
            if (m_options.retentionDays > 0 && std::chrono::steady_clock::now() - lastPrune >= PruneEvery) {
                prune(*store);
                lastPrune = std::chrono::steady_clock::now();
            }
        } else {
            pending.clear();
        }
        if (stopping) {
            break;
        }
    }
}

void RequestLogWriter::flush(ExchangeStore &store, QList<RequestLogEntry> &pending)
{
    if (pending.isEmpty()) {
        return;
    }
    Result<void> written;
    {
        const std::lock_guard<std::mutex> lock(m_writeLock);
        written = store.requestLog().addAll(pending);
    }
    if (written) {
        pending.clear();
    } else if (pending.size() >= MaxQueued) {
        qCWarning(lcExchangeRequest) << "request log not written; dropping" << pending.size()
                                     << "entries:" << written.error().message;
        pending.clear();
    } else {
        // Kept for the next round (the store may be busy or reconnecting).
        qCWarning(lcExchangeRequest) << "request log not written yet:" << written.error().message;
    }
}

void RequestLogWriter::prune(ExchangeStore &store)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addDays(-m_options.retentionDays);
    const Result<int> pruned = [&] {
        const std::lock_guard<std::mutex> lock(m_writeLock);
        return store.requestLog().prune(before);
    }();
    if (!pruned) {
        qCWarning(lcExchangeRequest) << "old request log entries not deleted:" << pruned.error().message;
    } else if (pruned.value() > 0) {
        qCInfo(lcExchangeRequest) << "deleted" << pruned.value() << "request log entries older than"
                                  << m_options.retentionDays << "days";
    }
}

} // namespace ow::exchange
