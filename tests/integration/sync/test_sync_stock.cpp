// Issue 10 §3: the counter's ledger of numbered blank stock and its sync, end to end through the real
// exchange (loopback mutual TLS). The office's batches arrive with the feed; an act is one local
// transaction refused whole by the same rules the exchange applies (a sheet used twice, outside the
// office's batches, a void without reason); pending entries go out after the events and are recorded
// once, a repeat is harmless; another counter of the office learns the sheets used (its next sheet
// follows them); an entry the exchange refuses stays in the ledger with the reason and is not resent.
#include "core/BlankStock.h"
#include "exchange/ExchangeStore.h"
#include "exchange/StockAdmin.h"
#include "protocol/SheetWire.h"
#include "storage/AuditJournal.h"
#include "storage/SheetLedger.h"
#include "support/CaseSeed.h"
#include "support/ExchangeFixture.h"
#include "support/SyncClient.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace Qt::StringLiterals;
using core::CaseAction;
using core::CaseState;
using core::SheetCopy;
using core::SheetUseKind;

class TestSyncStock : public QObject
{
    Q_OBJECT

    test::ExchangeFixture m_exchange;
    std::unique_ptr<test::SyncClient> m_w01; // clerk01
    std::unique_ptr<test::SyncClient> m_w02; // super01
    core::CaseRecord m_case;                 // licensed and published

    Result<core::CaseRecord> act(test::SyncClient &client, const core::CaseRecord &record, CaseAction action,
                                 const core::Actor &actor, const QString &reason = {})
    {
        core::TransitionRequest request;
        request.action = action;
        request.actor = actor;
        request.reason = reason;
        return client.cases->perform(record, request);
    }

    static core::SheetUse use(const core::CaseRecord &c, SheetCopy copy, quint64 serial,
                              SheetUseKind kind = SheetUseKind::Printed, const QString &reason = {})
    {
        core::SheetUse u;
        u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        u.caseId = c.id;
        u.copy = copy;
        u.serial = serial;
        u.kind = kind;
        u.reason = reason;
        u.actor = u"clerk01"_s;
        u.workstation = u"W01"_s;
        u.at = QDateTime::currentDateTimeUtc();
        return u;
    }

    QList<storage::SheetStatus> statuses(storage::SheetLedger &ledger) const
    {
        QList<storage::SheetStatus> list;
        for (const storage::SheetEntry &e : ledger.forCase(m_case.id))
            list << e.status;
        return list;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY(exchange::StockAdmin::addBatch(m_exchange.dir(),
                                               {u"O-3"_s, u"140105"_s, SheetCopy::Original, 3001, 3010, {}}));
        QVERIFY(exchange::StockAdmin::addBatch(
            m_exchange.dir(), {u"D-4"_s, u"140105"_s, SheetCopy::Duplicate, 4001, 4010, {}}));
        m_w01 = test::makeSyncClient(m_exchange, u"W01"_s, QLatin1String(test::seed::Division));
        m_w02 = test::makeSyncClient(m_exchange, u"W02"_s, QLatin1String(test::seed::Division));
        QVERIFY(m_w01 && m_w02);
        QVERIFY(m_w01->signIn(u"clerk01"_s));
        QVERIFY(m_w02->signIn(u"super01"_s));

        // A case accepted at W01, approved at W02, licensed at W01 and published by the exchange.
        const core::Actor clerk{u"clerk01"_s, core::Role::Clerk, u"W01"_s};
        const core::Actor supervisor{u"super01"_s, core::Role::Supervisor, u"W02"_s};
        core::CaseRecord fresh;
        fresh.form = test::seed::form(901);
        fresh.materials = test::seed::materials();
        auto draft = act(*m_w01, fresh, CaseAction::SaveDraft, clerk);
        QVERIFY(draft);
        auto accepted = act(*m_w01, draft.value(), CaseAction::Accept, clerk);
        QVERIFY(accepted);
        QVERIFY(m_w01->sync() && m_w02->sync());
        auto taken =
            act(*m_w02, *m_w02->cases->find(accepted.value().id), CaseAction::TakeForReview, supervisor);
        QVERIFY(taken);
        QVERIFY(act(*m_w02, taken.value(), CaseAction::Approve, supervisor, u"材料齐全"_s));
        QVERIFY(m_w02->sync() && m_w01->sync());
        QVERIFY(act(*m_w01, *m_w01->cases->find(accepted.value().id), CaseAction::IssueLicence, clerk));
        QVERIFY(m_w01->sync() && m_w01->sync());
        m_case = *m_w01->cases->find(accepted.value().id);
        QCOMPARE(m_case.state, CaseState::Published);
        QVERIFY(!m_case.creditCode.isEmpty());
    }

    void theOfficesBatchesArriveWithTheFeed()
    {
        storage::SheetLedger ledger(m_w01->db);
        QCOMPARE(ledger.batches(u"140105"_s).size(), 2);
        QCOMPARE(ledger.nextFree(SheetCopy::Original, u"140105"_s), std::optional<quint64>(3001));
        QCOMPARE(ledger.nextFree(SheetCopy::Duplicate, u"140105"_s), std::optional<quint64>(4001));
        QCOMPARE(ledger.nextFree(SheetCopy::Original, u"140106"_s), std::optional<quint64>());
    }

