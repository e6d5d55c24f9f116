#pragma once

#include "exchange/ExchangeStore.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ow::exchange::http {

// Threads that do the exchange's blocking work (the store, scrypt) for the event loop, each with
// its own store connection for its whole life (a Qt SQL connection belongs to the thread that
// opened it). A connection never holds a worker: the event loop hands a worker one job per step
// of a request and gets the answer back. The queue is bounded, so a flood is answered "busy"
// instead of growing memory without end.
class WorkerPool
{
public:
    // `store` is null when the worker could not open its connection: the job answers 503.
    using Job = std::function<void(ExchangeStore *store)>;

    WorkerPool(int threads, qsizetype queueLimit, const StoreLocation &location,
               const QString &connectionPrefix);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    // False when the queue is full or the pool is stopping: the job was not taken.
    bool post(Job job);
    // Runs the jobs under way to their end, drops the waiting ones and joins the threads.
    void stop();

private:
    void work(const StoreLocation &location, const QString &connectionName);

    const qsizetype m_queueLimit;
    std::vector<std::thread> m_threads;
    std::deque<Job> m_jobs;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    bool m_stopping = false;
};

} // namespace ow::exchange::http
