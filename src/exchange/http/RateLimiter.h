#pragma once

#include <QByteArray>
#include <QHash>

#include <functional>
#include <mutex>

namespace ow::exchange::http {

// Requests per client address as a token bucket: each address holds up to `burst` tokens, a request
// takes one, and tokens come back at `perMinute` a minute, continuously:
//     tokens(t) = min(burst, tokens(t0) + (t − t0) · perMinute / 60 000 ms)
// so an address may make `burst` requests at once and then `perMinute` a minute for as long as it
// likes. The clock (milliseconds, monotonic) is injected for tests. Addresses whose bucket is full
// again are forgotten once more than `maxAddresses` are held, so a flood of addresses cannot grow
// memory without end (beyond it, a new address is refused until some are forgotten).
class RateLimiter
{
public:
    using Clock = std::function<qint64()>;

    RateLimiter(int perMinute, int burst, Clock clock = {}, qsizetype maxAddresses = 100000);

    // True when `address` may make a request now (and takes its token); else false with the
    // seconds until it may (at least 1) in `retryAfterSeconds`.
    bool allow(const QByteArray &address, int *retryAfterSeconds = nullptr);
    qsizetype addresses() const;

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    double refilled(const Bucket &bucket, qint64 now) const;
    void forgetFull(qint64 now);

    const double m_perMs;
    const double m_burst;
    const Clock m_clock;
    const qsizetype m_maxAddresses;
    mutable std::mutex m_mutex;
    QHash<QByteArray, Bucket> m_buckets;
};

} // namespace ow::exchange::http
