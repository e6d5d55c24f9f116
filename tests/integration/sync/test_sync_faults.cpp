// Issue 3 §4: through a fault-injecting proxy on loopback the client converges with nothing lost
// or doubled. TCP faults with the TLS end to end (reset, stall, truncated answer); faults inside
// HTTP through the proxy terminating TLS with a certificate of the registry CA (malformed JSON,
// 500/502/503, 401 in the middle of a sync, a batch refused as out of order). For each: ~50 events in batches
// of 10 while the faults fire, then sync until it converges, and check
// - each event is applied once at the exchange, each case has one feed entry (nothing doubled);
// - the outbox is empty, no conflicts, the audit chain verifies, the cursor is at the feed's end,
//   every case of the exchange is in the cache and each change was applied there once;
// - each failure was reported in the sync log with a translated message (zh_CN loaded), with
//   the request id when the answer carried one; and nothing crashed.

#include "SyncCheck.h"
#include "exchange/ExchangePaths.h"
#include "storage/Database.h"
#include "support/CaseSeed.h"
#include "support/ExchangeFixture.h"
#include "support/FaultProxy.h"
#include "sync/ExchangeClient.h"
#include "sync/ExchangeSettings.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ow;
using Fault = test::FaultProxy::TcpFault;
using HttpFault = test::FaultProxy::HttpFault;
using Direction = test::FaultProxy::Direction;

namespace {

constexpr int Events = 50;
constexpr int Applications = 5;

bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

QByteArray errorBody(const char *code, const char *message)
{
    return QByteArrayLiteral("{\"error\": {\"code\": \"") + code + "\", \"message\": \"" + message + "\"}}";
}

struct Client
{
    QTemporaryDir dir;
    std::shared_ptr<storage::Database> db;
    std::unique_ptr<sync::SyncEngine> engine;
    QStringList eventIds;
    QList<sync::SyncLogEntry> failures;
    QMap<QString, int> applied; // case id -> times the engine reported it changed here
    int sessionChanges = 0;
    int runs = 0;
    int failedRuns = 0;
};

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

    test::ExchangeFixture m_exchange;
    QTranslator m_translator;
    int m_seeded = 0;

    // Each test is a workstation of its own (receipt numbers are per workstation, and two caches
    // of one workstation would number their acceptances alike).
    QString m_workstation;

    // `window`: push batches out at once. With two, a fault on the second batch while the first
    // failed is not reported (its run ended; its events go again), so the tests that count each
    // fault's report push one batch at a time.
    std::unique_ptr<Client> makeClient(quint16 port, int timeoutMs = 10000, int window = 1)
    {
        auto client = std::make_unique<Client>();
        auto db = storage::Database::open(client->dir.filePath(QStringLiteral("cases.sqlite")));
        if (!db)
            return nullptr;
        client->db = db.value();
        auto seeded = test::seed::acceptedCases(client->db, Events, m_seeded,
                                                test::seed::clerk(QStringLiteral("clerk01"), m_workstation));
        if (!seeded)
            return nullptr;
        m_seeded += Events;
        client->eventIds = seeded.value().eventIds;
        client->engine = std::make_unique<sync::SyncEngine>(client->db, m_workstation,
                                                            QLatin1String(test::seed::Division));
        client->engine->setBatchSize(10);
        client->engine->setPushWindow(window);
        const auto w01 = m_exchange.workstation(m_workstation);
        sync::ExchangeSettings settings;
        settings.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        settings.caBundlePath = m_exchange.caBundlePath();
        settings.clientCertificatePath = w01.p12Path;
        settings.timeoutMs = timeoutMs;
        auto ssl = sync::TlsSetup::fromSettings(settings, w01.passphrase.toUtf8());
        if (!ssl)
            return nullptr;
        client->engine->configure(settings, ssl.value());
        // Signed in directly (this workstation's certificate, as the proxy presents it in TLS mode).
        test::ExchangeFixture::Reply reply;
        m_exchange.signIn(m_workstation, QStringLiteral("clerk01"), &reply);
        auto session = sync::ExchangeClient::parseSession(reply.json, true);
        if (!session)
            return nullptr;
        client->engine->setSession(session.value());
        Client *c = client.get();
        connect(c->engine.get(), &sync::SyncEngine::logEntry, this, [c](const sync::SyncLogEntry &entry) {
            if (entry.level != sync::SyncLogEntry::Level::Info) {
                c->failures.append(entry);
                qInfo("sync log: [%s] %s (request %s)", qPrintable(entry.code), qPrintable(entry.message),
                      qPrintable(entry.requestId));
            }
        });
        connect(c->engine.get(), &sync::SyncEngine::casesChanged, this, [c](const QStringList &ids) {
            for (const QString &id : ids)
                c->applied[id] += 1;
        });
        connect(c->engine.get(), &sync::SyncEngine::sessionChanged, this, [c] { ++c->sessionChanges; });
        return client;
    }

