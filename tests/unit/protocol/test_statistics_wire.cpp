// protocol::statistics: the filter as a query and back (with its bounds), the facts as JSON and back,
// and the answers a hostile exchange could send, each refused whole.
#include "protocol/StatisticsWire.h"
#include "protocol/WireKeys.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace ow;
using namespace Qt::StringLiterals;
namespace st = ow::protocol::statistics;
namespace k = ow::protocol::keys::statistics;

class StatisticsWireTest : public QObject
{
    Q_OBJECT

    static st::Answer sample()
    {
        st::Answer a;
        a.asOf = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
        a.complete = true;
        a.facts.received = {{QDate(2026, 11, 2), u"llc_natural_multi"_s, core::Outcome::Approved, 12},
                            {QDate(2026, 11, 3), u"joint_stock"_s, core::Outcome::Correction, 1}};
        a.facts.licensed = {{QDate(2026, 11, 2), QDate(2026, 11, 9), u"llc_natural_multi"_s, 10}};
        a.facts.reasons = {{core::CaseAction::Reject, u"J01"_s, 3}, {core::CaseAction::Refuse, QString(), 1}};
        a.facts.clerks = {{u"clerk01"_s, 9}};
        a.facts.workstations = {{u"W01"_s, 8}};
        a.facts.online = 4;
        a.facts.counter = 9;
        return a;
    }

private slots:
    void filterRoundTrip()
    {
        core::StatisticsFilter f;
        f.from = QDate(2026, 1, 1);
        f.to = QDate(2026, 12, 31);
        f.granularity = core::Granularity::Week;
        f.authority = u"140105"_s;
        f.entityType = u"joint_stock"_s;
        const QUrlQuery q(st::queryOf(f));
        const auto read = st::filterFromQuery(q.queryItemValue(u"from"_s), q.queryItemValue(u"to"_s),
                                              q.queryItemValue(u"granularity"_s),
                                              q.queryItemValue(u"authority"_s), q.queryItemValue(u"type"_s));
        QVERIFY(read);
        QCOMPARE(read.value().from, f.from);
        QCOMPARE(read.value().to, f.to);
        QCOMPARE(read.value().granularity, f.granularity);
        QCOMPARE(read.value().authority, f.authority);
        QCOMPARE(read.value().entityType, f.entityType);
    }

    void badFilters_data()
    {
        QTest::addColumn<QStringList>("values"); // from, to, granularity, authority, type
        QTest::addColumn<QString>("field");
        QTest::newRow("no from") << QStringList{{}, u"2026-01-01"_s, {}, {}, {}} << u"from"_s;
        QTest::newRow("bad month") << QStringList{u"2026-13-01"_s, u"2026-12-01"_s, {}, {}, {}} << u"from"_s;
        QTest::newRow("short year") << QStringList{u"26-01-01"_s, u"2026-12-01"_s, {}, {}, {}} << u"from"_s;
        QTest::newRow("bad to") << QStringList{u"2026-01-01"_s, u"2026-02-30"_s, {}, {}, {}} << u"to"_s;
        QTest::newRow("reversed") << QStringList{u"2026-02-01"_s, u"2026-01-01"_s, {}, {}, {}} << u"to"_s;
        QTest::newRow("too long") << QStringList{u"2020-01-01"_s, u"2026-01-01"_s, {}, {}, {}} << u"to"_s;
        QTest::newRow("granularity") << QStringList{u"2026-01-01"_s, u"2026-01-02"_s, u"Day"_s, {}, {}}
                                     << u"granularity"_s;
        QTest::newRow("authority") << QStringList{u"2026-01-01"_s, u"2026-01-02"_s, {}, u"999999"_s, {}}
                                   << u"authority"_s;
        QTest::newRow("type") << QStringList{u"2026-01-01"_s, u"2026-01-02"_s, {}, {}, u"x"_s} << u"type"_s;
    }
    void badFilters()
    {
        QFETCH(QStringList, values);
        QFETCH(QString, field);
        const auto read = st::filterFromQuery(values[0], values[1], values[2], values[3], values[4]);
        QVERIFY(!read);
        QCOMPARE(read.error().code, u"request.invalid_field"_s);
        QCOMPARE(read.error().field, field);
    }

