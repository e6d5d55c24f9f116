#include "WorkerPool.h"

#include "exchange/ExchangeLog.h"

namespace ow::exchange::http {

WorkerPool::WorkerPool(int threads, qsizetype queueLimit, const StoreLocation &location,
                       const QString &connectionPrefix)
    : m_queueLimit(queueLimit)
{
    m_threads.reserve(size_t(threads));
    for (int i = 0; i < threads; ++i) {
        const QString connection = connectionPrefix + QString::number(i);
        m_threads.emplace_back([this, location, connection] { work(location, connection); });
    }
}

WorkerPool::~WorkerPool()
{
    stop();
}

bool WorkerPool::post(Job job)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopping || qsizetype(m_jobs.size()) >= m_queueLimit) {
            return false;
        }
        m_jobs.push_back(std::move(job));
    }
    m_ready.notify_one();
    return true;
}

void WorkerPool::stop()
{
    std::deque<Job> dropped;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
        dropped.swap(m_jobs);
    }
    m_ready.notify_all();
    for (std::thread &thread : m_threads) {
        if (thread.joinable()) {
            thread.join();
        }
    }
    m_threads.clear();
    // `dropped` releases what its jobs held (their connections) here, after the workers ended.
}

void WorkerPool::work(const StoreLocation &location, const QString &connectionName)
{
    std::unique_ptr<ExchangeStore> store;
    if (auto opened = ExchangeStore::open(location, connectionName)) {
        store = std::move(opened.value());
    } else {
        qCCritical(lcExchangeServer).noquote() << "a worker cannot open the store:" << opened.error().message;
    }
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_ready.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping) {
                break;
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(store.get());
    }
}

} // namespace ow::exchange::http