    // Syncs until a run succeeds with an empty outbox (each run waits for the previous one).
    static bool converge(Client &client, int maxRuns = 25)
    {
        QSignalSpy finished(client.engine.get(), &sync::SyncEngine::syncFinished);
        for (int run = 0; run < maxRuns; ++run) {
            const qsizetype before = finished.size();
            client.engine->syncNow();
            if (!QTest::qWaitFor([&] { return finished.size() > before; }, 60000))
                return false;
            ++client.runs;
            const bool ok = finished.last().at(0).toBool();
            if (!ok)
                ++client.failedRuns;
            if (ok && client.engine->unsentCount() == 0)
                return true;
        }
        return false;
    }

    // Nothing lost, nothing doubled, each failure reported in the sync log (translated; with the
    // request id the client got with a fault). A TCP fault before any byte of an answer may be
    // absorbed by Qt's own resend on a fresh connection, so `expectedFailures` is a minimum.
    void verify(Client &client, const test::FaultProxy &proxy, int expectedFailures)
    {
        QVERIFY2(converge(client),
                 qPrintable(QStringLiteral("no convergence after %1 runs").arg(client.runs)));
        qInfo("converged after %d runs (%d failed); faults fired: %lld; bytes carried to the exchange %lld, "
              "to the client %lld",
              client.runs, client.failedRuns, qsizetype(proxy.fired().size()),
              proxy.carried(test::FaultProxy::Direction::ToServer),
              proxy.carried(test::FaultProxy::Direction::ToClient));
        QCOMPARE(proxy.pendingFaults(), 0);

        const test::ExchangeView exchange =
            test::readExchange(m_exchange, client.eventIds, QStringLiteral("faults-check-%1").arg(m_seeded));
        QVERIFY2(exchange.ok, qPrintable(exchange.error));
        QVERIFY2(exchange.missingEvents.isEmpty(),
                 qPrintable(QStringLiteral("%1 events lost").arg(exchange.missingEvents.size())));
        QCOMPARE(exchange.appliedCount, m_seeded);
        for (auto it = exchange.caseChanges.cbegin(); it != exchange.caseChanges.cend(); ++it)
            QVERIFY2(
                it.value() == 1,
                qPrintable(QStringLiteral("case %1 in the feed %2 times").arg(it.key()).arg(it.value())));
        const QString problem = test::checkClient(client.db, exchange);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Each change of another origin was applied here once.
        for (auto it = client.applied.cbegin(); it != client.applied.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(QStringLiteral("case %1 applied %2 times").arg(it.key()).arg(it.value())));
        QVERIFY(client.applied.size() >= Applications);

        QVERIFY2(client.failures.size() >= expectedFailures,
                 qPrintable(QStringLiteral("%1 failures reported, %2 expected")
                                .arg(client.failures.size())
                                .arg(expectedFailures)));
        for (const sync::SyncLogEntry &entry : std::as_const(client.failures)) {
            QVERIFY(!entry.code.isEmpty());
            QVERIFY2(hasChinese(entry.message), qPrintable(entry.code + u' ' + entry.message));
        }
        for (const test::FaultProxy::Fired &fired : proxy.fired()) {
            if (fired.requestId.isEmpty())
                continue;
            const bool reported =
                std::any_of(client.failures.cbegin(), client.failures.cend(),
                            [&](const sync::SyncLogEntry &e) { return e.requestId == fired.requestId; });
            // A 401 the engine recovered from by refreshing the session is not a failure.
            if (!fired.description.startsWith(QStringLiteral("http 401")))
                QVERIFY2(reported,
                         qPrintable(fired.description + QStringLiteral(": request id not reported")));
        }
    }

