// The public lookup's rate per client address (exchange::http::RateLimiter) on an injected clock:
// a burst at once, then the rate, each address on its own, and a bounded number of addresses.
#include "exchange/http/RateLimiter.h"

#include <QTest>

#include <cmath>

using ow::exchange::http::RateLimiter;

class RateLimiterTest : public QObject
{
    Q_OBJECT

private slots:
    void burstThenRate_data()
    {
        QTest::addColumn<int>("perMinute");
        QTest::addColumn<int>("burst");
        QTest::addColumn<qint64>("waitMs");    // after the burst
        QTest::addColumn<int>("allowedAfter"); // requests allowed after the wait
        QTest::newRow("60/min: one a second") << 60 << 20 << qint64(1000) << 1;
        QTest::newRow("60/min: half a second is not enough") << 60 << 20 << qint64(500) << 0;
        QTest::newRow("60/min: ten seconds, ten") << 60 << 20 << qint64(10000) << 10;
        QTest::newRow("never beyond the burst") << 60 << 5 << qint64(3600000) << 5;
        QTest::newRow("6/min: ten seconds each") << 6 << 1 << qint64(9999) << 0;
        QTest::newRow("6/min: ten seconds") << 6 << 1 << qint64(10000) << 1;
    }

    void burstThenRate()
    {
        QFETCH(int, perMinute);
        QFETCH(int, burst);
        QFETCH(qint64, waitMs);
        QFETCH(int, allowedAfter);
        qint64 now = 1000;
        RateLimiter limiter(perMinute, burst, [&now] { return now; });
        for (int i = 0; i < burst; ++i)
            QVERIFY2(limiter.allow("10.0.0.1"), qPrintable(QString::number(i)));
        int retryAfter = 0;
        QVERIFY(!limiter.allow("10.0.0.1", &retryAfter));
        QVERIFY(retryAfter >= 1);
        QCOMPARE(retryAfter, int(std::ceil(60.0 / perMinute)));
        now += waitMs;
        int allowed = 0;
        while (limiter.allow("10.0.0.1"))
            ++allowed;
        QCOMPARE(allowed, allowedAfter);
    }

    void eachAddressOnItsOwn()
    {
        qint64 now = 0;
        RateLimiter limiter(60, 2, [&now] { return now; });
        QVERIFY(limiter.allow("10.0.0.1"));
        QVERIFY(limiter.allow("10.0.0.1"));
        QVERIFY(!limiter.allow("10.0.0.1"));
        QVERIFY(limiter.allow("10.0.0.2")); // another address is not held back
        QVERIFY(limiter.allow("::1"));
    }

    void addressesAreBounded()
    {
        qint64 now = 0;
        RateLimiter limiter(
            60, 2, [&now] { return now; }, 3);
        QVERIFY(limiter.allow("a"));
        QVERIFY(limiter.allow("b"));
        QVERIFY(limiter.allow("c"));
        int retryAfter = 0;
        QVERIFY(!limiter.allow("d", &retryAfter)); // none full again yet: a fourth waits
        QVERIFY(retryAfter >= 1);
        QCOMPARE(limiter.addresses(), qsizetype(3));
        now += 2000; // all full again: forgotten, room for new ones
        QVERIFY(limiter.allow("d"));
        QVERIFY(limiter.addresses() <= 3);
    }
};

QTEST_GUILESS_MAIN(RateLimiterTest)
#include "test_rate_limiter.moc"
