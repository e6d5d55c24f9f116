// Issue 10 §1, a slow county link: events and feed pages travel in gzip. A counter pushes a day's
// accepted cases and another pulls them, each through a TCP proxy on loopback (the TLS end to end,
// the real exchange): the bytes the proxy carried are a fraction of the JSON the events and the
// pages are, and everything arrives as if nothing were compressed.
#include "storage/OutboxStore.h"
#include "support/CaseSeed.h"
#include "support/ExchangeFixture.h"
#include "support/FaultProxy.h"
#include "support/SyncClient.h"

#include <QTest>

using namespace ow;
using Direction = test::FaultProxy::Direction;

namespace {

constexpr int Cases = 120;

} // namespace

class TestSyncCompression : public QObject
{
    Q_OBJECT

    test::ExchangeFixture m_exchange;

    std::unique_ptr<test::SyncClient> clientThrough(const test::FaultProxy &proxy, const QString &workstation)
    {
        const auto w = m_exchange.workstation(workstation);
        return test::makeSyncClient(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port())),
                                    m_exchange.caBundlePath(), w.p12Path, w.passphrase, workstation,
                                    QLatin1String(test::seed::Division));
    }

    // The JSON bytes of the change feed from the start, as the exchange would send it uncompressed.
    qint64 feedJsonBytes(const QString &token)
    {
        qint64 bytes = 0;
        qint64 cursor = 0;
        for (bool more = true; more;) {
            const auto reply = test::ExchangeFixture::callRaw(
                m_exchange.sslFor(QStringLiteral("W02")), "GET",
                m_exchange.url(protocol::Endpoint::Changes,
                               QStringLiteral("cursor=%1&limit=500").arg(cursor)),
                {}, token);
            if (reply.status != 200)
                return -1;
            bytes += reply.body.size(); // QNetworkAccessManager inflated it
            cursor = reply.json.value(u"nextCursor").toInteger();
            more = reply.json.value(u"hasMore").toBool();
        }
        return bytes;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
    }

    void eventsAndPagesTravelCompressed()
    {
        test::FaultProxy pushing;
        QVERIFY(pushing.listenTcp(quint16(m_exchange.port())));
        auto w01 = clientThrough(pushing, QStringLiteral("W01"));
        QVERIFY(w01);
        auto seeded = test::seed::acceptedCases(w01->db, Cases, 0, test::seed::clerk(), true);
        QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().message));
        storage::OutboxStore outbox(w01->db);
        qint64 eventJson = 0;
        for (const auto &event : outbox.pendingOnWire(Cases * 2))
            eventJson += event.json.size();
        QCOMPARE(outbox.count(), Cases);

        QVERIFY(w01->signIn(QStringLiteral("clerk01")));
        QCOMPARE(w01->engine->unsentCount(), 0);
        const qint64 pushed = pushing.carried(Direction::ToServer);
        qInfo() << Cases << "events of" << eventJson << "bytes of JSON went as" << pushed
                << "bytes (TLS, sign-in and the feed's requests included)";
        // Uncompressed, the events alone would be eventJson bytes; in gzip they are a fraction.
        QVERIFY2(pushed * 3 < eventJson, qPrintable(QStringLiteral("%1 of %2").arg(pushed).arg(eventJson)));

        // Another counter pulls the day: the pages come in gzip.
        test::FaultProxy pulling;
        QVERIFY(pulling.listenTcp(quint16(m_exchange.port())));
        auto w02 = clientThrough(pulling, QStringLiteral("W02"));
        QVERIFY(w02);
        QVERIFY(w02->signIn(QStringLiteral("super01")));
        QCOMPARE(w02->cases->count(), Cases);
        const qint64 pulled = pulling.carried(Direction::ToClient);
        const qint64 pageJson =
            feedJsonBytes(m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01")));
        QVERIFY(pageJson > 0);
        qInfo() << "the feed's" << pageJson << "bytes of JSON came as" << pulled << "bytes";
        QVERIFY2(pulled * 3 < pageJson, qPrintable(QStringLiteral("%1 of %2").arg(pulled).arg(pageJson)));
    }
};

QTEST_MAIN(TestSyncCompression)
#include "test_sync_compression.moc"
