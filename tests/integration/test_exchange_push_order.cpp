// Two batches in flight (exchange::PushOrder, docs/protocol.md "Two batches in flight"), against the
// real exchange over loopback TLS: a batch that names the one it follows is applied after it, even
// when it reaches the exchange first; one that follows a batch the exchange never sees, or one that
// did not commit, is refused and nothing of it is stored; no worker waits beyond the patience, nor
// more than one per workstation, and other workstations are served meanwhile.
#include "core/CaseWorkflow.h"
#include "exchange/ExchangeServer.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace ow;
using Fixture = ow::test::ExchangeFixture;

namespace {

constexpr int PatienceMs = 1500; // the exchange's wait for a batch followed, in these tests

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class ExchangePushOrderTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;
    test::CounterCases m_cases{20261203};
    QString m_clerk; // clerk01 on W01
    QString m_super; // super01 on W02

    // A batch's body: its events, its id and (when given) the batch it follows.
    static QJsonObject batch(const QList<core::DomainEvent> &events, const QString &id,
                             const QString &follows = {})
    {
        QJsonArray list;
        for (const core::DomainEvent &e : events)
            list.append(e.toJson());
        QJsonObject body{{QStringLiteral("events"), list}, {QStringLiteral("batch"), id}};
        if (!follows.isEmpty())
            body.insert(QStringLiteral("follows"), follows);
        return body;
    }

    // A push sent now on a connection of its own; the reply finishes later.
    struct InFlight
    {
        std::unique_ptr<QNetworkAccessManager> manager = std::make_unique<QNetworkAccessManager>();
        QNetworkReply *reply = nullptr;
        QElapsedTimer clock;
    };
    std::unique_ptr<InFlight> send(const QString &workstation, const QString &token, const QJsonObject &body)
    {
        auto flight = std::make_unique<InFlight>();
        QNetworkRequest request(m_exchange.url(protocol::Endpoint::Events));
        request.setSslConfiguration(m_exchange.sslFor(workstation));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        flight->clock.start();
        flight->reply = flight->manager->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        return flight;
    }
    static Fixture::Reply await(InFlight &flight)
    {
        if (!flight.reply->isFinished()) {
            QSignalSpy finished(flight.reply, &QNetworkReply::finished);
            finished.wait(30000);
        }
        Fixture::Reply reply;
        reply.read(flight.reply);
        return reply;
    }
    static QString statusOf(const Fixture::Reply &reply, int i)
    {
        return reply.json.value(u"results").toArray().at(i).toObject().value(u"status").toString();
    }

    // A counter case accepted by clerk01 at W01, and its withdrawal (which needs the case).
    std::pair<core::DomainEvent, core::DomainEvent> acceptedThenWithdrawn()
    {
        core::CaseRecord record;
        const core::DomainEvent accepted =
            m_cases.accepted(record, QStringLiteral("clerk01"), QStringLiteral("W01"),
                             m_cases.nextReceipt(QStringLiteral("W01")));
        core::TransitionRequest request;
        request.actor = {QStringLiteral("clerk01"), core::Role::Clerk, QStringLiteral("W01")};
        request.action = core::CaseAction::Withdraw;
        request.at = QDateTime::currentDateTimeUtc();
        return {accepted, core::CaseWorkflow::apply(record, request).value()};
    }

    // The caseIds of the feed's case changes, in the feed's order.
    QStringList feedCaseIds()
    {
        QStringList ids;
        for (const QJsonObject &c :
             m_exchange.feedOf(QStringLiteral("W01"), m_clerk, protocol::keys::changes::KindCase))
            ids << c.value(u"id").toString() + QLatin1Char('@') + c.value(u"state").toString();
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_exchange.configureServer([](exchange::ServerOptions &o) { o.pushFollowMs = PatienceMs; });
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        m_clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        m_super = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
        QVERIFY(!m_clerk.isEmpty() && !m_super.isEmpty());
    }

    // The second batch reaches the exchange first: it waits for the first and is applied after it.
    void theSecondBatchArrivingFirstIsAppliedAfterTheFirst()
    {
        const auto [accepted, withdrawn] = acceptedThenWithdrawn();
        const QString first = newId();
        auto second = send(QStringLiteral("W01"), m_clerk, batch({withdrawn}, newId(), first));
        QTest::qWait(300); // the second is at the exchange, waiting
        QVERIFY(!second->reply->isFinished());
        const Fixture::Reply one = await(*send(QStringLiteral("W01"), m_clerk, batch({accepted}, first)));
        const Fixture::Reply two = await(*second);
        QCOMPARE(one.status, 200);
        QCOMPARE(two.status, 200);
        QCOMPARE(statusOf(one, 0), QStringLiteral("applied"));
        QCOMPARE(statusOf(two, 0), QStringLiteral("applied")); // before the acceptance: case.unknown
        const QStringList feed = feedCaseIds();
        const qsizetype acceptedAt = feed.indexOf(accepted.caseId + u"@accepted");
        QVERIFY2(acceptedAt >= 0 && feed.indexOf(withdrawn.caseId + u"@withdrawn") > acceptedAt,
                 qPrintable(feed.join(u' ')));
    }

