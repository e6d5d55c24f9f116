// Issue 11 §5: "a department's penalty pushed at the exchange shows in the client's credit record
// after a sync" — at the storage level, a real SyncEngine against the real exchange over loopback
// mutual TLS: departments claim a licensed entity and push back a licence and a penalty; after its
// next sync the counter's cache (storage::CreditRecordCache) has the claims by department and the
// record by category, sorted by date; a resend at the exchange and another sync change nothing.
#include "../DepartmentDriver.h"
#include "core/ResidentId.h"
#include "storage/CreditRecordCache.h"
#include "storage/EnterpriseDirectory.h"
#include "support/CaseSeed.h"
#include "support/ExchangeFixture.h"
#include "support/SyncClient.h"

#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;

class TestSyncDepartments : public QObject
{
    Q_OBJECT

    test::ExchangeFixture m_exchange;
    test::DepartmentDriver m_driver{m_exchange, 20261212};
    std::unique_ptr<test::SyncClient> m_w01;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY(m_driver.signIn());
        QVERIFY2(m_driver.enrolTaxAndFood(&error), qPrintable(error));
        m_w01 = test::makeSyncClient(m_exchange, u"W01"_s, QLatin1String(test::seed::Division));
        QVERIFY(m_w01);
        QVERIFY(m_w01->signIn(u"clerk01"_s));
    }

    void aDepartmentsPenaltyShowsInTheCreditRecordAfterASync()
    {
        const QString code = m_driver.licensed(u"餐饮服务；日用百货销售"_s);
        QVERIFY(!code.isEmpty());
        storage::CreditRecordCache cache(m_w01->db);
        QVERIFY(cache.recordFor(code).isEmpty());

        QCOMPARE(test::DepartmentDriver::outcomes(m_driver.claims(u"FOOD"_s, {code})),
                 QStringList{u"applied"_s});
        QCOMPARE(test::DepartmentDriver::outcomes(m_driver.claims(u"TAX"_s, {code})),
                 QStringList{u"applied"_s});
        const QDate today = core::ResidentId::chinaToday();
        core::CreditRecord penalty;
        penalty.id = u"FOOD-P-2026-7"_s;
        penalty.kind = core::CreditRecordKind::Penalty;
        penalty.creditCode = code;
        penalty.number = u"并市监罚〔2026〕7号"_s;
        penalty.facts = u"超出许可范围从事冷食类食品制售"_s;
        penalty.basis = u"《中华人民共和国食品安全法》第一百二十二条"_s;
        penalty.penalty = u"警告，罚款人民币一万元"_s;
        penalty.date = today.addDays(-1);
        core::CreditRecord licence;
        licence.id = u"FOOD-L-1"_s;
        licence.kind = core::CreditRecordKind::Licence;
        licence.creditCode = code;
        licence.number = u"JY11401050000007"_s;
        licence.item = u"餐饮服务"_s;
        licence.date = today.addDays(-20);
        licence.validTo = licence.date.addYears(5);
        const QJsonArray records{core::CreditRecords::toJson(penalty), core::CreditRecords::toJson(licence)};
        QCOMPARE(test::DepartmentDriver::outcomes(m_driver.records(u"FOOD"_s, records)),
                 (QStringList{u"applied"_s, u"applied"_s}));

        QVERIFY(m_w01->sync());
        storage::CreditRecordCache::EntityRecord record = cache.recordFor(code);
        QCOMPARE(record.claims.size(), 2);
        QStringList claimedBy;
        for (const core::DepartmentClaim &claim : record.claims)
            claimedBy << claim.department;
        claimedBy.sort();
        QCOMPARE(claimedBy, (QStringList{u"FOOD"_s, u"TAX"_s}));
        QCOMPARE(record.records.size(), 2);
        // Sorted by date: the licence of 20 days ago before the penalty of yesterday.
        QCOMPARE(record.records.at(0).kind, core::CreditRecordKind::Licence);
        const core::CreditRecord shown = record.records.at(1);
        QCOMPARE(shown.kind, core::CreditRecordKind::Penalty);
        QCOMPARE(shown.department, u"FOOD"_s);
        QCOMPARE(shown.departmentName, u"测试部门 FOOD"_s);
        QCOMPARE(shown.number, penalty.number);
        QCOMPARE(shown.facts, penalty.facts);
        QCOMPARE(shown.basis, penalty.basis);
        QCOMPARE(shown.penalty, penalty.penalty);
        QCOMPARE(shown.date, penalty.date);
        QVERIFY(!shown.entityName.isEmpty());
        QCOMPARE(storage::CreditRecordCache::ofKind(record, core::CreditRecordKind::Penalty).size(), 1);
        QCOMPARE(storage::CreditRecordCache::ofKind(record, core::CreditRecordKind::Performance).size(), 0);

        // A resend at the exchange records nothing twice; another sync changes nothing at the counter.
        QCOMPARE(test::DepartmentDriver::outcomes(m_driver.records(u"FOOD"_s, records)),
                 (QStringList{u"duplicate"_s, u"duplicate"_s}));
        QVERIFY(m_w01->sync());
        const storage::CreditRecordCache::EntityRecord again = cache.recordFor(code);
        QVERIFY(again.records == record.records);
        QVERIFY(again.claims == record.claims);
        // The code as typed in lower case finds it too.
        QCOMPARE(cache.recordFor(code.toLower()).records.size(), 2);
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_GUILESS_MAIN(TestSyncDepartments)
#include "test_sync_departments.moc"
