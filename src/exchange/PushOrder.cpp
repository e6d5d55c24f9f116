#include "PushOrder.h"

namespace ow::exchange {

QString PushOrder::keyOf(const QString &workstation, const QString &batch)
{
    return workstation + QLatin1Char('/') + batch;
}

PushOrder::Turn::Turn(Turn &&other) noexcept : m_order(other.m_order), m_key(std::move(other.m_key))
{
    other.m_order = nullptr;
}

PushOrder::Turn::~Turn()
{
    if (m_order)
        m_order->end(m_key, false);
}

void PushOrder::Turn::committed()
{
    if (m_order)
        m_order->end(m_key, true);
    m_order = nullptr;
}

PushOrder::Turn PushOrder::begin(const QString &workstation, const QString &batch)
{
    if (batch.isEmpty())
        return {};
    return Turn(this, keyOf(workstation, batch));
}

void PushOrder::end(const QString &key, bool committed)
{
    {
        const std::lock_guard<std::mutex> lock(m_lock);
        const auto known = m_outcomes.find(key);
        if (known != m_outcomes.end()) {
            known.value() = known.value() || committed; // a resend under the same name
        } else {
            m_outcomes.insert(key, committed);
            m_outcomeOrder.push_back(key);
            if (m_outcomeOrder.size() > std::size_t(Remembered)) {
                m_outcomes.remove(m_outcomeOrder.front());
                m_outcomeOrder.pop_front();
            }
        }
    }
    m_ended.notify_all();
}

bool PushOrder::follow(std::unique_lock<std::mutex> &writers, const QString &workstation,
                       const QString &follows)
{
    const QString key = keyOf(workstation, follows);
    std::unique_lock<std::mutex> mine(m_lock);
    if (const auto known = m_outcomes.constFind(key); known != m_outcomes.cend())
        return known.value();
    if (m_waiting.contains(workstation))
        return false;
    // Not ended yet: let it have the writers' lock.
    m_waiting.insert(workstation);
    writers.unlock();
    m_ended.wait_for(mine, m_patience, [&] { return m_outcomes.contains(key); });
    m_waiting.remove(workstation);
    const bool committed = m_outcomes.value(key, false);
    mine.unlock();
    writers.lock(); // the writers' lock first, as everywhere
    return committed;
}

} // namespace ow::exchange