    std::unique_ptr<test::FaultProxy> tcpProxy()
    {
        auto proxy = std::make_unique<test::FaultProxy>();
        return proxy->listenTcp(quint16(m_exchange.port())) ? std::move(proxy) : nullptr;
    }

    std::unique_ptr<test::FaultProxy> tlsProxy()
    {
        const exchange::ExchangePaths paths(m_exchange.dir());
        auto proxy = std::make_unique<test::FaultProxy>();
        const bool listening =
            proxy->listenTls(quint16(m_exchange.port()),
                             test::FaultProxy::serverConfiguration(paths.serverCert(), paths.serverKey()),
                             m_exchange.sslFor(m_workstation));
        return listening ? std::move(proxy) : nullptr;
    }

private slots:
    void init()
    {
        static int next = 11;
        m_workstation = QStringLiteral("W%1").arg(next++);
        QString error;
        QVERIFY2(!m_exchange.enrol(m_workstation, &error).code.isEmpty(), qPrintable(error));
    }

    void initTestCase()
    {
        QLoggingCategory::setFilterRules(
            QStringLiteral("onewindow.storage*.debug=false\nonewindow.exchange.request.info=false"));
        QVERIFY(m_translator.load(QStringLiteral(":/onewindow/i18n/onewindow_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        // Online applications at the exchange, so each pull has changes of another origin.
        for (int i = 0; i < Applications; ++i) {
            const QJsonObject application{
                {QStringLiteral("form"), test::seed::form(9000 + i).toJson()},
                {QStringLiteral("materials"), core::materialsToJson(test::seed::materials())}};
            const auto reply = test::ExchangeFixture::call(
                m_exchange.sslForPortal(), "POST", m_exchange.url(ow::protocol::Endpoint::Intake),
                QJsonObject{{QStringLiteral("application"), application}});
            QVERIFY2(reply.status == 201, reply.body.constData());
        }
    }

    void test_faults_tcp_reset()
    {
        auto proxy = tcpProxy();
        QVERIFY(proxy);
        // In the server's handshake, in the middle of a batch's upload, in the middle of an answer.
        proxy->addFault(Fault{Fault::Kind::Reset, Direction::ToClient, 1200, 0});
        proxy->addFault(Fault{Fault::Kind::Reset, Direction::ToServer, 30000, 0});
        proxy->addFault(Fault{Fault::Kind::Reset, Direction::ToClient, 9000, 0});
        proxy->addFault(Fault{Fault::Kind::Reset, Direction::ToClient, 4000, 0}); // answers are in gzip
        auto client = makeClient(proxy->port(), 10000, 2);                        // two batches out
        QVERIFY(client);
        verify(*client, *proxy, 1);
    }

    void test_faults_tcp_stall()
    {
        auto proxy = tcpProxy();
        QVERIFY(proxy);
        // A long stall in the middle of a batch's upload and in an answer runs into the client's
        // timeout; a short one is only slow.
        proxy->addFault(Fault{Fault::Kind::Stall, Direction::ToServer, 25000, 4000});
        proxy->addFault(Fault{Fault::Kind::Stall, Direction::ToClient, 3000, 300});
        proxy->addFault(Fault{Fault::Kind::Stall, Direction::ToClient, 3000, 4000});
        auto client = makeClient(proxy->port(), 1500);
        QVERIFY(client);
        verify(*client, *proxy, 2);
        for (const sync::SyncLogEntry &entry : std::as_const(client->failures))
            QCOMPARE(entry.code, QStringLiteral("net.timeout"));
    }

    void test_faults_tcp_truncated_answer()
    {
        auto proxy = tcpProxy();
        QVERIFY(proxy);
        // Answers travel in gzip (a page of ~21 KB of JSON is ~3 KB): the offsets fall inside them.
        proxy->addFault(Fault{Fault::Kind::Truncate, Direction::ToClient, 5000, 0});
        proxy->addFault(Fault{Fault::Kind::Truncate, Direction::ToClient, 4500, 0});
        proxy->addFault(Fault{Fault::Kind::Truncate, Direction::ToClient, 1500, 0});
        auto client = makeClient(proxy->port(), 10000, 2); // two batches out
        QVERIFY(client);
        verify(*client, *proxy, 1);
    }

    void test_faults_http_malformed_json()
    {
        auto proxy = tlsProxy();
        QVERIFY(proxy);
        // The exchange applied the batch, the client cannot read the answer: the resend must
        // meet "duplicate".
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Events), 1, true, 200,
                                  "{\"results\": [{\"id\": ", true});
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Events), 0, false, 200,
                                  "<html>maintenance</html>", true});
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Events), 1, true, 200,
                                  "{\"results\": 42}", true});
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Changes), 0, true, 200,
                                  "{\"changes\": \"none\", \"nextCursor\": \"x\"}", true});
        auto client = makeClient(proxy->port());
        QVERIFY(client);
        verify(*client, *proxy, 4);
        for (const sync::SyncLogEntry &entry : std::as_const(client->failures))
            QCOMPARE(entry.code, QStringLiteral("response.malformed"));
    }

    void test_faults_http_server_errors()
    {
        auto proxy = tlsProxy();
        QVERIFY(proxy);
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Events), 1, true, 500,
                                  errorBody("server.internal", "Internal error."), true});
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Events), 0, false, 502,
                                  "<html><body>502 Bad Gateway</body></html>", false});
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Events), 1, false, 503,
                                  errorBody("server.unavailable", "Try again later."), true});
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Changes), 0, true, 503,
                                  errorBody("server.unavailable", "Try again later."), true});
        auto client = makeClient(proxy->port());
        QVERIFY(client);
        verify(*client, *proxy, 4);
        for (const sync::SyncLogEntry &entry : std::as_const(client->failures))
            QVERIFY2(entry.code == QStringLiteral("server.internal") ||
                         entry.code == QStringLiteral("http.502") ||
                         entry.code == QStringLiteral("server.unavailable"),
                     qPrintable(entry.code));
    }

    // Two batches in flight: the second refused as the exchange refuses one that came before the
    // batch it follows (push.out_of_order, nothing of it stored; the proxy answers in its place).
    // The engine sends the rest one batch at a time in the same run; nothing is reported, lost or
    // doubled.
    void test_faults_http_batch_out_of_order()
    {
        auto proxy = tlsProxy();
        QVERIFY(proxy);
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Events), 1, false, 409,
                                  errorBody("push.out_of_order", "The batch this one follows is not stored."),
                                  false});
        auto client = makeClient(proxy->port(), 10000, 2);
        QVERIFY(client);
        verify(*client, *proxy, 0);
        QCOMPARE(client->runs, 1);
        QCOMPARE(client->failedRuns, 0);
        QVERIFY(client->failures.isEmpty());
    }

    void test_faults_http_401_mid_sync()
    {
        auto proxy = tlsProxy();
        QVERIFY(proxy);
        // A 401 in the middle of the push: the engine refreshes the session and goes on.
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Events), 2, false, 401,
                                  errorBody("auth.token_expired", "The token has expired."), true});
        // After the exchange applied the batch, twice in a row: the second is reported (one
        // refresh per run), and the next run resends the batch as duplicates.
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Events), 1, true, 401,
                                  errorBody("auth.token_invalid", "Unknown token."), true});
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Events), 0, true, 401,
                                  errorBody("auth.token_invalid", "Unknown token."), true});
        // And in the pull.
        proxy->addFault(HttpFault{ow::protocol::path(ow::protocol::Endpoint::Changes), 1, false, 401,
                                  errorBody("auth.token_expired", "The token has expired."), true});
        auto client = makeClient(proxy->port());
        QVERIFY(client);
        verify(*client, *proxy, 1);
        // One refresh per run: a second 401 in the same run is reported ("sign in again") rather
        // than refreshed in a loop, and the next run goes on with the refreshed session.
        QVERIFY2(client->sessionChanges >= 2, qPrintable(QString::number(client->sessionChanges)));
        QVERIFY(
            std::any_of(client->failures.cbegin(), client->failures.cend(), [](const sync::SyncLogEntry &e) {
                return e.code.startsWith(QStringLiteral("auth.token_"));
            }));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "test_sync_faults.moc"
