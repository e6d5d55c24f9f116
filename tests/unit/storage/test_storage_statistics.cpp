#include "StorageTestSupport.h"
#include "storage/CaseStatistics.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace ow::storage;
using core::CaseAction;
using core::Outcome;

// The statistics over a real SQLite file filled through the real CaseStore: cases made at the
// counter (drafts, acceptances, a refusal and a correction with standard reasons) and cases the
// exchange sent (an online application, licensed cases).
class TestStorageStatistics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;

    static QDateTime at(int day, int hour = 4)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
    }

    core::CaseRecord act(const core::CaseRecord &record, CaseAction action, const core::Actor &actor, int day,
                         const QStringList &codes = {})
    {
        const bool reasoned = action == CaseAction::Refuse || action == CaseAction::RequestCorrection;
        core::TransitionRequest r =
            test::request(action, actor, reasoned ? QStringLiteral("见通知书") : QString());
        r.at = at(day);
        r.reasonCodes = codes;
        auto done = m_store->perform(record, r);
        if (!done)
            qWarning() << done.error().code << done.error().message;
        return done ? done.value() : core::CaseRecord{};
    }

    core::CaseRecord counterCase(int n, int day, const QString &clerk = QStringLiteral("clerk01"),
                                 const QString &workstation = QStringLiteral("W01"))
    {
        return act(test::newCase(n), CaseAction::SaveDraft, test::clerk(clerk, workstation), day);
    }

    void remote(int n, core::CaseState state, core::CaseOrigin origin, int receivedDay, int licensedDay = 0)
    {
        core::CaseRecord record = test::newCase(n);
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.version = 3;
        record.state = state;
        record.origin = origin;
        record.createdAt = at(receivedDay);
        record.updatedAt = at(licensedDay ? licensedDay : receivedDay);
        if (licensedDay) {
            record.receiptNumber = QStringLiteral("140105-202611%1-W02-%2")
                                       .arg(receivedDay, 2, 10, QLatin1Char('0'))
                                       .arg(n, 4, 10, QLatin1Char('0'));
            record.acceptedAt = at(receivedDay);
            record.acceptedBy = QStringLiteral("clerk02");
            record.workstation = QStringLiteral("W02");
            record.licensedAt = at(licensedDay);
        }
        const auto done = m_db->transaction([&]() -> Result<void> {
            QSqlDatabase c = m_db->connection();
            auto outcome = m_store->applyRemote(c, record);
            if (!outcome)
                return outcome.error();
            if (outcome.value() != RemoteApplyOutcome::Inserted)
                return Error{QStringLiteral("test.not_inserted"), QStringLiteral("not inserted"), {}};
            return {};
        });
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY(db.ok());
        m_db = db.value();
        m_store = std::make_unique<CaseStore>(m_db, QStringLiteral("W01"), QStringLiteral("140105"));

        counterCase(1, 2); // a draft: not counted
        act(counterCase(2, 2), CaseAction::Accept, test::clerk(), 2);
        act(counterCase(3, 3), CaseAction::Accept, test::clerk(), 3);
        act(counterCase(4, 3, QStringLiteral("clerk03"), QStringLiteral("W03")), CaseAction::Refuse,
            test::clerk(QStringLiteral("clerk03"), QStringLiteral("W03")), 4,
            {QStringLiteral("R01"), QStringLiteral("R04")});
        act(counterCase(5, 10), CaseAction::RequestCorrection, test::clerk(), 10, {QStringLiteral("B01")});
        act(counterCase(6, 11), CaseAction::RequestCorrection, test::clerk(), 11, {QStringLiteral("B01")});
        act(counterCase(7, 12), CaseAction::Refuse, test::clerk(), 12); // free text only
        remote(8, core::CaseState::Submitted, core::CaseOrigin::Online, 12);
        remote(9, core::CaseState::Licensed, core::CaseOrigin::Counter, 2, 4);   // 2 working days
        remote(10, core::CaseState::Published, core::CaseOrigin::Counter, 3, 9); // Tue → Mon: 4
        act(counterCase(11, 20), CaseAction::Accept, test::clerk(), 20);         // outside the period below
    }

    void countsByWeekTypeAndOutcome()
    {
        const core::StatisticsFilter filter{
            QDate(2026, 11, 1), QDate(2026, 11, 15), core::Granularity::Week, {}, {}};
        auto report = CaseStatistics(m_db).report(filter, core::WorkingCalendar::builtIn(),
                                                  core::StatutoryClock::builtIn().withDecisionDays(3));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        const core::StatisticsReport &r = report.value();
        QCOMPARE(r.buckets.size(), 3); // W44 (Oct 26), W45 (Nov 2), W46 (Nov 9)
        const QDate w45(2026, 11, 2), w46(2026, 11, 9);
        QCOMPARE(r.total(w45, Outcome::Pending), 2);
        QCOMPARE(r.total(w45, Outcome::Refused), 1);
        QCOMPARE(r.total(w45, Outcome::Approved), 2);
        QCOMPARE(r.total(w46, Outcome::Correction), 2);
        QCOMPARE(r.total(w46, Outcome::Refused), 1);
        QCOMPARE(r.total(w46, Outcome::Pending), 1); // the online application
        QCOMPARE(r.online, 1);
        QCOMPARE(r.counter, 8);

        QCOMPARE(r.processing.first().cases, 2);
        QCOMPARE(r.processing.first().median, 2);
        QCOMPARE(r.processing.first().p90, 4);
        QCOMPARE(r.processing.first().withinLimit, 1);

        QCOMPARE(r.reasons.size(), 4);
        QCOMPARE(r.reasons.first().code, QStringLiteral("B01"));
        QCOMPARE(r.reasons.first().count, 2);
        QCOMPARE(r.reasons.first().action, CaseAction::RequestCorrection);

        QCOMPARE(r.clerks.first().who, QStringLiteral("clerk01"));
        QCOMPARE(r.clerks.first().count, 2);
        QCOMPARE(r.workstations.first().who, QStringLiteral("W01"));
        QCOMPARE(r.workstations.first().count, 5);
    }

    void filtersByTypeAndAuthority()
    {
        core::StatisticsFilter filter{
            QDate(2026, 11, 1), QDate(2026, 11, 30), core::Granularity::Month, {}, {}};
        filter.entityType = QStringLiteral("no_such_type");
        auto none = CaseStatistics(m_db).facts(filter);
        QVERIFY(none.ok());
        QVERIFY(none.value().received.isEmpty());
        QVERIFY(none.value().reasons.isEmpty());
        filter.entityType = test::validForm(1).entityTypeId;
        filter.authority = QStringLiteral("140105");
        auto all = CaseStatistics(m_db).facts(filter);
        QVERIFY(all.ok());
        int cases = 0;
        for (const core::DayCount &d : all.value().received)
            cases += d.count;
        QCOMPARE(cases, 10);
        filter.to = filter.from.addDays(-1);
        QCOMPARE(CaseStatistics(m_db).facts(filter).error().code, QStringLiteral("statistics.filter"));
    }
};

QTEST_GUILESS_MAIN(TestStorageStatistics)
#include "test_storage_statistics.moc"
