// Two `onewindow-exchange serve` processes over one PostgreSQL database: clients push interleaved
// batches to both at once, the same event ids to both at the same time; every event is applied
// once, and the change feed is gap-free and the same from either server.
#include "core/CaseWorkflow.h"
#include "core/EnterpriseName.h"
#include "core/UsccCode.h"
#include "exchange/DemoApplications.h"
#include "exchange/ExchangeStore.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = ow::test::ExchangeFixture;

namespace {

struct Request
{
    QSslConfiguration ssl;
    QByteArray method;
    QUrl url;
    QJsonObject body;
    QString token;
};

// Sends every request at once (each on its own connection) and waits for all the answers.
QList<Fixture::Reply> callAll(const QList<Request> &requests, int timeoutMs = 120000)
{
    QList<Fixture::Reply> results(requests.size());
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    QEventLoop loop;
    int open = int(requests.size());
    for (const Request &r : requests) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(r.url);
        request.setSslConfiguration(r.ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(timeoutMs);
        if (!r.token.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + r.token.toLatin1());
        }
        QNetworkReply *reply =
            r.method == "GET" ? managers.back()->get(request)
                              : managers.back()->sendCustomRequest(
                                    request, r.method, QJsonDocument(r.body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&open, &loop] {
            if (--open == 0) {
                loop.quit();
            }
        });
        replies.append(reply);
    }
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (open > 0) {
        loop.exec();
    }
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies.at(i);
        if (!reply->isFinished()) {
            reply->abort();
        }
        results[i].read(reply);
        delete reply;
    }
    return results;
}

} // namespace

class ExchangeTwoProcessesTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange{Fixture::Backend::Postgres};
    QProcess m_servers[2];
    int m_ports[2] = {0, 0};
    test::CounterCases m_cases{20261127}; // receipt numbers never repeat: the exchange keeps them unique
    QString m_clerk;                      // clerk01 on W01, signed in at server 0

    QUrl url(int server, const QString &path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_ports[server]).arg(path));
    }
    QUrl url(int server, ow::protocol::Endpoint endpoint, const QString &query = {}) const
    {
        QUrl result = url(server, ow::protocol::path(endpoint));
        if (!query.isEmpty()) {
            result.setQuery(query);
        }
        return result;
    }

    bool startServer(int i, QString *error)
    {
        QProcess &server = m_servers[i];
        server.setProcessChannelMode(QProcess::SeparateChannels);
        server.setReadChannel(QProcess::StandardOutput);
        server.start(QStringLiteral(OW_EXCHANGE_BINARY),
                     {QStringLiteral("serve"), QStringLiteral("--dir"), m_exchange.dir(),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--public-port"), QStringLiteral("0")});
        if (!server.waitForStarted()) {
            *error = server.errorString();
            return false;
        }
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        static const QRegularExpression listening(QStringLiteral("Listening on https://127.0.0.1:(\\d+)"));
        while (server.state() == QProcess::Running && waited.elapsed() < 30000) {
            server.waitForReadyRead(200);
            output += server.readAllStandardOutput();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_ports[i] = match.captured(1).toInt();
                return true;
            }
        }
        *error = QStringLiteral("server %1 did not start: %2")
                     .arg(i)
                     .arg(QString::fromUtf8(output + server.readAllStandardError()));
        return false;
    }

    QString signIn(int server, const QString &workstation, const QString &user)
    {
        const Fixture::Reply r = Fixture::call(
            m_exchange.sslFor(workstation), "POST", url(server, ow::protocol::Endpoint::Session),
            {{QStringLiteral("user"), user}, {QStringLiteral("password"), Fixture::password(user)}});
        return r.json.value(u"token").toString();
    }

    // A counter case as the clerk makes it: a draft saved (local), then accepted (an outbox event).
    core::DomainEvent acceptedCounterCase(core::CaseRecord &record) { return m_cases.accepted(record); }

    Request push(int server, const QString &workstation, const QString &token,
                 const QList<core::DomainEvent> &events)
    {
        QJsonArray list;
        for (const core::DomainEvent &e : events) {
            list.append(e.toJson());
        }
        return {m_exchange.sslFor(workstation),
                "POST",
                url(server, ow::protocol::Endpoint::Events),
                {{QStringLiteral("events"), list}},
                token};
    }

    // The whole change feed as one server gives it, page by page.
    QList<QJsonObject> feed(int server, int pageSize)
    {
        QList<QJsonObject> all;
        qint64 cursor = 0;
        for (bool more = true; more;) {
            const Fixture::Reply page =
                Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "GET",
                              url(server, ow::protocol::Endpoint::Changes,
                                  QStringLiteral("cursor=%1&limit=%2").arg(cursor).arg(pageSize)),
                              {}, m_clerk);
            if (page.status != 200) {
                qWarning("feed page from server %d: %d %s", server, page.status, page.body.constData());
                return {};
            }
            for (const QJsonValue &c : page.json.value(u"changes").toArray()) {
                all.append(c.toObject());
            }
            cursor = page.json.value(u"nextCursor").toInteger();
            more = page.json.value(u"hasMore").toBool();
        }
        return all;
    }

    int storeCount(const char *what)
    {
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("test-reader"));
        if (!store) {
            return -1;
        }
        const Result<int> n = QByteArray(what) == "cases" ? store.value()->cases().count()
                              : QByteArray(what) == "log" ? store.value()->requestLog().count()
                                                          : store.value()->cases().appliedCount();
        return n ? n.value() : -1;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.prepare(&error), qPrintable(error));
        qInfo("store: %s", qPrintable(m_exchange.storeDisplay()));
        QVERIFY2(startServer(0, &error), qPrintable(error));
        QVERIFY2(startServer(1, &error), qPrintable(error));
        QVERIFY(m_ports[0] != m_ports[1]);
    }

    void adminCommandsUseTheSameDatabase()
    {
        QProcess list;
        list.start(QStringLiteral(OW_EXCHANGE_BINARY), {QStringLiteral("user"), QStringLiteral("list"),
                                                        QStringLiteral("--dir"), m_exchange.dir()});
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 0);
        const QString out = QString::fromUtf8(list.readAllStandardOutput());
        for (const QString &id : Fixture::userIds()) {
            QVERIFY2(out.contains(id + QLatin1Char('\t')), qPrintable(out));
        }
        // A password in the URL is refused before anything is made.
        QProcess init;
        init.start(QStringLiteral(OW_EXCHANGE_BINARY),
                   {QStringLiteral("init"), QStringLiteral("--dir"), m_exchange.dir() + QStringLiteral("-x"),
                    QStringLiteral("--database"),
                    QStringLiteral("postgresql://owtest:secret@127.0.0.1:5432/x")});
        QVERIFY(init.waitForFinished(60000));
        QCOMPARE(init.exitCode(), 1);
        QVERIFY(QString::fromUtf8(init.readAllStandardError()).contains(u"store.password_in_url"));
    }

    void sessionsAreSharedBetweenProcesses()
    {
        m_clerk = signIn(0, QStringLiteral("W01"), QStringLiteral("clerk01"));
        QVERIFY(!m_clerk.isEmpty());
        const Fixture::Reply atOther = Fixture::call(
            m_exchange.sslFor(QStringLiteral("W01")), "GET",
            url(1, ow::protocol::Endpoint::Changes, QStringLiteral("cursor=0&limit=1")), {}, m_clerk);
        QCOMPARE(atOther.status, 200);
        // Bound to the certificate at either server.
        const Fixture::Reply otherCertificate = Fixture::call(
            m_exchange.sslFor(QStringLiteral("W02")), "GET",
            url(1, ow::protocol::Endpoint::Changes, QStringLiteral("cursor=0&limit=1")), {}, m_clerk);
        QCOMPARE(otherCertificate.status, 401);
        QCOMPARE(otherCertificate.errorCode(), QStringLiteral("auth.token_not_bound"));
    }

    void interleavedBatchesAppliedOnceWithGaplessFeed()
    {
        QVERIFY(!m_clerk.isEmpty());
        constexpr int Cases = 60;
        constexpr int BatchSize = 5;
        QList<core::CaseRecord> records;
        QList<core::DomainEvent> accepted;
        for (int i = 0; i < Cases; ++i) {
            core::CaseRecord record;
            accepted.append(acceptedCounterCase(record));
            QCOMPARE(accepted.last().caseVersion, 2);
            records.append(record);
        }

        // Round 1: every even batch to both servers at once (the same event ids), odd batches to
        // one server each, alternating; portal intakes at both in between. All in flight together.
        QList<Request> requests;
        QRandomGenerator intakeRandom(31);
        for (int b = 0; b * BatchSize < Cases; ++b) {
            const QList<core::DomainEvent> batch = accepted.mid(b * BatchSize, BatchSize);
            if (b % 2 == 0) {
                requests.append(push(0, QStringLiteral("W01"), m_clerk, batch));
                requests.append(push(1, QStringLiteral("W01"), m_clerk, batch));
            } else {
                requests.append(push((b / 2) % 2, QStringLiteral("W01"), m_clerk, batch));
            }
            if (b % 3 == 0) {
                requests.append({m_exchange.sslForPortal(),
                                 "POST",
                                 url(b % 2, ow::protocol::Endpoint::Intake),
                                 exchange::DemoApplications::intakeBody(intakeRandom),
                                 {}});
            }
        }
        const QList<Fixture::Reply> replies = callAll(requests);
        QHash<QString, QStringList> statusesById;
        int intakes = 0;
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const Fixture::Reply &r = replies.at(i);
            if (requests.at(i).url.path().endsWith(u"/intake")) {
                QCOMPARE(r.status, 201);
                ++intakes;
                continue;
            }
            QVERIFY2(r.status == 200, qPrintable(QString::number(r.status) + QLatin1Char(' ') +
                                                 QString::fromUtf8(r.body) + r.networkError));
            for (const QJsonValue &v : r.json.value(u"results").toArray()) {
                const QJsonObject result = v.toObject();
                statusesById[result.value(u"id").toString()].append(result.value(u"status").toString());
                QCOMPARE(result.value(u"caseVersion").toInt(), 2);
            }
        }
        int sentTwice = 0;
        for (const core::DomainEvent &e : accepted) {
            QStringList statuses = statusesById.value(e.id);
            QVERIFY2(!statuses.isEmpty(), qPrintable(e.id));
            QCOMPARE(statuses.count(QStringLiteral("applied")), 1);
            statuses.removeAll(QStringLiteral("applied"));
            sentTwice += statuses.isEmpty() ? 0 : 1;
            for (const QString &s : statuses) {
                QCOMPARE(s, QStringLiteral("duplicate"));
            }
        }
        QVERIFY(sentTwice >= Cases / 2);

        // Round 2: two supervisors take the same cases for review at the same moment, one at each
        // server: exactly one wins each case, the other gets a conflict.
        const QString super1 = signIn(0, QStringLiteral("W02"), QStringLiteral("super01"));
        const QString super2 = signIn(1, QStringLiteral("W02"), QStringLiteral("super02"));
        QVERIFY(!super1.isEmpty() && !super2.isEmpty());
        constexpr int Contested = 20;
        QList<Request> contest;
        for (int i = 0; i < Contested; ++i) {
            for (int s = 0; s < 2; ++s) {
                core::CaseRecord view = records.at(i);
                core::TransitionRequest request;
                request.actor = {s == 0 ? QStringLiteral("super01") : QStringLiteral("super02"),
                                 core::Role::Supervisor, QStringLiteral("W02")};
                request.action = core::CaseAction::TakeForReview;
                request.at = QDateTime::currentDateTimeUtc();
                const auto take = core::CaseWorkflow::apply(view, request);
                QVERIFY(take.ok());
                contest.append(push(s, QStringLiteral("W02"), s == 0 ? super1 : super2, {take.value()}));
            }
        }
        const QList<Fixture::Reply> contested = callAll(contest);
        int reviewsApplied = 0;
        for (int i = 0; i < Contested; ++i) {
            QStringList statuses;
            for (int s = 0; s < 2; ++s) {
                const Fixture::Reply &r = contested.at(i * 2 + s);
                QVERIFY2(r.status == 200, r.body.constData());
                statuses.append(
                    r.json.value(u"results").toArray().at(0).toObject().value(u"status").toString());
            }
            statuses.sort();
            QCOMPARE(statuses, (QStringList{QStringLiteral("applied"), QStringLiteral("conflict")}));
            ++reviewsApplied;
        }

        // The store: each event once, each case once.
        QCOMPARE(storeCount("events"), Cases + reviewsApplied);
        QCOMPARE(storeCount("cases"), Cases + intakes);

        // The feed from either server: the same, seq 1..N without a gap, one change per applied
        // event or intake, each case's versions in order.
        const QList<QJsonObject> fromFirst = feed(0, 37);
        const QList<QJsonObject> fromSecond = feed(1, 500);
        QCOMPARE(fromFirst.size(), Cases + reviewsApplied + intakes);
        QCOMPARE(fromFirst, fromSecond);
        QHash<QString, int> lastVersion;
        for (qsizetype i = 0; i < fromFirst.size(); ++i) {
            const QJsonObject &change = fromFirst.at(i);
            QCOMPARE(change.value(u"seq").toInteger(), qint64(i + 1));
            const QString caseId = change.value(u"caseId").toString();
            const int version = change.value(u"case").toObject().value(u"version").toInt();
            QVERIFY2(version > lastVersion.value(caseId, 0), qPrintable(caseId));
            lastVersion.insert(caseId, version);
        }
        for (int i = 0; i < Cases; ++i) {
            QCOMPARE(lastVersion.value(records.at(i).id), i < Contested ? 3 : 2);
        }
    }

    // Issue 10 §2: 10,000 licences confirmed through both servers at once, each batch in flight
    // together: every case gets a code, all distinct and valid, none drawn twice.
    void tenThousandCodesFromTwoProcesses()
    {
        constexpr int Cases = 10000;
        constexpr int BatchSize = 500;
        QList<core::CaseRecord> approved;
        {
            auto store =
                exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("test-writer"));
            QVERIFY(store);
            QVERIFY(store.value()->begin());
            // Stored as approved directly (their receipt numbers are never claimed, so they may repeat).
            test::CounterCases cases{20261202};
            for (int i = 0; i < Cases; ++i) {
                core::CaseRecord record;
                cases.accepted(record, QStringLiteral("clerk01"), QStringLiteral("W01"), QStringLiteral("-"));
                // Each its own 字号: a name registered already is a conflict at licensing.
                const core::NameParts parts = core::EnterpriseName::parse(record.form.proposedName);
                static const QString digits = u"甲乙丙丁戊己庚辛壬癸"_s;
                QString trade = u"恒"_s;
                for (int n = i, d = 0; d < 4; ++d, n /= 10) {
                    trade += digits.at(n % 10);
                }
                record.form.proposedName = parts.division + trade + parts.industry + parts.form;
                record.state = core::CaseState::Approved;
                record.version = 4;
                record.acceptedBy = QStringLiteral("clerk01");
                QVERIFY(store.value()->cases().put(record, std::nullopt));
                approved.append(record);
            }
            QVERIFY(store.value()->commit());
        }
        const QString tokens[2] = {signIn(0, QStringLiteral("W01"), QStringLiteral("clerk01")),
                                   signIn(1, QStringLiteral("W02"), QStringLiteral("clerk01"))};
        QVERIFY(!tokens[0].isEmpty() && !tokens[1].isEmpty());
        QList<Request> requests;
        for (int b = 0; b * BatchSize < Cases; ++b) {
            QList<core::DomainEvent> batch;
            const int s = b % 2;
            for (int i = b * BatchSize; i < std::min(Cases, (b + 1) * BatchSize); ++i) {
                core::CaseRecord view = approved.at(i);
                core::TransitionRequest issue;
                issue.actor = {QStringLiteral("clerk01"), core::Role::Clerk, s == 0 ? u"W01"_s : u"W02"_s};
                issue.action = core::CaseAction::IssueLicence;
                issue.at = QDateTime::currentDateTimeUtc();
                const auto event = core::CaseWorkflow::apply(view, issue);
                QVERIFY(event);
                batch.append(event.value());
            }
            requests.append(push(s, s == 0 ? u"W01"_s : u"W02"_s, tokens[s], batch));
        }
        const QList<Fixture::Reply> replies = callAll(requests, 600000);
        int applied = 0;
        for (const Fixture::Reply &r : replies) {
            QVERIFY2(r.status == 200, qPrintable(QString::fromUtf8(r.body.left(500)) + r.networkError));
            for (const QJsonValue &v : r.json.value(u"results").toArray()) {
                QCOMPARE(v.toObject().value(u"status").toString(), QStringLiteral("applied"));
                ++applied;
            }
        }
        QCOMPARE(applied, Cases);

        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("test-reader"));
        QVERIFY(store);
        const auto codes = store.value()->creditCodes().allCodes();
        QVERIFY(codes);
        QCOMPARE(codes.value().size(), Cases);
        QCOMPARE(QSet<QString>(codes.value().begin(), codes.value().end()).size(), Cases);
        QSet<QString> identifiers;
        for (const QString &code : codes.value()) {
            const core::RuleResult valid = core::UsccCode::validate(code);
            QVERIFY2(valid.valid, qPrintable(code + u": "_s + valid.reason));
            identifiers.insert(code.mid(8, 9));
        }
        QCOMPARE(identifiers.size(), Cases); // no organisation body twice, whatever the division
        QCOMPARE(store.value()->licences().count().value(), Cases); // each recorded and published once
        // Each case holds the code recorded for it.
        for (int i = 0; i < Cases; i += 997) {
            const auto stored = store.value()->cases().byId(approved.at(i).id);
            QVERIFY(stored && stored.value());
            QCOMPARE(stored.value()->state, core::CaseState::Published);
            QCOMPARE(stored.value()->creditCode,
                     store.value()->creditCodes().codeOf(approved.at(i).id).value());
        }
    }

    void serversConnectAgainAfterLosingTheDatabase()
    {
        QVERIFY(!m_clerk.isEmpty());
        const qsizetype before = feed(0, 500).size();
        QVERIFY(before > 0);
        QTest::qWait(1000); // the request logs' batches of the requests so far are written
        const int logged = storeCount("log");
        QVERIFY(logged > 0);
        QString error;
        QVERIFY2(m_exchange.postgresStatement(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                                             "pg_stat_activity WHERE datname = '%1'")
                                                  .arg(m_exchange.postgresDatabase()),
                                              &error),
                 qPrintable(error));
        // Each worker notices on its next use of the store, connects again and answers: no caller
        // sees the lost connection.
        for (int server = 0; server < 2; ++server) {
            for (int i = 0; i < 20; ++i) {
                const Fixture::Reply r = Fixture::call(
                    m_exchange.sslFor(QStringLiteral("W01")), "GET",
                    url(server, ow::protocol::Endpoint::Changes, QStringLiteral("cursor=0&limit=1")), {},
                    m_clerk);
                QVERIFY(!r.requestId.isEmpty()); // a request run again keeps its id
                QVERIFY2(r.status == 200, qPrintable(QStringLiteral("server %1, request %2: HTTP %3 %4")
                                                         .arg(server)
                                                         .arg(i)
                                                         .arg(r.status)
                                                         .arg(r.errorCode())));
            }
        }
        // The request logs' writers lost their connections too; they connect again and write.
        QTRY_VERIFY_WITH_TIMEOUT(storeCount("log") >= logged + 40, 15000);
        QByteArray logs;
        for (QProcess &server : m_servers)
            logs += server.readAllStandardError();
        QVERIFY2(logs.contains("again on a new one"), logs.right(2000).constData());
        // Writes work again, and the feed goes on without a gap.
        core::CaseRecord record;
        const core::DomainEvent accepted = acceptedCounterCase(record);
        const Fixture::Reply pushed = callAll({push(1, QStringLiteral("W01"), m_clerk, {accepted})}).first();
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.json.value(u"results").toArray().at(0).toObject().value(u"status").toString(),
                 QStringLiteral("applied"));
        const QList<QJsonObject> after = feed(0, 500);
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.last().value(u"seq").toInteger(), qint64(before + 1));
        QCOMPARE(after.last().value(u"caseId").toString(), record.id);
    }

    void cleanupTestCase()
    {
        for (QProcess &server : m_servers) {
            if (server.state() == QProcess::Running) {
                ::kill(pid_t(server.processId()), SIGTERM);
                QVERIFY(server.waitForFinished(20000));
                QCOMPARE(server.exitCode(), 0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(ExchangeTwoProcessesTest)
#include "test_exchange_two_processes.moc"