    // A batch following one the exchange never hears of waits the patience, then is refused with
    // nothing stored; a batch of another workstation is served meanwhile.
    void aBatchFollowingAnUnknownOneIsRefusedAfterThePatience()
    {
        const auto [accepted, withdrawn] = acceptedThenWithdrawn();
        Q_UNUSED(withdrawn);
        auto waiting = send(QStringLiteral("W01"), m_clerk, batch({accepted}, newId(), newId()));
        QTest::qWait(200);
        QElapsedTimer other;
        other.start();
        const Fixture::Reply health = m_exchange.request(m_exchange.sslFor(QStringLiteral("W02")),
                                                         protocol::Endpoint::Health, {}, m_super);
        QCOMPARE(health.status, 200);
        QVERIFY2(other.elapsed() < PatienceMs / 2, qPrintable(QString::number(other.elapsed())));
        const Fixture::Reply refused = await(*waiting);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("push.out_of_order"));
        QVERIFY2(waiting->clock.elapsed() >= PatienceMs - 100,
                 qPrintable(QString::number(waiting->clock.elapsed())));
        QVERIFY(!feedCaseIds().contains(accepted.caseId + u"@accepted"));
        // Sent again without "follows": applied.
        QCOMPARE(statusOf(await(*send(QStringLiteral("W01"), m_clerk, batch({accepted}, newId()))), 0),
                 QStringLiteral("applied"));
    }

    // A workstation has one batch waiting at most: a second is refused at once (it holds no
    // worker), and one that follows a batch which did not commit is refused at once too.
    void oneBatchWaitsPerWorkstationAndAnUncommittedOneIsNotFollowed()
    {
        const auto [accepted, withdrawn] = acceptedThenWithdrawn();
        auto waiting = send(QStringLiteral("W01"), m_clerk, batch({accepted}, newId(), newId()));
        QTest::qWait(200);
        const QString secondId = newId();
        auto second = send(QStringLiteral("W01"), m_clerk, batch({withdrawn}, secondId, newId()));
        const Fixture::Reply refusedAtOnce = await(*second);
        QCOMPARE(refusedAtOnce.status, 409);
        QCOMPARE(refusedAtOnce.errorCode(), QStringLiteral("push.out_of_order"));
        QVERIFY2(second->clock.elapsed() < PatienceMs / 2,
                 qPrintable(QString::number(second->clock.elapsed())));
        QCOMPARE(await(*waiting).status, 409);
        // The second ended without committing: a batch following it is refused without a wait.
        auto third = send(QStringLiteral("W01"), m_clerk, batch({accepted}, newId(), secondId));
        QCOMPARE(await(*third).errorCode(), QStringLiteral("push.out_of_order"));
        QVERIFY2(third->clock.elapsed() < PatienceMs / 2,
                 qPrintable(QString::number(third->clock.elapsed())));
        QVERIFY(!feedCaseIds().contains(accepted.caseId + u"@accepted"));
    }

    // Batches are a workstation's own: W02's committed batch does not let W01's that names it through.
    void aBatchOfAnotherWorkstationIsNotFollowed()
    {
        const QString theirs = newId();
        const Fixture::Reply w02 = await(*send(QStringLiteral("W02"), m_super, batch({}, theirs)));
        QCOMPARE(w02.status, 200);
        const auto [accepted, withdrawn] = acceptedThenWithdrawn();
        Q_UNUSED(withdrawn);
        const Fixture::Reply refused =
            await(*send(QStringLiteral("W01"), m_clerk, batch({accepted}, newId(), theirs)));
        QCOMPARE(refused.errorCode(), QStringLiteral("push.out_of_order"));
    }

    // The names are UUIDs, and a batch does not follow itself.
    void batchNamesAreChecked_data()
    {
        QTest::addColumn<QJsonValue>("batchId");
        QTest::addColumn<QJsonValue>("follows");
        QTest::addColumn<QString>("field");
        const QString same = newId();
        QTest::newRow("batch not a UUID") << QJsonValue(QStringLiteral("b-1")) << QJsonValue() << "batch";
        QTest::newRow("batch a number") << QJsonValue(7) << QJsonValue() << "batch";
        QTest::newRow("follows not a UUID")
            << QJsonValue(newId()) << QJsonValue(QStringLiteral("../x")) << "follows";
        QTest::newRow("follows itself") << QJsonValue(same) << QJsonValue(same) << "follows";
    }
    void batchNamesAreChecked()
    {
        QFETCH(QJsonValue, batchId);
        QFETCH(QJsonValue, follows);
        QFETCH(QString, field);
        const auto [accepted, withdrawn] = acceptedThenWithdrawn();
        Q_UNUSED(withdrawn);
        QJsonObject body = batch({accepted}, {});
        body.insert(QStringLiteral("batch"), batchId);
        if (!follows.isNull())
            body.insert(QStringLiteral("follows"), follows);
        const Fixture::Reply refused = await(*send(QStringLiteral("W01"), m_clerk, body));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("request.invalid_field"));
        QCOMPARE(refused.json.value(u"error").toObject().value(u"field").toString(), field);
        QVERIFY(!feedCaseIds().contains(accepted.caseId + u"@accepted"));
    }
};

QTEST_MAIN(ExchangePushOrderTest)
#include "test_exchange_push_order.moc"