    void answerRoundTrip()
    {
        const st::Answer a = sample();
        const auto b = st::answerFromJson(st::toJson(a));
        QVERIFY(b);
        QCOMPARE(b->asOf, a.asOf);
        QCOMPARE(b->facts.received.size(), 2);
        QCOMPARE(b->facts.received.at(1).outcome, core::Outcome::Correction);
        QCOMPARE(b->facts.received.at(0).count, 12);
        QCOMPARE(b->facts.licensed.at(0).licensed, QDate(2026, 11, 9));
        QCOMPARE(b->facts.reasons.at(0).action, core::CaseAction::Reject);
        QCOMPARE(b->facts.reasons.at(1).code, QString());
        QCOMPARE(b->facts.clerks.at(0).who, u"clerk01"_s);
        QCOMPARE(b->facts.workstations.at(0).count, 8);
        QCOMPARE(b->facts.online, 4);
        QCOMPARE(b->facts.counter, 9);
    }

    void hostileAnswersAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("json");
        const QJsonObject good = st::toJson(sample());
        const auto with = [&good](QLatin1StringView key, const QJsonValue &value) {
            QJsonObject o = good;
            o.insert(key, value);
            return o;
        };
        QJsonObject missing = good;
        missing.remove(k::Received);
        QTest::newRow("no received") << missing;
        QTest::newRow("received not a list") << with(k::Received, u"x"_s);
        QTest::newRow("row too short") << with(k::Received, QJsonArray{QJsonArray{u"2026-11-02"_s, u"t"_s}});
        QTest::newRow("bad day") << with(k::Received,
                                         QJsonArray{QJsonArray{u"2026-11-32"_s, u"t"_s, u"approved"_s, 1}});
        QTest::newRow("bad outcome") << with(k::Received,
                                             QJsonArray{QJsonArray{u"2026-11-02"_s, u"t"_s, u"won"_s, 1}});
        QTest::newRow("negative count")
            << with(k::Received, QJsonArray{QJsonArray{u"2026-11-02"_s, u"t"_s, u"approved"_s, -1}});
        QTest::newRow("fractional count")
            << with(k::Received, QJsonArray{QJsonArray{u"2026-11-02"_s, u"t"_s, u"approved"_s, 1.5}});
        QTest::newRow("huge count") << with(
            k::Received, QJsonArray{QJsonArray{u"2026-11-02"_s, u"t"_s, u"approved"_s, 1e300}});
        QTest::newRow("long type") << with(
            k::Received, QJsonArray{QJsonArray{u"2026-11-02"_s, QString(65, u'x'), u"approved"_s, 1}});
        QTest::newRow("bad action") << with(k::Reasons, QJsonArray{QJsonArray{u"approved"_s, u"J01"_s, 1}});
        QJsonArray people;
        for (int i = 0; i <= st::MaxPeople; ++i)
            people.append(QJsonArray{u"c%1"_s.arg(i), 1});
        QTest::newRow("too many clerks") << with(k::Clerks, people);
        QJsonArray reasons;
        for (int i = 0; i <= st::MaxReasons; ++i)
            reasons.append(QJsonArray{u"rejected"_s, u"J01"_s, 1});
        QTest::newRow("too many reasons") << with(k::Reasons, reasons);
        QTest::newRow("online not a count") << with(k::Online, u"4"_s);
        QTest::newRow("complete missing") << [&good] {
            QJsonObject o = good;
            o.remove(k::Complete);
            return o;
        }();
    }
    void hostileAnswersAreRefused()
    {
        QFETCH(QJsonObject, json);
        QVERIFY(!st::answerFromJson(json));
    }

    void tooManyGroupsAreRefused()
    {
        QJsonObject o = st::toJson(sample());
        QJsonArray rows;
        const QJsonArray row{u"2026-11-02"_s, u"t"_s, u"approved"_s, 1};
        for (int i = 0; i <= st::MaxGroups; ++i)
            rows.append(row);
        o.insert(k::Received, rows);
        QVERIFY(!st::answerFromJson(o));
    }
};

QTEST_GUILESS_MAIN(StatisticsWireTest)
#include "test_statistics_wire.moc"
