#pragma once

// Makes a list's items on a second thread, in order, while the caller uses those made already
// (issue 8 §5). A pushed batch is decoded and its forms judged (pure work, no store) while the
// events before are written under the writers' lock, so the two overlap on two cores and the
// batch still applies in order.

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace ow::exchange {

template <typename Out> class MadeAhead
{
public:
    // Starts making `count` items, item i by `make(i)`, on a thread of its own. `make` must not
    // touch what the caller uses meanwhile.
    MadeAhead(qsizetype count, std::function<Out(qsizetype)> make)
        : m_items(std::size_t(count)), m_make(std::move(make))
    {
        m_thread = std::jthread([this](std::stop_token stop) {
            for (qsizetype i = 0; i < qsizetype(m_items.size()) && !stop.stop_requested(); ++i) {
                m_items[std::size_t(i)] = m_make(i);
                m_ready.store(i + 1, std::memory_order_release);
                m_ready.notify_one();
            }
        });
    }
    // A batch that ends early (a store failure) stops the thread after the item it is making.
    ~MadeAhead() = default;
    MadeAhead(const MadeAhead &) = delete;
    MadeAhead &operator=(const MadeAhead &) = delete;

    qsizetype size() const { return qsizetype(m_items.size()); }

    // Item `i`, waiting until it is made.
    const Out &at(qsizetype i)
    {
        for (qsizetype ready = m_ready.load(std::memory_order_acquire); ready <= i;
             ready = m_ready.load(std::memory_order_acquire)) {
            m_ready.wait(ready, std::memory_order_acquire);
        }
        return m_items[std::size_t(i)];
    }

private:
    std::vector<Out> m_items;
    std::function<Out(qsizetype)> m_make;
    std::atomic<qsizetype> m_ready{0};
    std::jthread m_thread; // last: joined (after a stop request) before the items go
};

} // namespace ow::exchange
