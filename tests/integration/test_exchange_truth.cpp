// The exchange's own truth, against the real exchange over loopback TLS: its clock decides, the
// origin of a case is the caller, receipt numbers follow the one core rule, event ids are UUIDs.
#include "core/CaseWorkflow.h"
#include "core/Limits.h"
#include "exchange/DemoApplications.h"
#include "exchange/ExchangeStore.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace ow;
using Fixture = ow::test::ExchangeFixture;

class ExchangeTruthTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;
    test::CounterCases m_cases{20261201}; // receipt numbers never repeat: the exchange keeps them unique
    QString m_clerk;                      // clerk01 on W01
    QString m_supervisor1;                // super01 on W02
    QString m_supervisor2;                // super02 on W02

    QString nextReceipt(const QString &workstation) { return m_cases.nextReceipt(workstation); }

    // A counter case as W01's clerk accepts it, with the receipt number given.
    core::DomainEvent acceptance(core::CaseRecord &record, const QString &receipt)
    {
        return m_cases.accepted(record, QStringLiteral("clerk01"), QStringLiteral("W01"), receipt);
    }

    core::DomainEvent transition(core::CaseRecord &record, core::CaseAction action, const QString &user,
                                 const QDateTime &deviceTime)
    {
        core::TransitionRequest request;
        request.actor = {user, core::Role::Supervisor, QStringLiteral("W02")};
        request.action = action;
        request.at = deviceTime;
        if (core::CaseWorkflow::reasonRule(action) == core::ReasonRule::Required)
            request.reason = QStringLiteral("材料齐全"); // the review comment of an approval
        return core::CaseWorkflow::apply(record, request).value();
    }

    // A new counter case accepted by W01's clerk and taken for review by super01, at the exchange.
    bool acceptedAndTakenBySuper01(core::CaseRecord &record)
    {
        const QJsonObject accepted = m_exchange.pushOne(
            QStringLiteral("W01"), m_clerk, acceptance(record, nextReceipt(QStringLiteral("W01"))).toJson());
        const core::DomainEvent take = transition(record, core::CaseAction::TakeForReview,
                                                  QStringLiteral("super01"), QDateTime::currentDateTimeUtc());
        const QJsonObject taken = m_exchange.pushOne(QStringLiteral("W02"), m_supervisor1, take.toJson());
        return accepted.value(u"status").toString() == u"applied" &&
               taken.value(u"status").toString() == u"applied";
    }

    static QString code(const QJsonObject &result)
    {
        return result.value(u"error").toObject().value(u"code").toString();
    }

    std::optional<core::CaseRecord> stored(const QString &caseId)
    {
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("truth-reader"));
        if (!store) {
            return std::nullopt;
        }
        const auto found = store.value()->cases().byId(caseId);
        return found ? found.value() : std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        m_clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        m_supervisor1 = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
        m_supervisor2 = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super02"));
        QVERIFY(!m_clerk.isEmpty() && !m_supervisor1.isEmpty() && !m_supervisor2.isEmpty());
    }

    // Who made the case, where and when, and when it was accepted: the exchange's knowledge.
    void originAndTimesAreTheExchanges()
    {
        core::CaseRecord record;
        core::DomainEvent accept = acceptance(record, nextReceipt(QStringLiteral("W01")));
        QJsonObject json = accept.toJson();
        QJsonObject payload = json.value(u"payload").toObject();
        QJsonObject claimed = payload.value(u"case").toObject();
        claimed.insert(QStringLiteral("createdBy"), QStringLiteral("mallory"));
        claimed.insert(QStringLiteral("workstation"), QStringLiteral("W99"));
        claimed.insert(QStringLiteral("createdAt"), QStringLiteral("2001-01-01T00:00:00.000Z"));
        payload.insert(QStringLiteral("case"), claimed);
        json.insert(QStringLiteral("payload"), payload);
        json.insert(QStringLiteral("deviceTime"), QStringLiteral("2001-01-01T00:00:00.000Z"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
        QCOMPARE(m_exchange.pushOne(QStringLiteral("W01"), m_clerk, json).value(u"status").toString(),
                 QStringLiteral("applied"));
        const auto kept = stored(record.id);
        QVERIFY(kept);
        QCOMPARE(kept->createdBy, QStringLiteral("clerk01"));
        QCOMPARE(kept->workstation, QStringLiteral("W01"));
        QVERIFY(kept->createdAt >= before);
        QVERIFY2(kept->acceptedAt >= before, qPrintable(kept->acceptedAt.toString(Qt::ISODate)));
    }

    // A review lock is judged by the exchange's clock: a device claiming a time after the lock
    // ends does not get through it.
    void reviewLocksFollowTheExchangesClock()
    {
        core::CaseRecord record;
        QVERIFY(acceptedAndTakenBySuper01(record));
        // super02's copy says the lock has run out: five hours from now, by its device's clock.
        core::CaseRecord theirs = record;
        const core::DomainEvent approve =
            transition(theirs, core::CaseAction::Approve, QStringLiteral("super02"),
                       QDateTime::currentDateTimeUtc().addSecs(5 * 3600));
        const QJsonObject answer = m_exchange.pushOne(QStringLiteral("W02"), m_supervisor2, approve.toJson());
        QCOMPARE(answer.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(code(answer), QStringLiteral("workflow.locked"));
        QCOMPARE(stored(record.id)->state, core::CaseState::UnderReview);
    }

    // Standard reasons (core::ReasonCatalogue) are checked at the exchange as at the counter: a code
    // it does not know, or more codes than the limits allow, is refused and the case stays.
    void standardReasonCodesAreChecked()
    {
        core::CaseRecord record;
        QVERIFY(acceptedAndTakenBySuper01(record));

        core::TransitionRequest reject;
        reject.actor = {QStringLiteral("super01"), core::Role::Supervisor, QStringLiteral("W02")};
        reject.action = core::CaseAction::Reject;
        reject.reason = QStringLiteral("申请材料内容与实际情况不符");
        reject.reasonCodes = {QStringLiteral("J01")};
        core::CaseRecord copy = record;
        QJsonObject event = core::CaseWorkflow::apply(copy, reject).value().toJson();
        QJsonObject payload = event.value(u"payload").toObject();
        payload.insert(QStringLiteral("reasonCodes"),
                       QJsonArray{QStringLiteral("J01"), QStringLiteral("J99")});
        event.insert(QStringLiteral("payload"), payload);
        QJsonObject answer = m_exchange.pushOne(QStringLiteral("W02"), m_supervisor1, event);
        QCOMPARE(answer.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(code(answer), QStringLiteral("workflow.unknown_reason"));
        QCOMPARE(stored(record.id)->state, core::CaseState::UnderReview);

        QJsonArray many;
        for (int i = 0; i < core::Limits::maxCount(core::LimitScope::Event, "payload.reasonCodes") + 1; ++i) {
            many.append(QStringLiteral("J01"));
        }
        payload.insert(QStringLiteral("reasonCodes"), many);
        event.insert(QStringLiteral("payload"), payload);
        event.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        answer = m_exchange.pushOne(QStringLiteral("W02"), m_supervisor1, event);
        QCOMPARE(answer.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(code(answer), QStringLiteral("list.too_long"));
        QCOMPARE(stored(record.id)->state, core::CaseState::UnderReview);

        // The codes as the counter sends them: applied, and the event keeps them.
        event = core::CaseWorkflow::apply(record, reject).value().toJson();
        QCOMPARE(m_exchange.pushOne(QStringLiteral("W02"), m_supervisor1, event).value(u"status").toString(),
                 QStringLiteral("applied"));
        QCOMPARE(stored(record.id)->state, core::CaseState::Rejected);
    }

    // An acceptance whose domicile lies outside the caller's jurisdiction (a 迎泽区 company sent
    // by the 小店区 counter W01) needs a reason at the exchange too; without one nothing is stored.
    void anAcceptanceOutsideTheJurisdictionNeedsAReason()
    {
        core::CaseRecord record;
        QJsonObject event = acceptance(record, nextReceipt(QStringLiteral("W01"))).toJson();
        QJsonObject payload = event.value(u"payload").toObject();
        QJsonObject kase = payload.value(u"case").toObject();
        QJsonObject form = kase.value(u"form").toObject();
        form.insert(QStringLiteral("domicileDivision"), QStringLiteral("140106"));
        kase.insert(QStringLiteral("form"), form);
        payload.insert(QStringLiteral("case"), kase);
        payload.remove(QStringLiteral("reason"));
        event.insert(QStringLiteral("payload"), payload);
        const QJsonObject refused = m_exchange.pushOne(QStringLiteral("W01"), m_clerk, event);
        QCOMPARE(refused.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(code(refused), QStringLiteral("workflow.outside_jurisdiction"));
        QVERIFY(!stored(record.id));

        payload.insert(QStringLiteral("reason"), QStringLiteral("市局指定由小店区局登记"));
        event.insert(QStringLiteral("payload"), payload);
        event.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(m_exchange.pushOne(QStringLiteral("W01"), m_clerk, event).value(u"status").toString(),
                 QStringLiteral("applied"));
        QCOMPARE(stored(record.id)->lastReason, QStringLiteral("市局指定由小店区局登记"));
    }

    void receiptNumbersFollowTheOneRule_data()
    {
        QTest::addColumn<QString>("receipt");
        QTest::addColumn<QString>("code");
        QTest::newRow("any string") << QStringLiteral("RECEIPT-1") << QStringLiteral("case.receipt_invalid");
        QTest::newRow("no such date")
            << QStringLiteral("140105-20261345-W01-0001") << QStringLiteral("case.receipt_invalid");
        QTest::newRow("sequence 0") << QStringLiteral("140105-20261201-W01-0000")
                                    << QStringLiteral("case.receipt_invalid");
        QTest::newRow("another workstation's")
            << QStringLiteral("140105-20261201-W02-0001") << QStringLiteral("case.receipt_foreign");
    }

    void receiptNumbersFollowTheOneRule()
    {
        QFETCH(QString, receipt);
        QFETCH(QString, code);
        core::CaseRecord record;
        const QJsonObject answer =
            m_exchange.pushOne(QStringLiteral("W01"), m_clerk, acceptance(record, receipt).toJson());
        QCOMPARE(answer.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(this->code(answer), code);
        QVERIFY(!stored(record.id));
    }

    // A case version at the top of int would leave the case unable to move: refused.
    void caseVersionsAreBounded()
    {
        core::CaseRecord record;
        QJsonObject event = acceptance(record, nextReceipt(QStringLiteral("W01"))).toJson();
        event.insert(QStringLiteral("caseVersion"), 2147483647);
        const Fixture::Reply reply = Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "POST",
                                                   m_exchange.url(ow::protocol::Endpoint::Events),
                                                   {{QStringLiteral("events"), QJsonArray{event}}}, m_clerk);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("request.invalid_field"));
        QVERIFY(!stored(record.id));
    }

    void aReceiptNumberIsHeldByOneCase()
    {
        const QString receipt = nextReceipt(QStringLiteral("W01"));
        core::CaseRecord first;
        core::CaseRecord second;
        QCOMPARE(m_exchange.pushOne(QStringLiteral("W01"), m_clerk, acceptance(first, receipt).toJson())
                     .value(u"status")
                     .toString(),
                 QStringLiteral("applied"));
        const QJsonObject answer =
            m_exchange.pushOne(QStringLiteral("W01"), m_clerk, acceptance(second, receipt).toJson());
        QCOMPARE(answer.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(code(answer), QStringLiteral("case.receipt_taken"));
        QVERIFY(!stored(second.id));
    }

    // An event id is a UUID: one that names the portal's submission key cannot make the
    // portal's application answer as a duplicate, nor vanish.
    void eventIdsAreUuids()
    {
        const QJsonObject intake{
            {QStringLiteral("submissionId"), QStringLiteral("portal-778")},
            {QStringLiteral("application"),
             QJsonObject{
                 {QStringLiteral("form"), exchange::DemoApplications::form(m_cases.random()).toJson()}}}};
        const QUrl intakeUrl = m_exchange.url(ow::protocol::Endpoint::Intake);
        const Fixture::Reply first = Fixture::call(m_exchange.sslForPortal(), "POST", intakeUrl, intake);
        QCOMPARE(first.status, 201);
        core::CaseRecord record;
        QJsonObject forged = acceptance(record, nextReceipt(QStringLiteral("W01"))).toJson();
        forged.insert(QStringLiteral("id"), QStringLiteral("intake:portal-778"));
        const QJsonObject answer = m_exchange.pushOne(QStringLiteral("W01"), m_clerk, forged);
        QCOMPARE(answer.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(code(answer), QStringLiteral("request.invalid_field"));
        QCOMPARE(answer.value(u"error").toObject().value(u"field").toString(), QStringLiteral("id"));
        const Fixture::Reply again = Fixture::call(m_exchange.sslForPortal(), "POST", intakeUrl, intake);
        QCOMPARE(again.json.value(u"caseId").toString(), first.json.value(u"caseId").toString());
        QVERIFY(stored(first.json.value(u"caseId").toString()));
    }
};

QTEST_MAIN(ExchangeTruthTest)
#include "test_exchange_truth.moc"
