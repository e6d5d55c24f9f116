#include "RateLimiter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace ow::exchange::http {

RateLimiter::RateLimiter(int perMinute, int burst, Clock clock, qsizetype maxAddresses)
    : m_perMs(std::max(1, perMinute) / 60000.0), m_burst(std::max(1, burst)), m_clock([clock]() -> Clock {
          if (clock) {
              return clock;
          }
          auto timer = std::make_shared<QElapsedTimer>();
          timer->start();
          return [timer] {
              return timer->elapsed();
          };
      }()),
      m_maxAddresses(std::max<qsizetype>(1, maxAddresses))
{}

double RateLimiter::refilled(const Bucket &bucket, qint64 now) const
{
    return std::min(m_burst, bucket.tokens + double(now - bucket.at) * m_perMs);
}

void RateLimiter::forgetFull(qint64 now)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        it = refilled(it.value(), now) >= m_burst ? m_buckets.erase(it) : std::next(it);
    }
}

bool RateLimiter::allow(const QByteArray &address, int *retryAfterSeconds)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const qint64 now = m_clock();
    auto it = m_buckets.find(address);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxAddresses) {
            forgetFull(now);
        }
        if (m_buckets.size() >= m_maxAddresses) {
            if (retryAfterSeconds) {
                *retryAfterSeconds = int(std::ceil(1.0 / m_perMs / 1000.0));
            }
            return false;
        }
        it = m_buckets.insert(address, Bucket{m_burst, now});
    }
    Bucket &bucket = it.value();
    bucket.tokens = refilled(bucket, now);
    bucket.at = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds) {
        *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_perMs / 1000.0)));
    }
    return false;
}

qsizetype RateLimiter::addresses() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_buckets.size();
}

} // namespace ow::exchange::http
