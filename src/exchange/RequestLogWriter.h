#pragma once

#include "ExchangeStore.h"

#include <QList>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace ow::exchange {

// Writes the request log off the request path: workers hand over entries, and one thread with
// its own store connection writes them in batches (a transaction every `interval`, or sooner
// when `batch` are waiting) and deletes entries older than the retention once an hour. A crash
// loses at most the last interval's entries; failures are also logged to the console at once.
// Each round it also checkpoints SQLite's write-ahead log, which the writers leave to it.
class RequestLogWriter
{
public:
    struct Options
    {
        int intervalMs = 250;
        int batch = 500;
        int retentionDays = 90; // 0: keep everything
    };

    // `writeLock` is the exchange's in-process writer lock (SQLite has one writer at a time).
    RequestLogWriter(StoreLocation location, QString connectionName, std::mutex &writeLock, Options options);
    ~RequestLogWriter(); // writes what is queued, then stops
    RequestLogWriter(const RequestLogWriter &) = delete;
    RequestLogWriter &operator=(const RequestLogWriter &) = delete;

    void add(RequestLogEntry entry);

private:
    void run();
    void flush(ExchangeStore &store, QList<RequestLogEntry> &pending);
    void prune(ExchangeStore &store);

    const StoreLocation m_location;
    const QString m_connectionName;
    std::mutex &m_writeLock;
    const Options m_options;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<RequestLogEntry> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace ow::exchange
