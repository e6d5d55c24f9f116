// Hostile answers without a server: huge, deeply nested, truncated and malformed bodies never
// crash the parser and give a clear error; then the real reader against a loopback HTTP fake
// that streams a body without end (cut off with bounded memory).

#include "protocol/Gzip.h"
#include "sync/BoundedJson.h"
#include "sync/ExchangeClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace ow::sync;

namespace {
// A one-request HTTP/1.1 server on loopback: answers every request with `head` and then the
// body chunks that `body(i)` produces until it returns an empty array.
class FakeHttp : public QObject
{
public:
    QTcpServer server;
    QByteArray head;
    std::function<QByteArray(int)> body;
    qint64 sent = 0;
    QByteArray received; // what the client sent, all connections together

    FakeHttp()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const qsizetype before = received.size();
                received += socket->readAll();
                if (socket->property("answered").toBool() ||
                    !received.mid(before ? before - 3 : 0).contains("\r\n\r\n"))
                    return;
                socket->setProperty("answered", true);
                socket->write(head);
                pump(socket, 0);
            });
        });
    }
    // The body of the request the client sent, once it arrived whole (Content-Length).
    QByteArray requestBody() const
    {
        const qsizetype end = received.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : received.mid(end + 4);
    }
    QByteArray requestHead() const { return received.left(received.indexOf("\r\n\r\n") + 2).toLower(); }
    void pump(QTcpSocket *socket, int i)
    {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        // Write only what the client takes: `sent` then counts bytes that left the socket's own
        // buffer, not bytes queued in it (on a loaded machine the queue alone grew past 100 MB).
        if (socket->bytesToWrite() > 256 * 1024) {
            QTimer::singleShot(1, socket, [this, socket, i] { pump(socket, i); });
            return;
        }
        const QByteArray chunk = body ? body(i) : QByteArray();
        if (chunk.isEmpty()) {
            socket->disconnectFromHost();
            return;
        }
        sent += socket->write(chunk);
        // Wait for the client to take it, so an abort stops the stream.
        QTimer::singleShot(0, socket, [this, socket, i] { pump(socket, i + 1); });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())); }
};
} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void depthCountsOnlyStructure_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("depth");
        QTest::newRow("flat") << QByteArray("{\"a\": 1}") << 1;
        QTest::newRow("nested") << QByteArray("{\"a\": [{\"b\": []}]}") << 4;
        QTest::newRow("brackets in strings") << QByteArray("{\"a\": \"[[[[{{{{\"}") << 1;
        QTest::newRow("escaped quote") << QByteArray("{\"a\": \"\\\"[[[[\", \"b\": [1]}") << 2;
        QTest::newRow("escaped backslash") << QByteArray("{\"a\": \"\\\\\", \"b\": [[1]]}") << 3;
        QTest::newRow("unbalanced closers") << QByteArray("]]]}}}{") << 1;
        QTest::newRow("empty") << QByteArray() << 0;
    }

    void depthCountsOnlyStructure()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, depth);
        QCOMPARE(BoundedJson::nestingDepth(json), depth);
    }

    void hostileBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("64 levels ok")
            << QByteArray("{\"a\":") + QByteArray(63, '[') + QByteArray(63, ']') + "}" << QString();
        QTest::newRow("65 levels") << QByteArray("{\"a\":") + QByteArray(64, '[') + QByteArray(64, ']') + "}"
                                   << QStringLiteral("response.too_deep");
        QTest::newRow("a million brackets")
            << QByteArray(1000000, '[') << QStringLiteral("response.too_deep");
        QTest::newRow("over 16 MiB") << QByteArray("{\"a\":\"") + QByteArray(BoundedJson::MaxBytes, 'x') +
                                            "\"}"
                                     << QStringLiteral("response.too_large");
        QTest::newRow("truncated") << QByteArray("{\"results\": [{\"id\": \"a\", \"sta")
                                   << QStringLiteral("response.malformed");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>")
                                  << QStringLiteral("response.malformed");
        QTest::newRow("array, not object") << QByteArray("[1,2]") << QStringLiteral("response.malformed");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5) << QStringLiteral("response.malformed");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("response.malformed");
    }

    void hostileBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        auto parsed = BoundedJson::parseObject(body);
        if (code.isEmpty()) {
            QVERIFY(parsed.ok());
            return;
        }
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(parsed.error().kind, SyncErrorKind::Protocol);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void pushAnswerMustMatchTheBatch()
    {
        const QStringList ids{QStringLiteral("e1"), QStringLiteral("e2")};
        auto body = [](const QByteArray &json) {
            return QJsonDocument::fromJson(json).object();
        };
        auto ok = ExchangeClient::parsePush(
            body("{\"results\":[{\"id\":\"e1\",\"status\":\"applied\",\"caseVersion\":2},\n                  "
                 "              "
                 "{\"id\":\"e2\",\"status\":\"conflict\",\"error\":{\"code\":\"case.stale\",\"message\":"
                 "\"m\"},\n                                 \"current\":{\"id\":\"c\",\"version\":3}}]}"),
            ids);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().results.size(), 2);
        QCOMPARE(ok.value().results[1].status, PushStatus::Conflict);
        QCOMPARE(ok.value().results[1].errorCode, QStringLiteral("case.stale"));
        QCOMPARE(ok.value().results[1].current.value(QStringLiteral("version")).toInt(), 3);

        QVERIFY(
            !ExchangeClient::parsePush(body("{\"results\":[{\"id\":\"e1\",\"status\":\"applied\"}]}"), ids)
                 .ok());
        QVERIFY(!ExchangeClient::parsePush(
                     body("{\"results\":[{\"id\":\"e2\",\"status\":\"applied\"},\n                           "
                          "                                   {\"id\":\"e1\",\"status\":\"applied\"}]}"),
                     ids)
                     .ok());
        QVERIFY(!ExchangeClient::parsePush(
                     body("{\"results\":[{\"id\":\"e1\",\"status\":\"maybe\"},\n                             "
                          "                                 {\"id\":\"e2\",\"status\":\"applied\"}]}"),
                     ids)
                     .ok());
        QVERIFY(!ExchangeClient::parsePush(body("{\"results\":\"nope\"}"), ids).ok());
    }

    void changePageIsChecked()
    {
        auto body = [](const QByteArray &json) {
            return QJsonDocument::fromJson(json).object();
        };
        QVERIFY(ExchangeClient::parseChanges(body("{\"changes\":[],\"nextCursor\":5,\"hasMore\":false}"), 5)
                    .ok());
        QVERIFY(!ExchangeClient::parseChanges(body("{\"changes\":[],\"nextCursor\":4}"), 5).ok());
        QVERIFY(!ExchangeClient::parseChanges(body("{\"nextCursor\":9}"), 5).ok());
        QVERIFY(!ExchangeClient::parseChanges(body("{\"changes\":[],\"nextCursor\":\"9\"}"), 5).ok());
        QVERIFY(!ExchangeClient::parseChanges(body("{\"changes\":[],\"nextCursor\":5,\"hasMore\":true}"), 5)
                     .ok());
        // UBSan in fuzz_change_feed: a cursor out of qint64's range was cast from a double (undefined
        // behaviour); a fractional or negative one is no cursor either.
        QVERIFY(!ExchangeClient::parseChanges(body("{\"changes\":[],\"nextCursor\":1e300}"), 0).ok());
        QVERIFY(!ExchangeClient::parseChanges(body("{\"changes\":[],\"nextCursor\":-1e300}"), 0).ok());
        QVERIFY(!ExchangeClient::parseChanges(body("{\"changes\":[],\"nextCursor\":5.5}"), 0).ok());
        QVERIFY(!ExchangeClient::parseChanges(body("{\"changes\":[],\"nextCursor\":-1}"), -5).ok());
        auto big = ExchangeClient::parseChanges(
            body("{\"changes\":[{\"seq\":1e300,\"kind\":\"case\"}],\"nextCursor\":9007199254740993}"), 0);
        QVERIFY(big.ok());
        QCOMPARE(big.value().nextCursor, Q_INT64_C(9007199254740993));
        QCOMPARE(big.value().changes.value(0).seq, 0);
        auto page = ExchangeClient::parseChanges(
            body("{\"changes\":[{\"seq\":7,\"kind\":\"case\",\"caseId\":\"c1\",\"case\":{\"id\":\"c1\"},"
                 "\"origin\":\"online\"}],\n                     \"nextCursor\":7,\"hasMore\":true}"),
            5);
        QVERIFY(page.ok());
        QCOMPARE(page.value().changes.value(0).seq, 7);
        QCOMPARE(page.value().changes.value(0).origin, QStringLiteral("online"));
    }

    void errorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("expired token")
            << 401 << QByteArray("{\"error\":{\"code\":\"auth.token_expired\"}}")
            << QStringLiteral("auth.token_expired") << int(SyncErrorKind::SessionExpired) << false;
        QTest::newRow("wrong password")
            << 401 << QByteArray("{\"error\":{\"code\":\"auth.invalid_credentials\"}}")
            << QStringLiteral("auth.invalid_credentials") << int(SyncErrorKind::Authentication) << false;
        QTest::newRow("locked") << 401 << QByteArray("{\"error\":{\"code\":\"auth.account_locked\"}}")
                                << QStringLiteral("auth.account_locked") << int(SyncErrorKind::Authentication)
                                << false;
        QTest::newRow("disabled") << 401 << QByteArray("{\"error\":{\"code\":\"auth.account_disabled\"}}")
                                  << QStringLiteral("auth.account_disabled")
                                  << int(SyncErrorKind::Authentication) << false;
        QTest::newRow("other authority")
            << 403 << QByteArray("{\"error\":{\"code\":\"auth.other_authority\"}}")
            << QStringLiteral("auth.other_authority") << int(SyncErrorKind::Authentication) << false;
        QTest::newRow("revoked") << 401 << QByteArray("{\"error\":{\"code\":\"tls.certificate_revoked\"}}")
                                 << QStringLiteral("tls.certificate_revoked") << int(SyncErrorKind::Tls)
                                 << false;
        QTest::newRow("503 html") << 503 << QByteArray("<html>busy</html>") << QStringLiteral("http.503")
                                  << int(SyncErrorKind::Server) << true;
        QTest::newRow("500 deep") << 500 << QByteArray(100000, '{') << QStringLiteral("http.500")
                                  << int(SyncErrorKind::Server) << true;
        QTest::newRow("403") << 403
                             << QByteArray("{\"error\":{\"code\":\"auth.forbidden\",\"message\":\"no\"}}")
                             << QStringLiteral("auth.forbidden") << int(SyncErrorKind::Refused) << false;
    }

    void errorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        const SyncError error = ExchangeClient::errorFromResponse(status, body, QStringLiteral("req-1"));
        QCOMPARE(error.code, code);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.retryable, retryable);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.requestId, QStringLiteral("req-1"));
        QVERIFY(error.displayText().contains(QStringLiteral("req-1")));
    }

    void endlessBodyIsCutOff()
    {
        FakeHttp fake;
        fake.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: r-endless\r\n"
                    "Connection: close\r\n\r\n";
        const QByteArray chunk(64 * 1024, ' ');
        fake.body = [&](int i) {
            return i == 0 ? QByteArray("{\"a\":\"") : (i < 100000 ? chunk : QByteArray());
        };
        ExchangeClient client;
        client.configure(fake.url(), QSslConfiguration::defaultConfiguration(), 10000);
        client.setResponseLimit(1024 * 1024);
        std::optional<ow::Result<HealthInfo, SyncError>> answer;
        client.health([&](ow::Result<HealthInfo, SyncError> r) { answer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().code, QStringLiteral("response.too_large"));
        QCOMPARE(answer->error().requestId, QStringLiteral("r-endless"));
        // It stopped soon after the cap instead of taking all 6 GiB.
        QVERIFY2(fake.sent < 64 * 1024 * 1024, qPrintable(QString::number(fake.sent)));
    }

    void announcedHugeBodyIsRefusedAtOnce()
    {
        FakeHttp fake;
        fake.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n";
        fake.body = [](int i) {
            return i < 3 ? QByteArray(1024, ' ') : QByteArray();
        };
        ExchangeClient client;
        client.configure(fake.url(), QSslConfiguration::defaultConfiguration(), 10000);
        std::optional<ow::Result<HealthInfo, SyncError>> answer;
        client.health([&](ow::Result<HealthInfo, SyncError> r) { answer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QCOMPARE(answer->error().code, QStringLiteral("response.too_large"));
    }

    void truncatedBodyIsAnError()
    {
        FakeHttp fake;
        fake.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n";
        fake.body = [](int i) {
            return i == 0 ? QByteArray("{\"status\": \"o") : QByteArray();
        };
        ExchangeClient client;
        client.configure(fake.url(), QSslConfiguration::defaultConfiguration(), 10000);
        std::optional<ow::Result<HealthInfo, SyncError>> answer;
        client.health([&](ow::Result<HealthInfo, SyncError> r) { answer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY(!answer->ok());
        QVERIFY(answer->error().retryable);
    }

    void hostileGzipAnswers_data()
    {
        namespace gzip = ow::protocol::gzip;
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code"); // empty: read as health
        const QByteArray health = gzip::compress("{\"status\": \"ok\", \"api\": 1}");
        QTest::newRow("gzip, read") << QByteArray("gzip") << health << QString();
        QTest::newRow("bomb: 256 MiB of zeros past the 16 MiB cap")
            << QByteArray("gzip") << gzip::compress(QByteArray(256 * 1024 * 1024, ' '), 9)
            << QStringLiteral("response.too_large");
        QTest::newRow("corrupt") << QByteArray("gzip") << QByteArray(health).replace(12, 1, "\xff")
                                 << QStringLiteral("response.malformed");
        QTest::newRow("truncated") << QByteArray("gzip") << health.chopped(4)
                                   << QStringLiteral("response.malformed");
        QTest::newRow("trailing garbage")
            << QByteArray("gzip") << QByteArray(health + "{}") << QStringLiteral("response.malformed");
        QTest::newRow("an encoding not asked for")
            << QByteArray("br") << health << QStringLiteral("response.malformed");
    }
    void hostileGzipAnswers()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        FakeHttp fake;
        fake.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: " + encoding +
                    "\r\nContent-Length: " + QByteArray::number(body.size()) +
                    "\r\nConnection: close\r\n\r\n";
        fake.body = [&](int i) {
            return i == 0 ? body : QByteArray();
        };
        ExchangeClient client;
        client.configure(fake.url(), QSslConfiguration::defaultConfiguration(), 10000);
        std::optional<ow::Result<HealthInfo, SyncError>> answer;
        client.health([&](ow::Result<HealthInfo, SyncError> r) { answer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        // The client asked for gzip itself, so Qt left the answer to its bounded reader.
        QVERIFY(fake.requestHead().contains("\r\naccept-encoding: gzip\r\n"));
        if (code.isEmpty()) {
            QVERIFY2(answer->ok(), qPrintable(answer->ok() ? QString() : answer->error().detail));
            QCOMPARE(answer->value().status, QStringLiteral("ok"));
        } else {
            QVERIFY(!answer->ok());
            QCOMPARE(answer->error().code, code);
        }
    }

    void requestsGoInGzipOnceTheExchangeTakesThem_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("the exchange said Accept-Encoding: gzip") << true;
        QTest::newRow("an exchange that did not") << false;
    }
    void requestsGoInGzipOnceTheExchangeTakesThem()
    {
        QFETCH(bool, announced);
        ExchangeClient client;
        {
            FakeHttp first; // any answer says whether the exchange reads gzip bodies
            first.head = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n" +
                         QByteArray(announced ? "Accept-Encoding: gzip\r\n" : "") +
                         "Connection: close\r\n\r\n";
            client.configure(first.url(), QSslConfiguration::defaultConfiguration(), 10000);
            bool answered = false;
            client.health([&](ow::Result<HealthInfo, SyncError>) { answered = true; });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
            QCOMPARE(client.compressesRequests(), announced);
        }
        FakeHttp fake;
        fake.head = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        const QUrl base = fake.url();
        // configure() forgets what another exchange said; the same address keeps it.
        client.configure(base, QSslConfiguration::defaultConfiguration(), 10000);
        QVERIFY(!client.compressesRequests());
        if (announced) {
            fake.head = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nAccept-Encoding: gzip\r\n"
                        "Connection: close\r\n\r\n";
            bool answered = false;
            client.health([&](ow::Result<HealthInfo, SyncError>) { answered = true; });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
            fake.received.clear();
        }
        QList<QByteArray> events;
        for (int i = 0; i < 60; ++i)
            events.append("{\"id\":\"e" + QByteArray::number(i) +
                          "\",\"type\":\"case.accepted\",\"payload\":{}}");
        const auto batch = ExchangeClient::PushBatch::within(events, 1024 * 1024);
        QVERIFY(batch.body.size() > ow::protocol::gzip::WorthFrom);
        bool answered = false;
        const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString follows = QUuid::createUuid().toString(QUuid::WithoutBraces);
        client.pushEvents(batch, batchId, follows, {},
                          [&](ow::Result<PushResponse, SyncError>) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QCOMPARE(fake.requestHead().contains("\r\ncontent-encoding: gzip\r\n"), announced);
        const QByteArray sent = fake.requestBody();
        if (announced) {
            const auto inflated = ow::protocol::gzip::inflate(sent, 1024 * 1024);
            QVERIFY(inflated);
            QCOMPARE(inflated.value(), batch.framed(batchId, follows));
            QVERIFY(sent.size() < batch.body.size() / 3);
        } else {
            QCOMPARE(sent, batch.framed(batchId, follows));
        }
        // The frame names the batch and the one it follows, and carries the events as they were.
        const QJsonObject framed = QJsonDocument::fromJson(batch.framed(batchId, follows)).object();
        QCOMPARE(framed.value(u"batch").toString(), batchId);
        QCOMPARE(framed.value(u"follows").toString(), follows);
        QCOMPARE(framed.value(u"events").toArray().size(), 60);
        QVERIFY(!QJsonDocument::fromJson(batch.framed(batchId, {})).object().contains(u"follows"));
    }

    void refusedConnectionIsRetryable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ExchangeClient client;
        client.configure(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                         QSslConfiguration::defaultConfiguration(), 5000);
        std::optional<ow::Result<HealthInfo, SyncError>> answer;
        client.health([&](ow::Result<HealthInfo, SyncError> r) { answer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QCOMPARE(answer->error().code, QStringLiteral("net.refused"));
        QCOMPARE(answer->error().kind, SyncErrorKind::Network);
        QVERIFY(answer->error().retryable);
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "test_sync_json.moc"
