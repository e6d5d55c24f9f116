#include "core/Statistics.h"

#include <QTest>

using namespace ow;
using namespace ow::core;

class TestStatistics : public QObject
{
    Q_OBJECT
private slots:
    void quantile_data()
    {
        QTest::addColumn<QList<int>>("values"); // value, count, value, count …
        QTest::addColumn<int>("median");
        QTest::addColumn<int>("p90");
        QTest::newRow("none") << QList<int>{} << 0 << 0;
        QTest::newRow("one") << QList<int>{4, 1} << 4 << 4;
        QTest::newRow("two: the lower is the median") << QList<int>{1, 1, 3, 1} << 1 << 3;
        QTest::newRow("ten, unsorted")
            << QList<int>{9, 1, 1, 1, 2, 1, 3, 1, 4, 1, 5, 1, 6, 1, 7, 1, 8, 1, 10, 1} << 5 << 9;
        QTest::newRow("weighted") << QList<int>{2, 8, 7, 2} << 2 << 7;
        QTest::newRow("zero days") << QList<int>{0, 3} << 0 << 0;
    }
    void quantile()
    {
        QFETCH(QList<int>, values);
        QList<std::pair<int, int>> weighted;
        for (qsizetype i = 0; i + 1 < values.size(); i += 2)
            weighted.append({values[i], values[i + 1]});
        QFETCH(int, median);
        QFETCH(int, p90);
        QCOMPARE(Statistics::quantile(weighted, 0.5), median);
        QCOMPARE(Statistics::quantile(weighted, 0.9), p90);
    }

    void buckets_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("granularity");
        QTest::addColumn<QDate>("bucket");
        QTest::addColumn<QString>("label");
        QTest::newRow("day") << QDate(2026, 11, 26) << 0 << QDate(2026, 11, 26)
                             << QStringLiteral("2026-11-26");
        QTest::newRow("week: Thursday to Monday")
            << QDate(2026, 11, 26) << 1 << QDate(2026, 11, 23) << QStringLiteral("2026-W48");
        QTest::newRow("week: Sunday stays in its week")
            << QDate(2026, 11, 29) << 1 << QDate(2026, 11, 23) << QStringLiteral("2026-W48");
        QTest::newRow("ISO week 1 begins in December")
            << QDate(2025, 1, 1) << 1 << QDate(2024, 12, 30) << QStringLiteral("2025-W01");
        QTest::newRow("ISO week 53") << QDate(2027, 1, 2) << 1 << QDate(2026, 12, 28)
                                     << QStringLiteral("2026-W53");
        QTest::newRow("month") << QDate(2026, 2, 28) << 2 << QDate(2026, 2, 1) << QStringLiteral("2026-02");
    }
    void buckets()
    {
        QFETCH(QDate, day);
        QFETCH(int, granularity);
        QFETCH(QDate, bucket);
        QFETCH(QString, label);
        const auto g = Granularity(granularity);
        QCOMPARE(Statistics::bucketOf(day, g), bucket);
        QCOMPARE(Statistics::bucketLabel(bucket, g), label);
    }

    void periodBuckets()
    {
        StatisticsFilter filter{QDate(2026, 11, 1), QDate(2026, 11, 30), Granularity::Week, {}, {}};
        const QList<QDate> weeks = Statistics::buckets(filter);
        QCOMPARE(weeks.size(), 6); // W44 (from Oct 26) … W49 (Nov 30 is a Monday)
        QCOMPARE(weeks.first(), QDate(2026, 10, 26));
        QCOMPARE(weeks.last(), QDate(2026, 11, 30));
        filter.granularity = Granularity::Month;
        QCOMPARE(Statistics::buckets(filter), QList<QDate>{QDate(2026, 11, 1)});
        filter.to = QDate(2026, 10, 1);
        QVERIFY(!filter.problem().isEmpty());
        QVERIFY(Statistics::buckets(filter).isEmpty());
        filter.to = filter.from.addDays(StatisticsFilter::MaxDays);
        QVERIFY(!filter.problem().isEmpty());
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("submitted") << "submitted"
                                   << "pending";
        QTest::newRow("under review") << "under_review"
                                      << "pending";
        QTest::newRow("correction") << "correction_required"
                                    << "correction";
        QTest::newRow("refused") << "refused"
                                 << "refused";
        QTest::newRow("licensed") << "licensed"
                                  << "approved";
        QTest::newRow("published") << "published"
                                   << "approved";
        QTest::newRow("rejected") << "rejected"
                                  << "rejected";
        QTest::newRow("withdrawn") << "withdrawn"
                                   << "withdrawn";
    }
    void outcomes()
    {
        QFETCH(QString, state);
        QFETCH(QString, outcome);
        QCOMPARE(Statistics::outcomeKey(Statistics::outcomeOf(*CaseStates::fromKey(state))), outcome);
    }

    void compute()
    {
        const StatisticsFilter filter{QDate(2026, 9, 28), QDate(2026, 10, 11), Granularity::Week, {}, {}};
        StatisticsFacts facts;
        facts.received = {{QDate(2026, 9, 28), QStringLiteral("llc"), Outcome::Approved, 2},
                          {QDate(2026, 10, 2), QStringLiteral("llc"), Outcome::Approved, 1},
                          {QDate(2026, 10, 3), QStringLiteral("sole"), Outcome::Refused, 1},
                          {QDate(2026, 10, 9), QStringLiteral("llc"), Outcome::Pending, 4}};
        // National Day 2026: Oct 1–7 off, Sep 27 and Oct 10 (Saturdays) worked.
        facts.licensed = {{QDate(2026, 9, 28), QDate(2026, 9, 30), QStringLiteral("llc"), 2},
                          {QDate(2026, 9, 30), QDate(2026, 10, 9), QStringLiteral("llc"), 1}};
        facts.reasons = {{CaseAction::Refuse, QStringLiteral("R01"), 1},
                         {CaseAction::RequestCorrection, QStringLiteral("B01"), 3},
                         {CaseAction::Refuse, QString(), 2}};
        facts.clerks = {{QStringLiteral("clerk02"), 1}, {QStringLiteral("clerk01"), 3}};
        facts.online = 1;
        facts.counter = 7;
        const StatisticsReport report =
            Statistics::compute(filter, facts, WorkingCalendar::builtIn(),
                                StatutoryClock::builtIn().withDecisionDays(3), ReasonCatalogue::instance());
        QCOMPARE(report.buckets.size(), 2);
        QCOMPARE(report.total(QDate(2026, 9, 28), Outcome::Approved), 3);
        QCOMPARE(report.total(QDate(2026, 9, 28), Outcome::Refused), 1);
        QCOMPARE(report.total(QDate(2026, 10, 5), Outcome::Pending), 4);
        QCOMPARE(report.processing.size(), 2); // all types, then llc
        const ProcessingTime all = report.processing.first();
        QVERIFY(all.entityType.isEmpty());
        QCOMPARE(all.cases, 3);
        QCOMPARE(all.median, 2);
        const int late =
            WorkingCalendar::builtIn().workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 9));
        QCOMPARE(late, 2); // Oct 8 and 9: Oct 1–7 are off
        QCOMPARE(all.p90, 2);
        QCOMPARE(all.limitDays, 3);
        QCOMPARE(all.withinLimit, 3);
        QCOMPARE(report.reasons.first().code, QStringLiteral("B01"));
        QVERIFY(!report.reasons.first().text.isEmpty());
        QCOMPARE(report.reasons.last().count, 1);
        QCOMPARE(report.clerks.first().who, QStringLiteral("clerk01"));
        QCOMPARE(report.online, 1);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "test_statistics.moc"
