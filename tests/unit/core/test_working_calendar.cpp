// Working days and the statutory clocks against the calendar file: the 2026 Spring Festival with its
// two swapped Saturdays, National Day, the turn of the year into a provisional 2027 and a year the
// file does not cover; a broken calendar file is refused with what is wrong.

#include "core/StatutoryClock.h"
#include "core/WorkingCalendar.h"

#include <QTest>

using namespace ow::core;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QDateTime at(const char *iso)
{
    return QDateTime(d(iso), QTime(10, 30), Qt::LocalTime);
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void workingDays_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("working");
        QTest::newRow("Friday before the Spring Festival") << d("2026-02-13") << true;
        QTest::newRow("Saturday swapped into a working day") << d("2026-02-14") << true;
        QTest::newRow("Spring Festival, Sunday") << d("2026-02-15") << false;
        QTest::newRow("Spring Festival, Monday") << d("2026-02-16") << false;
        QTest::newRow("Spring Festival, last day (Monday)") << d("2026-02-23") << false;
        QTest::newRow("first day back") << d("2026-02-24") << true;
        QTest::newRow("second swapped Saturday") << d("2026-02-28") << true;
        QTest::newRow("ordinary Sunday") << d("2026-03-01") << false;
        QTest::newRow("New Year swapped Sunday") << d("2026-01-04") << true;
        QTest::newRow("National Day, Wednesday") << d("2026-10-07") << false;
        QTest::newRow("after National Day, Thursday") << d("2026-10-08") << true;
        QTest::newRow("National Day swapped Saturday") << d("2026-10-10") << true;
        QTest::newRow("provisional 2027, New Year") << d("2027-01-01") << false;
        QTest::newRow("uncovered 2028, a Monday") << d("2028-01-03") << true;
        QTest::newRow("uncovered 2028, a Saturday") << d("2028-01-01") << false;
    }

    void workingDays()
    {
        QFETCH(QDate, day);
        QFETCH(bool, working);
        QCOMPARE(WorkingCalendar::builtIn().isWorkingDay(day), working);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("count");
        QTest::addColumn<QDate>("due");
        QTest::newRow("across the Spring Festival, a swapped Saturday counts")
            << d("2026-02-12") << 3 << d("2026-02-24");
        QTest::newRow("from the Friday before it") << d("2026-02-13") << 3 << d("2026-02-25");
        QTest::newRow("across National Day to its swapped Saturday")
            << d("2026-09-30") << 3 << d("2026-10-10");
        QTest::newRow("into provisional 2027") << d("2026-12-30") << 3 << d("2027-01-05");
        QTest::newRow("publication: 20 days over two holidays") << d("2026-09-21") << 20 << d("2026-10-26");
        QTest::newRow("none") << d("2026-02-15") << 0 << d("2026-02-15");
    }

    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, count);
        QFETCH(QDate, due);
        const WorkingCalendar &calendar = WorkingCalendar::builtIn();
        QCOMPARE(calendar.addWorkingDays(from, count), due);
        QCOMPARE(calendar.workingDaysBetween(from, due), count);
    }

    void caveats()
    {
        const WorkingCalendar &calendar = WorkingCalendar::builtIn();
        QVERIFY(calendar.covers(2026));
        QVERIFY(!calendar.year(2026).provisional);
        QVERIFY(calendar.caveat(2026, 2026).isEmpty());
        QVERIFY(calendar.year(2027).provisional);
        QVERIFY(calendar.caveat(2026, 2027).contains(QStringLiteral("2027")));
        QVERIFY(!calendar.covers(2028));
        QVERIFY(calendar.caveat(2028, 2028).contains(QStringLiteral("2028")));
        QCOMPARE(calendar.holidayName(d("2026-02-17")), QStringLiteral("春节"));
        QVERIFY(calendar.holidayName(d("2026-02-24")).isEmpty());
    }

    void brokenFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << QByteArray("{years") << QString();
        QTest::newRow("no years") << QByteArray(R"({"years": []})") << QString();
        QTest::newRow("to before from")
            << QByteArray(
                   R"({"years":[{"year":2026,"holidays":[{"name":"春节","from":"2026-02-23","to":"2026-02-15"}]}]})")
            << QStringLiteral("春节");
        QTest::newRow("holiday in another year")
            << QByteArray(
                   R"({"years":[{"year":2026,"holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-01"}]}]})")
            << QStringLiteral("元旦");
        QTest::newRow("working day that is a holiday")
            << QByteArray(
                   R"({"years":[{"year":2026,"holidays":[{"name":"元旦","from":"2026-01-01","to":"2026-01-03"}],"workdays":["2026-01-02"]}]})")
            << QStringLiteral("2026-01-02");
        QTest::newRow("a year twice")
            << QByteArray(R"({"years":[{"year":2026},{"year":2026}]})") << QStringLiteral("2026");
    }

    void brokenFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto calendar = WorkingCalendar::fromJson(json, QStringLiteral("office.json"));
        QVERIFY(!calendar);
        QCOMPARE(calendar.error().code, QStringLiteral("calendar.invalid"));
        QVERIFY2(calendar.error().message.contains(QStringLiteral("office.json")),
                 qPrintable(calendar.error().message));
        QVERIFY2(calendar.error().message.contains(mentions), qPrintable(calendar.error().message));
    }

    void clocks_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QDateTime>("since");
        QTest::addColumn<int>("extended");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("left");
        QTest::addColumn<int>("overdue"); // -1: not overdue
        QTest::addColumn<bool>("deemed");
        const int decision = int(ClockKind::Decision);
        QTest::newRow("decision, on the swapped Saturday")
            << "accepted" << at("2026-02-12") << 0 << d("2026-02-14") << decision << d("2026-02-24") << 1
            << -1 << false;
        QTest::newRow("decision, during the holiday")
            << "under_review" << at("2026-02-12") << 0 << d("2026-02-18") << decision << d("2026-02-24") << 1
            << -1 << false;
        QTest::newRow("decision, due today") << "under_review" << at("2026-02-12") << 0 << d("2026-02-24")
                                             << decision << d("2026-02-24") << 0 << -1 << false;
        QTest::newRow("decision, overdue up to the next swapped Saturday")
            << "under_review" << at("2026-02-12") << 0 << d("2026-02-28") << decision << d("2026-02-24") << 0
            << 4 << false;
        QTest::newRow("decision, extended by 3") << "under_review" << at("2026-02-12") << 3 << d("2026-02-25")
                                                 << decision << d("2026-02-27") << 2 << -1 << false;
        QTest::newRow("decision, an extension beyond the limit counts as the limit")
            << "under_review" << at("2026-02-12") << 10 << d("2026-02-25") << decision << d("2026-02-27") << 2
            << -1 << false;
        QTest::newRow("online application, the correction notice lapses")
            << "submitted" << at("2026-04-30") << 0 << d("2026-05-12") << int(ClockKind::CorrectionNotice)
            << d("2026-05-11") << 0 << 1 << true;
        QTest::newRow("online application, still in time")
            << "submitted" << at("2026-04-30") << 0 << d("2026-05-06") << int(ClockKind::CorrectionNotice)
            << d("2026-05-11") << 4 << -1 << false;
        QTest::newRow("publication after licensing")
            << "licensed" << at("2026-09-21") << 0 << d("2026-09-21") << int(ClockKind::Publication)
            << d("2026-10-26") << 20 << -1 << false;
        QTest::newRow("overdue on the weekend right after")
            << "accepted" << at("2026-03-04") << 0 << d("2026-03-14") << decision << d("2026-03-09") << 0 << 4
            << false;
    }

    void clocks()
    {
        QFETCH(QString, state);
        QFETCH(QDateTime, since);
        QFETCH(int, extended);
        QFETCH(QDate, today);
        QFETCH(int, kind);
        QFETCH(QDate, due);
        QFETCH(int, left);
        QFETCH(int, overdue);
        QFETCH(bool, deemed);
        ClockInput input;
        input.state = *CaseStates::fromKey(state);
        input.received = since;
        input.accepted = since;
        input.enteredState = since;
        input.extendedDays = extended;
        const auto reading = StatutoryClock::builtIn().read(input, today, WorkingCalendar::builtIn());
        QVERIFY(reading);
        QCOMPARE(int(reading->kind), kind);
        QCOMPARE(reading->started, since.date());
        QCOMPARE(reading->due, due);
        QCOMPARE(reading->overdue, overdue >= 0);
        QCOMPARE(reading->daysLeft, left);
        QCOMPARE(reading->overdueDays, std::max(overdue, 0));
        QCOMPARE(reading->deemedAccepted, deemed);
        QVERIFY(!StatutoryClock::shortText(*reading).isEmpty());
        QVERIFY(StatutoryClock::longText(*reading).contains(QLocale().toString(due, QLocale::LongFormat)));
    }

    void noClockWithoutItsStart()
    {
        ClockInput input;
        input.state = CaseState::Draft;
        input.received = at("2026-03-02");
        QVERIFY(!StatutoryClock::builtIn().read(input, d("2026-03-03"), WorkingCalendar::builtIn()));
        input.state = CaseState::Accepted; // accepted, but when is unknown
        QVERIFY(!StatutoryClock::builtIn().read(input, d("2026-03-03"), WorkingCalendar::builtIn()));
        input.state = CaseState::Published;
        input.accepted = at("2026-03-02");
        QVERIFY(!StatutoryClock::builtIn().read(input, d("2026-03-03"), WorkingCalendar::builtIn()));
    }

    void theOfficeSetsTheDecisionLimit()
    {
        ClockInput input;
        input.state = CaseState::Accepted;
        input.accepted = at("2026-03-02"); // a Monday
        const StatutoryClock five = StatutoryClock::builtIn().withDecisionDays(5);
        QCOMPARE(five.read(input, d("2026-03-02"), WorkingCalendar::builtIn())->due, d("2026-03-09"));
        const StatutoryClock ignored = StatutoryClock::builtIn().withDecisionDays(0);
        QCOMPARE(ignored.read(input, d("2026-03-02"), WorkingCalendar::builtIn())->due, d("2026-03-05"));
    }

    void brokenTimeLimitsAreRefused()
    {
        const auto twice = StatutoryClock::fromJson(
            R"({"limits":[{"clock":"decision","states":["accepted"],"from":"accepted","workingDays":3},
                          {"clock":"publication","states":["accepted"],"from":"entered","workingDays":20}]})",
            QStringLiteral("limits.json"));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("clock.invalid"));
        const auto unknown = StatutoryClock::fromJson(
            R"({"limits":[{"clock":"decision","states":["pending"],"from":"accepted","workingDays":3}]})",
            QStringLiteral("limits.json"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("pending")));
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "test_working_calendar.moc"