    void anActIsRecordedWholeOrRefusedWhole()
    {
        storage::SheetLedger ledger(m_w01->db);
        QVERIFY(ledger.record(
            {use(m_case, SheetCopy::Original, 3001), use(m_case, SheetCopy::Duplicate, 4001)}, u"140105"_s));
        QCOMPARE(ledger.pendingCount(), 2);
        // The same rules as the exchange's, before anything is written: the second sheet of each act
        // is fine, so nothing of the first may stay behind.
        const Result<void> twice = ledger.record(
            {use(m_case, SheetCopy::Duplicate, 4002), use(m_case, SheetCopy::Original, 3001)}, u"140105"_s);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, u"stock.serial_used"_s);
        const Result<void> outside = ledger.record({use(m_case, SheetCopy::Original, 4002)}, u"140105"_s);
        QVERIFY(!outside);
        QCOMPARE(outside.error().code, u"stock.outside_batch"_s);
        const Result<void> noReason = ledger.record(
            {use(m_case, SheetCopy::Original, 3001, SheetUseKind::Voided, u"  "_s)}, u"140105"_s);
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, u"stock.reason_required"_s);
        QCOMPARE(ledger.forCase(m_case.id).size(), 2);
        QCOMPARE(ledger.nextFree(SheetCopy::Original, u"140105"_s), std::optional<quint64>(3002));
    }

    void pendingEntriesAreSentOnceAndRecorded()
    {
        storage::SheetLedger ledger(m_w01->db);
        QVERIFY(m_w01->sync());
        QCOMPARE(ledger.pendingCount(), 0);
        QCOMPARE(statuses(ledger), QList<storage::SheetStatus>(2, storage::SheetStatus::Recorded));
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"sync-stock-reader"_s);
        QVERIFY(store);
        QCOMPARE(store.value()->stock().usesOfCase(m_case.id).value().size(), 2);
        QCOMPARE(store.value()->licences().sheets(m_case.id).value(), u"original 3001, duplicate 4001"_s);
        // A resend of what was recorded (an answer lost on the way back) changes nothing.
        QJsonArray again;
        for (const storage::SheetEntry &e : ledger.forCase(m_case.id))
            again.append(protocol::sheetwire::toJson(e.use));
        const auto reply =
            m_exchange.request(m_exchange.sslFor(u"W01"_s), protocol::Endpoint::Sheets,
                               {{u"sheets"_s, again}}, m_exchange.signIn(u"W01"_s, u"clerk01"_s));
        QCOMPARE(reply.json.value(u"results").toArray().at(0).toObject().value(u"status").toString(),
                 u"duplicate"_s);
        QCOMPARE(store.value()->stock().usesOfCase(m_case.id).value().size(), 2);
        // The local audit journal holds each act, still intact.
        QVERIFY(storage::AuditJournal(m_w01->db).verify().ok());
    }

    void anotherCounterOfTheOfficeLearnsTheSheetsUsed()
    {
        QVERIFY(m_w02->sync());
        storage::SheetLedger ledger(m_w02->db);
        QCOMPARE(ledger.forCase(m_case.id).size(), 2);
        QCOMPARE(ledger.forCase(m_case.id).first().use.creditCode, m_case.creditCode);
        QCOMPARE(ledger.nextFree(SheetCopy::Original, u"140105"_s), std::optional<quint64>(3002));
        // ...so it cannot take a sheet another counter printed either.
        core::SheetUse taken = use(m_case, SheetCopy::Original, 3001);
        taken.actor = u"super01"_s;
        QCOMPARE(ledger.record({taken}, u"140105"_s).error().code, u"stock.serial_used"_s);
    }

    void anEntryTheExchangeRefusesStaysWithItsReason()
    {
        // A batch this counter believes in but the exchange never registered (a hand-edited cache).
        storage::SheetLedger ledger(m_w01->db);
        QVERIFY(m_w01->db->transaction([&]() -> Result<void> {
            QSqlDatabase db = m_w01->db->connection();
            return storage::SheetLedger::storeBatch(db, {u"FAKE"_s, u"140105"_s, SheetCopy::Original, 9001,
                                                         9009, QDateTime::currentDateTimeUtc()});
        }));
        QVERIFY(ledger.record({use(m_case, SheetCopy::Original, 9001)}, u"140105"_s));
        QVERIFY(m_w01->sync()); // the run succeeds: the refusal is the entry's, not the sync's
        const storage::SheetEntry refused = ledger.forCase(m_case.id).last();
        QCOMPARE(refused.status, storage::SheetStatus::Refused);
        QCOMPARE(refused.errorCode, u"stock.outside_batch"_s);
        QVERIFY(!refused.errorMessage.isEmpty());
        QCOMPARE(ledger.pendingCount(), 0);
        QVERIFY(m_w01->sync()); // not sent again
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"sync-stock-reader"_s);
        QCOMPARE(store.value()->stock().usesOfCase(m_case.id).value().size(), 2);
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_MAIN(TestSyncStock)
#include "test_sync_stock.moc"
