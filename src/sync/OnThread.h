#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace ow::sync {

// Runs `work` on `pool` and gives its result as a future (QtConcurrent::run without the module):
// the engine's store and prepare threads, each one thread with its own database connection.
template <typename Work> QFuture<std::invoke_result_t<Work &>> onThread(QThreadPool *pool, Work work)
{
    using Made = std::invoke_result_t<Work &>;
    auto promise = std::make_shared<QPromise<Made>>();
    QFuture<Made> future = promise->future();
    promise->start();
    pool->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace ow::sync
