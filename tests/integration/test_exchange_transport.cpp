// Attacks on the exchange's transport, against the real server over loopback TLS: idle and slow
// connections by the thousand, bodies larger than allowed (with and without a length, from a
// revoked workstation), lying heads. Each asserts the refusal, that nothing was stored, that
// memory stayed bounded and that a legitimate client was served meanwhile.
#include "exchange/ExchangeServer.h"
#include "exchange/ExchangeStore.h"
#include "support/ExchangeFixture.h"
#include "support/RawHttps.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

using namespace ow;
using Fixture = ow::test::ExchangeFixture;
using ow::test::RawHttps;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// The path of an endpoint as it goes into a request's head.
QByteArray wirePath(ow::protocol::Endpoint endpoint)
{
    return ow::protocol::spec(endpoint).path.toByteArray();
}

QByteArray head(const QByteArray &method, const QByteArray &path, const QString &token,
                const QByteArray &extra = {})
{
    QByteArray text =
        method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!token.isEmpty()) {
        text += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    }
    return text + extra + "\r\n";
}

// A legitimate request on another thread (its own connection and event loop), so it runs while
// this thread keeps an attack going. The answer's status and how long it took, on a new
// connection (TLS handshake included) after a first one that warmed the thread up (the first
// network request of a thread sets Qt's network stack up, which is the client's cost, not the
// exchange's).
class LegitimateCall
{
public:
    LegitimateCall(const Fixture &exchange, const QString &token)
    {
        const QSslConfiguration ssl = exchange.sslFor(QStringLiteral("W02"));
        const QUrl url = exchange.url(ow::protocol::Endpoint::Changes, QStringLiteral("limit=5"));
        const QUrl health = exchange.url(ow::protocol::Endpoint::Health);
        m_thread.reset(QThread::create([this, ssl, url, health, token] {
            Fixture::call(ssl, "GET", health, {}, {}, 10000);
            QElapsedTimer timer;
            timer.start();
            const Fixture::Reply reply = Fixture::call(ssl, "GET", url, {}, token, 10000);
            m_elapsedMs = timer.elapsed();
            m_status = reply.status;
        }));
        m_thread->start();
    }
    bool finish(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!m_thread->isFinished() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        return m_thread->wait(deadline);
    }
    int status() const { return m_status; }
    qint64 elapsedMs() const { return m_elapsedMs; }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<int> m_status{0};
    std::atomic<qint64> m_elapsedMs{-1};
};

} // namespace

class ExchangeTransportTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;
    QString m_clerk;  // clerk01 on W01
    QString m_second; // super01 on W02, the legitimate client during attacks

    int appliedEvents()
    {
        auto store =
            exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("transport-reader"));
        return store ? store.value()->cases().appliedCount().value() : -1;
    }

    std::unique_ptr<RawHttps> connected(const QString &workstation)
    {
        auto raw = std::make_unique<RawHttps>(m_exchange.sslFor(workstation));
        return raw->connectTo(quint16(m_exchange.port())) ? std::move(raw) : nullptr;
    }

    void verifyServedQuickly()
    {
        LegitimateCall call(m_exchange, m_second);
        QVERIFY(call.finish(15000));
        QCOMPARE(call.status(), 200);
        qInfo() << "legitimate request served in" << call.elapsedMs() << "ms";
        QVERIFY2(call.elapsedMs() < 1000, qPrintable(QStringLiteral("took %1 ms").arg(call.elapsedMs())));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        m_clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        m_second = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
        QVERIFY(!m_clerk.isEmpty() && !m_second.isEmpty());
    }

    // A body longer than any endpoint takes is refused from its head: nothing of it is awaited.
    void declaredLengthOverLimitIsRefusedAtOnce()
    {
        auto raw = connected(QStringLiteral("W01"));
        QVERIFY(raw);
        raw->write(
            head("POST", wirePath(ow::protocol::Endpoint::Events), m_clerk, "Content-Length: 500000000\r\n"));
        QVERIFY(raw->waitForAnswer(3000));
        QCOMPARE(raw->status(), 413);
        QCOMPARE(raw->errorCode(), QStringLiteral("request.too_large"));
        QVERIFY(!raw->header("x-request-id").isEmpty());
        QVERIFY(raw->waitForClose(5000));
        // Sign-in takes small bodies only: its limit holds for a length under the events' one.
        auto signIn = connected(QStringLiteral("W01"));
        QVERIFY(signIn);
        signIn->write(
            head("POST", wirePath(ow::protocol::Endpoint::Session), {}, "Content-Length: 1000000\r\n"));
        QVERIFY(signIn->waitForAnswer(3000));
        QCOMPARE(signIn->status(), 413);
    }

    // Who is calling is settled before the body is read: a refusal comes without any of it.
    void identityIsCheckedBeforeTheBody()
    {
        auto noToken = connected(QStringLiteral("W01"));
        QVERIFY(noToken);
        noToken->write(
            head("POST", wirePath(ow::protocol::Endpoint::Events), {}, "Content-Length: 1000000\r\n"));
        QVERIFY(noToken->waitForAnswer(3000));
        QCOMPARE(noToken->status(), 401);
        QVERIFY(noToken->errorCode().startsWith(u"auth."));

        QString error;
        QVERIFY2(!m_exchange.enrol(QStringLiteral("W07"), &error).code.isEmpty(), qPrintable(error));
        QVERIFY2(m_exchange.revoke(QStringLiteral("W07"), &error), qPrintable(error));
        auto revoked = connected(QStringLiteral("W07"));
        QVERIFY(revoked);
        revoked->write(
            head("POST", wirePath(ow::protocol::Endpoint::Events), m_clerk, "Content-Length: 1000000\r\n"));
        QVERIFY(revoked->waitForAnswer(3000));
        QCOMPARE(revoked->status(), 401);
        QCOMPARE(revoked->errorCode(), QStringLiteral("tls.certificate_revoked"));
    }

    // Four revoked workstations streaming 64 MiB chunked bodies: answered from the head, the
    // streams cut off, memory unchanged, nothing stored, and others served meanwhile.
    void chunkedBodiesFromARevokedWorkstationAreNeverRead()
    {
        QString error;
        QVERIFY2(!m_exchange.enrol(QStringLiteral("W08"), &error).code.isEmpty(), qPrintable(error));
        QVERIFY2(m_exchange.revoke(QStringLiteral("W08"), &error), qPrintable(error));
        const int events = appliedEvents();
        const qint64 before = test::residentBytes();
        std::vector<std::unique_ptr<RawHttps>> attackers;
        for (int i = 0; i < 4; ++i) {
            attackers.push_back(connected(QStringLiteral("W08")));
            QVERIFY(attackers.back());
            attackers.back()->write(head("POST", wirePath(ow::protocol::Endpoint::Events), m_clerk,
                                         "Transfer-Encoding: chunked\r\n"));
        }
        LegitimateCall call(m_exchange, m_second);
        qint64 peak = before;
        for (auto &attacker : attackers) {
            const qint64 sent = attacker->streamBody(64 * MiB, true, 20000);
            peak = std::max(peak, test::residentBytes());
            QVERIFY2(sent < 40 * MiB, qPrintable(QStringLiteral("%1 bytes went in").arg(sent)));
            QVERIFY(attacker->waitForAnswer(5000));
            QCOMPARE(attacker->status(), 401);
            QCOMPARE(attacker->errorCode(), QStringLiteral("tls.certificate_revoked"));
            QVERIFY(attacker->waitForClose(10000));
        }
        QVERIFY(call.finish(15000));
        QCOMPARE(call.status(), 200);
        QVERIFY2(peak - before < 32 * MiB,
                 qPrintable(QStringLiteral("grew by %1 MiB").arg((peak - before) / MiB)));
        QCOMPARE(appliedEvents(), events);
    }

    // A signed-in workstation's chunked body is held to the endpoint's limit while it is read.
    void chunkedBodyOverTheLimitIsCutOff()
    {
        const int events = appliedEvents();
        const qint64 before = test::residentBytes();
        std::vector<std::unique_ptr<RawHttps>> senders;
        for (int i = 0; i < 4; ++i) {
            senders.push_back(connected(QStringLiteral("W01")));
            QVERIFY(senders.back());
            senders.back()->write(head("POST", wirePath(ow::protocol::Endpoint::Events), m_clerk,
                                       "Transfer-Encoding: chunked\r\n"));
        }
        qint64 peak = before;
        for (auto &sender : senders) {
            sender->streamBody(64 * MiB, true, 30000);
            peak = std::max(peak, test::residentBytes());
            QVERIFY(sender->waitForAnswer(5000));
            QCOMPARE(sender->status(), 413);
            QCOMPARE(sender->errorCode(), QStringLiteral("request.too_large"));
        }
        verifyServedQuickly();
        // Each connection holds one body up to the limit (8 MiB), and all bodies at once stay
        // within the server's body budget; the rest is this process's own sending side (four TLS
        // sockets with up to 1 MiB queued each) and what the allocator keeps of freed bodies.
        const qint64 budget = exchange::ServerOptions().bodyBudgetBytes;
        QVERIFY2(peak - before < budget + 32 * MiB,
                 qPrintable(QStringLiteral("grew by %1 MiB").arg((peak - before) / MiB)));
        QCOMPARE(appliedEvents(), events);
    }

    void oversizedHeadIsRefused()
    {
        auto raw = connected(QStringLiteral("W01"));
        QVERIFY(raw);
        raw->write(head("GET", wirePath(ow::protocol::Endpoint::Health), {},
                        "X-Padding: " + QByteArray(20000, 'a') + "\r\n"));
        QVERIFY(raw->waitForAnswer(3000));
        QCOMPARE(raw->status(), 431);
        QCOMPARE(raw->errorCode(), QStringLiteral("request.header_too_large"));
    }

    void wrongMethodAndUnknownPath()
    {
        auto raw = connected(QStringLiteral("W01"));
        QVERIFY(raw);
        raw->write(head("DELETE", wirePath(ow::protocol::Endpoint::Events), m_clerk));
        QVERIFY(raw->waitForAnswer(3000));
        QCOMPARE(raw->status(), 405);
        QCOMPARE(raw->errorCode(), QStringLiteral("request.method_not_allowed"));
    }

    // Two requests in one write are answered in order on the same connection.
    void pipelinedRequestsAreAnsweredInOrder()
    {
        auto raw = connected(QStringLiteral("W01"));
        QVERIFY(raw);
        raw->write(head("GET", wirePath(ow::protocol::Endpoint::Health), {}) +
                   head("GET", "/api/v1/nothing", {}));
        QVERIFY(raw->waitForAnswer(3000));
        QCOMPARE(raw->status(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(raw->header("x-request-id").size() > 0, 3000);
    }

    // 1,000 connections that hold on — idle TCP, TCP trickling a handshake, and TLS connections
    // with a certificate trickling a request head, a byte every 5 s — delay no one by more than
    // 1 s, and the exchange ends each of them at its deadline.
    void slowConnectionsStarveNoOne()
    {
        const quint16 port = quint16(m_exchange.port());
        std::vector<std::unique_ptr<QTcpSocket>> plain;
        for (int i = 0; i < 700; ++i) {
            plain.push_back(std::make_unique<QTcpSocket>());
            plain.back()->connectToHost(QStringLiteral("127.0.0.1"), port);
        }
        std::vector<std::unique_ptr<QSslSocket>> tls;
        for (int i = 0; i < 300; ++i) {
            tls.push_back(std::make_unique<QSslSocket>());
            tls.back()->setSslConfiguration(m_exchange.sslFor(QStringLiteral("W01")));
            tls.back()->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        }
        const auto encrypted = [&tls] {
            return std::count_if(tls.begin(), tls.end(), [](const auto &s) { return s->isEncrypted(); });
        };
        QTRY_COMPARE_WITH_TIMEOUT(encrypted(), qsizetype(300), 30000);
        const QByteArray slowHead = head("GET", wirePath(ow::protocol::Endpoint::Health), {});
        for (int round = 0; round < 2; ++round) {
            for (size_t i = 0; i < plain.size(); ++i) {
                if (i % 2 == 1) {
                    plain[i]->write(QByteArray(1, char(0x16))); // a TLS record, one byte at a time
                }
            }
            for (auto &socket : tls) {
                socket->write(slowHead.mid(round, 1));
            }
            for (int call = 0; call < 3; ++call) {
                verifyServedQuickly();
            }
            QTest::qWait(5000 - 3 * 50);
        }
        const auto open = [&plain, &tls] {
            qsizetype count = 0;
            for (const auto &s : plain) {
                count += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
            }
            for (const auto &s : tls) {
                count += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
            }
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(open(), qsizetype(0), 20000);
        verifyServedQuickly();
    }

    // Sixteen wrong passwords at once: each counts before the next is checked, so five are checked
    // (the fifth locks the account) and the other eleven are refused as locked, unchecked.
    void guessesSentAtOnceCountOneAfterAnother()
    {
        const QSslConfiguration ssl = m_exchange.sslFor(QStringLiteral("W01"));
        const QUrl url = m_exchange.url(ow::protocol::Endpoint::Session);
        const QJsonObject guess{{QStringLiteral("user"), QStringLiteral("super02")},
                                {QStringLiteral("password"), QStringLiteral("not the password")}};
        std::mutex mutex;
        QStringList codes;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 16; ++i) {
            threads.emplace_back(QThread::create([&] {
                const Fixture::Reply reply = Fixture::call(ssl, "POST", url, guess, {}, 20000);
                const std::lock_guard<std::mutex> lock(mutex);
                codes << reply.errorCode();
            }));
        }
        for (auto &thread : threads) {
            thread->start();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(threads.begin(), threads.end(), [](const auto &t) { return t->isFinished(); }),
            60000);
        QCOMPARE(codes.count(QStringLiteral("auth.invalid_credentials")), qsizetype(4));
        QCOMPARE(codes.count(QStringLiteral("auth.account_locked")), qsizetype(12));
        Fixture::Reply right;
        QVERIFY(m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("super02"), &right).isEmpty());
        QCOMPARE(right.errorCode(), QStringLiteral("auth.account_locked"));
    }

    // A user name longer than the store's column is refused; one with a line break reaches the
    // request log escaped; the request log goes on taking entries either way.
    void userNamesCannotBreakOrForgeTheLog()
    {
        const QSslConfiguration ssl = m_exchange.sslFor(QStringLiteral("W01"));
        const QUrl url = m_exchange.url(ow::protocol::Endpoint::Session);
        const Fixture::Reply tooLong = Fixture::call(ssl, "POST", url,
                                                     {{QStringLiteral("user"), QString(65, QLatin1Char('u'))},
                                                      {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(tooLong.status, 400);
        QCOMPARE(tooLong.errorCode(), QStringLiteral("request.invalid_field"));
        const Fixture::Reply forged =
            Fixture::call(ssl, "POST", url,
                          {{QStringLiteral("user"),
                            QStringLiteral("nobody\n2026-12-01 POST /api/v1/events 200 W01 admin01")},
                           {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(forged.status, 401);
        const Fixture::Reply after =
            Fixture::call(ssl, "GET", m_exchange.url(ow::protocol::Endpoint::Health));
        QCOMPARE(after.status, 200);
        auto store =
            exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("transport-log"));
        QVERIFY(store);
        // The request log is written in batches from a thread of its own: wait for the entry.
        const auto entry = [&](const QString &id) {
            for (int tries = 0; tries < 50; ++tries) {
                const auto entries = store.value()->requestLog().find(id, {}, {}, 1);
                if (entries && !entries.value().isEmpty()) {
                    return std::optional<exchange::RequestLogEntry>(entries.value().first());
                }
                QTest::qWait(100);
            }
            return std::optional<exchange::RequestLogEntry>();
        };
        const auto tooLongEntry = entry(tooLong.requestId);
        QVERIFY(tooLongEntry);
        QVERIFY(tooLongEntry->userId.size() <= 64);
        const auto forgedEntry = entry(forged.requestId);
        QVERIFY(forgedEntry);
        QVERIFY(!forgedEntry->userId.contains(QLatin1Char('\n')));
        QVERIFY(forgedEntry->userId.startsWith(u"nobody\\x0a2026"));
        QVERIFY(entry(after.requestId));
    }

    void secondServerOnTheSamePortIsRefused()
    {
        exchange::ServerOptions options;
        options.dir = m_exchange.dir();
        options.port = m_exchange.port();
        options.publicPort = -1;
        exchange::ExchangeServer second(options);
        const Result<int> started = second.start();
        QVERIFY(!started);
        QCOMPARE(started.error().code, QStringLiteral("server.bind"));
        QVERIFY2(started.error().message.contains(u"in use"), qPrintable(started.error().message));
        verifyServedQuickly();
    }
};

QTEST_MAIN(ExchangeTransportTest)
#include "test_exchange_transport.moc"
