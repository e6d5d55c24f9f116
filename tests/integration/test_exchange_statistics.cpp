// Issue 12 §3, the province's statistics at the real exchange over loopback TLS
// (GET /api/v1/statistics): cases of two authorities made through the API (pending, sent back for
// correction and rejected with standard reasons, licensed), then the figures as an administrator
// and a provincial supervisor (prov01, 140000) read them, for the province and for one authority;
// a clerk, county supervisors and another province's authority refused (403), bad filters answered
// 400, each refusal changing nothing. Runs on SQLite and on PostgreSQL (ow_exchange_backends).
#include "core/CaseWorkflow.h"
#include "core/Divisions.h"
#include "core/ReceiptNumber.h"
#include "exchange/ApiTypes.h"
#include "exchange/ExchangeStore.h"
#include "protocol/ErrorCodes.h"
#include "protocol/StatisticsWire.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = ow::test::ExchangeFixture;

namespace {

const QString Xiaodian = u"140105"_s;
const QString Yingze = Fixture::OtherAuthority;
const QString Shanxi = u"140000"_s;

} // namespace

class ExchangeStatisticsTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;
    test::CounterCases m_cases{20261212};
    int m_receipts = 0;
    QString m_clerk;   // clerk01 on W01 (140105)
    QString m_super;   // super01 on W02 (140105)
    QString m_admin;   // admin01 on W01 (140105)
    QString m_clerk11; // clerk11 on W11 (140106)
    QString m_super11; // super11 on W11 (140106)
    QString m_prov;    // prov01 on W01 (140000, provincial)
    QString m_type;    // the entity type of every case made here
    QDate m_today;     // the registry's day

    struct Counts
    {
        int cases = -1;
        qint64 lastSeq = -1;
        int applied = -1;
        bool operator==(const Counts &) const = default;
    };
    Counts counts()
    {
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"statistics-reader"_s);
        if (!store) {
            return {};
        }
        const auto cases = store.value()->cases().count();
        const auto seq = store.value()->feed().lastSeq();
        const auto applied = store.value()->cases().appliedCount();
        if (!cases || !seq || !applied) {
            return {};
        }
        return {cases.value(), seq.value(), applied.value()};
    }

    bool applied(const QString &workstation, const QString &token, const QJsonObject &event)
    {
        const QJsonObject answer = m_exchange.pushOne(workstation, token, event);
        if (answer.value(u"status").toString() != u"applied") {
            qWarning() << answer;
            return false;
        }
        return true;
    }

    // A counter case of `authority` accepted by `clerk` at `workstation`.
    bool accepted(core::CaseRecord &record, const QString &clerk, const QString &workstation,
                  const QString &token, const QString &authority)
    {
        const QString receipt =
            core::ReceiptNumber{authority, QDate::currentDate(), workstation, ++m_receipts}.toString();
        const core::DomainEvent event =
            m_cases.accepted(record, clerk, workstation, receipt, [&authority](core::OneForm &form) {
                form.authorityDivision = authority;
                form.domicileDivision = authority;
            });
        m_type = record.form.entityTypeId;
        return applied(workstation, token, event.toJson());
    }

    // super01's decision with standard reasons on a case it takes for review.
    bool decided(core::CaseRecord &record, core::CaseAction action, const QStringList &codes)
    {
        if (!applied(u"W02"_s, m_super,
                     test::CounterCases::advance(record, core::CaseAction::TakeForReview, u"super01"_s,
                                                 core::Role::Supervisor, u"W02"_s))) {
            return false;
        }
        core::TransitionRequest request;
        request.actor = {u"super01"_s, core::Role::Supervisor, u"W02"_s};
        request.action = action;
        request.reason = u"见规范化事由"_s;
        request.reasonCodes = codes;
        request.at = QDateTime::currentDateTimeUtc();
        const auto event = core::CaseWorkflow::apply(record, request);
        return event && applied(u"W02"_s, m_super, event.value().toJson());
    }

    bool licensed(core::CaseRecord &record)
    {
        return applied(u"W02"_s, m_super,
                       test::CounterCases::advance(record, core::CaseAction::TakeForReview, u"super01"_s,
                                                   core::Role::Supervisor, u"W02"_s)) &&
               applied(u"W02"_s, m_super,
                       test::CounterCases::advance(record, core::CaseAction::Approve, u"super01"_s,
                                                   core::Role::Supervisor, u"W02"_s, u"材料齐全"_s)) &&
               applied(u"W01"_s, m_clerk,
                       test::CounterCases::advance(record, core::CaseAction::IssueLicence, u"clerk01"_s,
                                                   core::Role::Clerk, u"W01"_s));
    }

    Fixture::Reply ask(const QString &workstation, const QString &token, const QString &query)
    {
        return m_exchange.request(m_exchange.sslFor(workstation), protocol::Endpoint::Statistics, {}, token,
                                  query);
    }

    core::StatisticsFilter around(const QString &authority = {}) const
    {
        core::StatisticsFilter filter;
        filter.from = m_today.addDays(-1);
        filter.to = m_today.addDays(1);
        filter.authority = authority;
        return filter;
    }

    static int sum(const core::StatisticsFacts &facts, core::Outcome outcome)
    {
        int n = 0;
        for (const core::DayCount &d : facts.received) {
            n += d.outcome == outcome ? d.count : 0;
        }
        return n;
    }

    static int countOf(const QList<core::LoadCount> &load, const QString &who)
    {
        for (const core::LoadCount &c : load) {
            if (c.who == who) {
                return c.count;
            }
        }
        return 0;
    }

    static int reasonCount(const core::StatisticsFacts &facts, core::CaseAction action, const QString &code)
    {
        for (const core::ReasonCount &r : facts.reasons) {
            if (r.action == action && r.code == code) {
                return r.count;
            }
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY2(m_exchange.addOtherAuthority(&error), qPrintable(error));
        QVERIFY2(
            m_exchange.addUser(u"super11"_s, u"高明"_s, u"supervisor"_s, u"Yingze#2027"_s, Yingze, &error),
            qPrintable(error));
        QVERIFY2(
            m_exchange.addUser(u"prov01"_s, u"刘省"_s, u"supervisor"_s, u"Shanxi#2026"_s, Shanxi, &error),
            qPrintable(error));
        m_clerk = m_exchange.signIn(u"W01"_s, u"clerk01"_s);
        m_super = m_exchange.signIn(u"W02"_s, u"super01"_s);
        m_admin = m_exchange.signIn(u"W01"_s, u"admin01"_s);
        m_clerk11 = m_exchange.signIn(u"W11"_s, u"clerk11"_s);
        m_super11 = m_exchange.signIn(u"W11"_s, u"super11"_s);
        m_prov = m_exchange.signIn(u"W01"_s, u"prov01"_s);
        QVERIFY(!m_clerk.isEmpty() && !m_super.isEmpty() && !m_admin.isEmpty() && !m_clerk11.isEmpty() &&
                !m_super11.isEmpty() && !m_prov.isEmpty());
        m_today = exchange::api::registryDay(QDateTime::currentDateTimeUtc());

        // 140105: one pending, one sent back for correction (B01), one rejected (J01, J02), one
        // licensed; 140106: one pending.
        core::CaseRecord pending, correction, rejected, licence, other;
        QVERIFY(accepted(pending, u"clerk01"_s, u"W01"_s, m_clerk, Xiaodian));
        QVERIFY(accepted(correction, u"clerk01"_s, u"W01"_s, m_clerk, Xiaodian));
        QVERIFY(decided(correction, core::CaseAction::RequestCorrection, {u"B01"_s}));
        QVERIFY(accepted(rejected, u"clerk01"_s, u"W01"_s, m_clerk, Xiaodian));
        QVERIFY(decided(rejected, core::CaseAction::Reject, {u"J01"_s, u"J02"_s}));
        QVERIFY(accepted(licence, u"clerk01"_s, u"W01"_s, m_clerk, Xiaodian));
        QVERIFY(licensed(licence));
        QVERIFY(accepted(other, u"clerk11"_s, u"W11"_s, m_clerk11, Yingze));
    }

    void theProvincialSupervisorReadsTheWholeProvince()
    {
        const Fixture::Reply reply = ask(u"W01"_s, m_prov, protocol::statistics::queryOf(around()));
        QCOMPARE(reply.status, 200);
        const auto answer = protocol::statistics::answerFromJson(reply.json);
        QVERIFY2(answer, reply.body.left(400).constData());
        QVERIFY(answer->complete);
        const core::StatisticsFacts &f = answer->facts;
        QCOMPARE(sum(f, core::Outcome::Pending), 2);
        QCOMPARE(sum(f, core::Outcome::Correction), 1);
        QCOMPARE(sum(f, core::Outcome::Rejected), 1);
        QCOMPARE(sum(f, core::Outcome::Approved), 1);
        for (const core::DayCount &d : f.received) {
            QCOMPARE(d.day, m_today);
            QCOMPARE(d.entityType, m_type);
        }
        QCOMPARE(f.counter, 5);
        QCOMPARE(f.online, 0);
        QCOMPARE(f.licensed.size(), 1);
        QCOMPARE(f.licensed.first().received, m_today);
        QCOMPARE(f.licensed.first().licensed, m_today);
        QCOMPARE(f.licensed.first().count, 1);
        QCOMPARE(reasonCount(f, core::CaseAction::RequestCorrection, u"B01"_s), 1);
        QCOMPARE(reasonCount(f, core::CaseAction::Reject, u"J01"_s), 1);
        QCOMPARE(reasonCount(f, core::CaseAction::Reject, u"J02"_s), 1);
        QCOMPARE(f.reasons.size(), 3);
        QCOMPARE(countOf(f.clerks, u"clerk01"_s), 4);
        QCOMPARE(countOf(f.clerks, u"clerk11"_s), 1);
        QCOMPARE(countOf(f.workstations, u"W01"_s), 4);
        QCOMPARE(countOf(f.workstations, u"W11"_s), 1);
        QVERIFY(qAbs(answer->asOf.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }

    void oneAuthorityAndOneTypeAndTheAdministrator()
    {
        const Fixture::Reply yingze = ask(u"W01"_s, m_prov, protocol::statistics::queryOf(around(Yingze)));
        QCOMPARE(yingze.status, 200);
        const auto one = protocol::statistics::answerFromJson(yingze.json);
        QVERIFY(one);
        QCOMPARE(sum(one->facts, core::Outcome::Pending), 1);
        QCOMPARE(one->facts.counter, 1);
        QVERIFY(one->facts.reasons.isEmpty() && one->facts.licensed.isEmpty());
        QCOMPARE(countOf(one->facts.clerks, u"clerk11"_s), 1);

        core::StatisticsFilter other = around();
        other.entityType = m_type == u"joint_stock"_s ? u"llc_natural_multi"_s : u"joint_stock"_s;
        const Fixture::Reply none = ask(u"W01"_s, m_prov, protocol::statistics::queryOf(other));
        QCOMPARE(none.status, 200);
        const auto empty = protocol::statistics::answerFromJson(none.json);
        QVERIFY(empty && empty->facts.received.isEmpty() && empty->facts.counter == 0);

        const Fixture::Reply admin = ask(u"W01"_s, m_admin, protocol::statistics::queryOf(around()));
        QCOMPARE(admin.status, 200);
        const auto all = protocol::statistics::answerFromJson(admin.json);
        QVERIFY(all);
        QCOMPARE(all->facts.counter, 5);
    }

    void othersAreRefused_data()
    {
        QTest::addColumn<QString>("workstation");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("authority");
        QTest::newRow("clerk") << u"W01"_s << u"clerk"_s << QString();
        QTest::newRow("clerk, own authority") << u"W01"_s << u"clerk"_s << Xiaodian;
        QTest::newRow("county supervisor, province") << u"W02"_s << u"super"_s << QString();
        QTest::newRow("other county supervisor, province") << u"W11"_s << u"super11"_s << QString();
        QTest::newRow("other county supervisor, other county") << u"W11"_s << u"super11"_s << Xiaodian;
        QTest::newRow("provincial, another province") << u"W01"_s << u"prov"_s << u"110105"_s;
        QTest::newRow("administrator, another province") << u"W01"_s << u"admin"_s << u"110105"_s;
    }
    void othersAreRefused()
    {
        QFETCH(QString, workstation);
        QFETCH(QString, who);
        QFETCH(QString, authority);
        const QHash<QString, QString> tokens{{u"clerk"_s, m_clerk},
                                             {u"super"_s, m_super},
                                             {u"super11"_s, m_super11},
                                             {u"prov"_s, m_prov},
                                             {u"admin"_s, m_admin}};
        const Counts before = counts();
        const Fixture::Reply reply =
            ask(workstation, tokens.value(who), protocol::statistics::queryOf(around(authority)));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), QString(protocol::errors::StatisticsForbidden));
        QVERIFY(!reply.json.contains(u"received"));
        QVERIFY(counts() == before);
    }

    void withoutASessionNothing()
    {
        const Fixture::Reply reply = ask(u"W01"_s, QString(), protocol::statistics::queryOf(around()));
        QCOMPARE(reply.status, 401);
        QVERIFY(!reply.json.contains(u"received"));
    }

    void badFiltersAreAnswered400_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("period too long") << u"from=2020-01-01&to=2026-12-31"_s << u"to"_s;
        QTest::newRow("ends before it begins") << u"from=2026-12-31&to=2026-01-01"_s << u"to"_s;
        QTest::newRow("bad date") << u"from=2026-13-01&to=2026-12-31"_s << u"from"_s;
        QTest::newRow("not a date") << u"from=yesterday&to=2026-12-31"_s << u"from"_s;
        QTest::newRow("no dates") << QString() << u"from"_s;
        QTest::newRow("date with time") << u"from=2026-01-01T00:00&to=2026-12-31"_s << u"from"_s;
        QTest::newRow("granularity") << u"from=2026-01-01&to=2026-12-31&granularity=year"_s
                                     << u"granularity"_s;
        QTest::newRow("authority") << u"from=2026-01-01&to=2026-12-31&authority=14%27%20OR%201=1"_s
                                   << u"authority"_s;
        QTest::newRow("type") << u"from=2026-01-01&to=2026-12-31&type=no_such_type"_s << u"type"_s;
    }
    void badFiltersAreAnswered400()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const Counts before = counts();
        const Fixture::Reply reply = ask(u"W01"_s, m_prov, query);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QString(protocol::errors::RequestInvalidField));
        QCOMPARE(reply.json.value(u"error").toObject().value(u"field").toString(), field);
        QVERIFY(counts() == before);
    }
};

QTEST_GUILESS_MAIN(ExchangeStatisticsTest)
#include "test_exchange_statistics.moc"
