// Issue 10 §3, numbered blank stock at the real exchange over loopback TLS: batches registered by the
// administrator (`stock add`, also through the real command) reach only their authority's counters
// through the feed; the counters' ledger (POST /api/v1/sheets) is recorded once per entry and onto
// the licence's record; every attack is refused with nothing stored (a foreign batch, a serial
// outside every batch, a sheet printed twice, another authority's case, a case not licensed, a
// reason missing or too long, another user's entry, a malformed or oversized request); and
// `stock report` accounts for every sheet of a batch.
#include "core/BlankStock.h"
#include "core/CaseWorkflow.h"
#include "exchange/ExchangeStore.h"
#include "exchange/StockAdmin.h"
#include "protocol/SheetWire.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = ow::test::ExchangeFixture;

namespace {

const QString Xiaodian = u"140105"_s;
const QString Yingze = Fixture::OtherAuthority;

} // namespace

class ExchangeStockTest : public QObject
{
    Q_OBJECT

    Fixture m_exchange;
    test::CounterCases m_cases{20261204};
    QString m_clerk;   // clerk01 on W01 (140105)
    QString m_super;   // super01 on W02 (140105)
    QString m_clerk11; // clerk11 on W11 (140106)
    core::CaseRecord m_licensed;

    std::unique_ptr<exchange::ExchangeStore> openStore()
    {
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"stock-reader"_s);
        return store ? std::move(store).value() : nullptr;
    }

    bool approved(core::CaseRecord &record)
    {
        const core::DomainEvent accepted = m_cases.accepted(record, u"clerk01"_s);
        core::CaseRecord view = record;
        const QJsonObject take = test::CounterCases::advance(view, core::CaseAction::TakeForReview,
                                                             u"super01"_s, core::Role::Supervisor, u"W02"_s);
        const QJsonObject approve = test::CounterCases::advance(
            view, core::CaseAction::Approve, u"super01"_s, core::Role::Supervisor, u"W02"_s, u"材料齐全"_s);
        for (const auto &[workstation, token, event] :
             {std::tuple{u"W01"_s, m_clerk, accepted.toJson()}, std::tuple{u"W02"_s, m_super, take},
              std::tuple{u"W02"_s, m_super, approve}}) {
            if (m_exchange.pushOne(workstation, token, event).value(u"status").toString() != u"applied")
                return false;
        }
        record = view;
        return true;
    }

    bool licensed(core::CaseRecord &record)
    {
        if (!approved(record))
            return false;
        const QJsonObject issue = test::CounterCases::advance(record, core::CaseAction::IssueLicence,
                                                              u"clerk01"_s, core::Role::Clerk, u"W01"_s);
        return m_exchange.pushOne(u"W01"_s, m_clerk, issue).value(u"status").toString() == u"applied";
    }

    static core::SheetUse sheet(const core::CaseRecord &c, core::SheetCopy copy, quint64 serial,
                                core::SheetUseKind kind = core::SheetUseKind::Printed,
                                const QString &reason = {}, const QString &actor = u"clerk01"_s)
    {
        core::SheetUse use;
        use.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        use.caseId = c.id;
        use.copy = copy;
        use.serial = serial;
        use.kind = kind;
        use.reason = reason;
        use.actor = actor;
        use.workstation = u"W01"_s;
        use.at = QDateTime::currentDateTimeUtc();
        return use;
    }

    Fixture::Reply send(const QList<core::SheetUse> &uses, const QString &workstation = u"W01"_s,
                        const QString &token = {})
    {
        QJsonArray list;
        for (const core::SheetUse &use : uses)
            list.append(protocol::sheetwire::toJson(use));
        return m_exchange.request(m_exchange.sslFor(workstation), protocol::Endpoint::Sheets,
                                  {{u"sheets"_s, list}}, token.isEmpty() ? m_clerk : token);
    }

    // The status of each entry's answer, and its error code when it has one ("rejected stock.serial_used").
    static QStringList outcomes(const Fixture::Reply &reply)
    {
        QStringList list;
        for (const QJsonValue &v : reply.json.value(u"results").toArray()) {
            const QJsonObject o = v.toObject();
            const QString code = o.value(u"error").toObject().value(u"code").toString();
            list << (code.isEmpty() ? o.value(u"status").toString()
                                    : o.value(u"status").toString() + u' ' + code);
        }
        return list;
    }

    static core::StockBatch batch(const QString &id, const QString &authority, core::SheetCopy copy,
                                  quint64 first, quint64 last)
    {
        core::StockBatch b;
        b.id = id;
        b.authority = authority;
        b.copy = copy;
        b.first = first;
        b.last = last;
        return b;
    }

    QList<QJsonObject> feedOf(const QString &workstation, const QString &token, QLatin1StringView kind)
    {
        return m_exchange.feedOf(workstation, token, kind);
    }

    static test::CommandRun command(const QStringList &args)
    {
        return test::runCommand(QStringLiteral(OW_EXCHANGE_BINARY), args);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY2(m_exchange.addOtherAuthority(&error), qPrintable(error));
        m_clerk = m_exchange.signIn(u"W01"_s, u"clerk01"_s);
        m_super = m_exchange.signIn(u"W02"_s, u"super01"_s);
        m_clerk11 = m_exchange.signIn(u"W11"_s, u"clerk11"_s);
        QVERIFY(!m_clerk.isEmpty() && !m_super.isEmpty() && !m_clerk11.isEmpty());
        QVERIFY(licensed(m_licensed));
    }

    void batchesAreRegisteredCheckedAndFedToTheirAuthority()
    {
        using core::SheetCopy;
        const QString dir = m_exchange.dir();
        QVERIFY(exchange::StockAdmin::addBatch(
            dir, batch(u"XD-O-1"_s, Xiaodian, SheetCopy::Original, 1001, 1010)));
        // The real command, as the office's IT staff type it.
        const test::CommandRun added = command({u"stock"_s, u"add"_s, u"--dir"_s, dir, u"--authority"_s,
                                                Xiaodian, u"--copy"_s, u"duplicate"_s, u"--batch"_s,
                                                u"XD-D-1"_s, u"--from"_s, u"2001"_s, u"--to"_s, u"2010"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(u"10 sheets"_s));
        QVERIFY(
            exchange::StockAdmin::addBatch(dir, batch(u"YZ-O-1"_s, Yingze, SheetCopy::Original, 5001, 5005)));

        // Refused: overlapping the same paper, a taken id, a reversed or oversized range, no authority.
        const auto overlap = exchange::StockAdmin::addBatch(
            dir, batch(u"XD-O-2"_s, Xiaodian, SheetCopy::Original, 1010, 1020));
        QVERIFY(!overlap);
        QVERIFY2(overlap.error().message.contains(u"XD-O-1"_s), qPrintable(overlap.error().message));
        QVERIFY(!exchange::StockAdmin::addBatch(
            dir, batch(u"XD-O-1"_s, Xiaodian, SheetCopy::Original, 9001, 9002)));
        QVERIFY(
            !exchange::StockAdmin::addBatch(dir, batch(u"XD-O-3"_s, Xiaodian, SheetCopy::Original, 30, 20)));
        QVERIFY(!exchange::StockAdmin::addBatch(dir, batch(u"XD-O-4"_s, Xiaodian, SheetCopy::Original, 100000,
                                                           100000 + core::BlankStock::MaxBatchSheets)));
        QVERIFY(!exchange::StockAdmin::addBatch(
            dir, batch(u"XD-O-5"_s, u"999999"_s, SheetCopy::Original, 7001, 7002)));
        QVERIFY(!exchange::StockAdmin::addBatch(
            dir, batch(u"bad id!"_s, Xiaodian, SheetCopy::Original, 7001, 7002)));
        const test::CommandRun bad =
            command({u"stock"_s, u"add"_s, u"--dir"_s, dir, u"--authority"_s, Xiaodian, u"--copy"_s,
                     u"poster"_s, u"--batch"_s, u"X"_s, u"--from"_s, u"1"_s, u"--to"_s, u"2"_s});
        QCOMPARE(bad.exitCode, 2);
        const auto all = exchange::StockAdmin::batches(dir);
        QVERIFY(all);
        QCOMPARE(all.value().size(), 3);

        // The feed brings each authority its own batches only.
        QStringList seen;
        for (const QJsonObject &b : feedOf(u"W01"_s, m_clerk, protocol::keys::changes::KindStockBatch)) {
            QVERIFY(protocol::sheetwire::batchFromJson(b));
            seen << b.value(u"batch").toString();
        }
        seen.sort();
        QCOMPARE(seen, QStringList({u"XD-D-1"_s, u"XD-O-1"_s}));
        const QList<QJsonObject> yingze =
            feedOf(u"W11"_s, m_clerk11, protocol::keys::changes::KindStockBatch);
        QCOMPARE(yingze.size(), 1);
        QCOMPARE(yingze.first().value(u"batch").toString(), u"YZ-O-1"_s);
    }

    void printedSheetsAreRecordedOnceAndOnTheLicence()
    {
        const core::SheetUse original = sheet(m_licensed, core::SheetCopy::Original, 1001);
        const core::SheetUse duplicate = sheet(m_licensed, core::SheetCopy::Duplicate, 2001);
        const Fixture::Reply first = send({original, duplicate});
        QCOMPARE(first.status, 200);
        QCOMPARE(outcomes(first), QStringList({u"applied"_s, u"applied"_s}));
        // The same entries again (a lost answer): harmless.
        const Fixture::Reply again = send({original, duplicate});
        QCOMPARE(outcomes(again), QStringList({u"duplicate"_s, u"duplicate"_s}));

        auto store = openStore();
        QVERIFY(store);
        const auto uses = store->stock().usesOfCase(m_licensed.id);
        QVERIFY(uses);
        QCOMPARE(uses.value().size(), 2);
        for (const core::SheetUse &use : uses.value()) {
            QCOMPARE(use.creditCode.size(), 18); // the exchange's record names the licence
            QCOMPARE(use.workstation, u"W01"_s);
        }
        const auto onLicence = store->licences().sheets(m_licensed.id);
        QVERIFY(onLicence);
        QCOMPARE(onLicence.value(), u"original 1001, duplicate 2001"_s);
        // Every counter of the office learns the uses through the feed (W02 too), others do not.
        QCOMPARE(feedOf(u"W02"_s, m_super, protocol::keys::changes::KindSheet).size(), 2);
        QCOMPARE(feedOf(u"W11"_s, m_clerk11, protocol::keys::changes::KindSheet).size(), 0);
    }

    void everyAttackIsRefusedAndNothingStored()
    {
        using core::SheetCopy;
        using core::SheetUseKind;
        core::CaseRecord other;
        QVERIFY(licensed(other));
        core::CaseRecord onlyApproved;
        QVERIFY(approved(onlyApproved));
        const Fixture::Reply attacks = send({
            sheet(m_licensed, SheetCopy::Original, 1001),                  // printed twice
            sheet(other, SheetCopy::Original, 1001),                       // another case's sheet
            sheet(other, SheetCopy::Original, 1011),                       // outside every batch
            sheet(other, SheetCopy::Duplicate, 1002),                      // not a batch of that paper
            sheet(other, SheetCopy::Original, 5001),                       // 140106's batch
            sheet(onlyApproved, SheetCopy::Original, 1003),                // no licence yet
            sheet(other, SheetCopy::Original, 1004, SheetUseKind::Voided), // a void without reason
            sheet(other, SheetCopy::Original, 1004, SheetUseKind::Voided, QString(2001, u'废')), // too long
            sheet(other, SheetCopy::Original, 1005, SheetUseKind::Printed, {},
                  u"super01"_s), // not the caller
            sheet(other, SheetCopy::Duplicate, 2001, SheetUseKind::Voided,
                  u"卡纸"_s), // void another case's sheet
        });
        QCOMPARE(attacks.status, 200);
        QCOMPARE(outcomes(attacks),
                 QStringList({u"rejected stock.serial_used"_s, u"rejected stock.serial_used"_s,
                              u"rejected stock.outside_batch"_s, u"rejected stock.outside_batch"_s,
                              u"rejected stock.foreign_batch"_s, u"rejected stock.not_licensed"_s,
                              u"rejected stock.reason_required"_s, u"rejected field.too_long"_s,
                              u"rejected auth.actor_mismatch"_s, u"rejected stock.serial_used"_s}));
        // Another authority's clerk on another authority's case, even with their own batch.
        core::SheetUse foreign =
            sheet(m_licensed, SheetCopy::Original, 5002, SheetUseKind::Printed, {}, u"clerk11"_s);
        QCOMPARE(outcomes(send({foreign}, u"W11"_s, m_clerk11)),
                 QStringList({u"rejected case.other_authority"_s}));
        // An unknown case.
        core::CaseRecord ghost;
        ghost.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(outcomes(send({sheet(ghost, SheetCopy::Original, 1006)})),
                 QStringList({u"rejected case.unknown"_s}));

        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->stock().usesOfCase(other.id).value().size(), 0);
        QCOMPARE(store->stock().usesOfCase(onlyApproved.id).value().size(), 0);
        QCOMPARE(store->stock().usesOfCase(m_licensed.id).value().size(), 2);

        // Malformed or oversized requests are refused whole.
        core::SheetUse noUuid = sheet(other, SheetCopy::Original, 1007);
        noUuid.id = u"intake:1"_s;
        const Fixture::Reply malformed = send({noUuid});
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.errorCode(), u"request.invalid_field"_s);
        QList<core::SheetUse> many;
        for (int i = 0; i <= core::BlankStock::MaxUsesPerRequest; ++i)
            many.append(sheet(other, SheetCopy::Original, 1007));
        QCOMPARE(send(many).status, 413);
        // Only a counter's workstation records sheets: an administrator is refused.
        const QString admin = m_exchange.signIn(u"W01"_s, u"admin01"_s);
        if (!admin.isEmpty())
            QCOMPARE(send({sheet(other, SheetCopy::Original, 1007, SheetUseKind::Printed, {}, u"admin01"_s)},
                          u"W01"_s, admin)
                         .status,
                     403);
        QCOMPARE(store->stock().usesOfCase(other.id).value().size(), 0);
    }

    void aVoidAndAReprintAreRecordedWithTheirReason()
    {
        using core::SheetCopy;
        using core::SheetUseKind;
        const Fixture::Reply reprint =
            send({sheet(m_licensed, SheetCopy::Original, 1001, SheetUseKind::Voided, u"卡纸"_s),
                  sheet(m_licensed, SheetCopy::Original, 1002, SheetUseKind::Reprinted, u"卡纸"_s)});
        QCOMPARE(outcomes(reprint), QStringList({u"applied"_s, u"applied"_s}));
        // Voided once only.
        QCOMPARE(
            outcomes(send({sheet(m_licensed, SheetCopy::Original, 1001, SheetUseKind::Voided, u"again"_s)})),
            QStringList({u"rejected stock.serial_used"_s}));
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->licences().sheets(m_licensed.id).value(), u"original 1002, duplicate 2001"_s);
    }

    void theReportAccountsForEverySheetOfABatch()
    {
        const auto report = exchange::StockAdmin::report(m_exchange.dir(), u"XD-O-1"_s);
        QVERIFY(report);
        const exchange::StockAdmin::Report &r = report.value();
        QCOMPARE(r.lines.size(), 10);
        QCOMPARE(r.lines.at(0).serial, 1001ULL);
        QCOMPARE(r.lines.at(0).state, u"voided"_s);
        QCOMPARE(r.lines.at(0).reason, u"卡纸"_s);
        QCOMPARE(r.lines.at(0).caseId, m_licensed.id);
        QCOMPARE(r.lines.at(1).state, u"reprinted"_s);
        QCOMPARE(r.lines.at(1).actor, u"clerk01"_s);
        QCOMPARE(r.lines.at(1).creditCode.size(), 18);
        QCOMPARE(r.lines.at(2).state, u"unused"_s);
        QCOMPARE(r.unused, 8);
        QCOMPARE(r.voided, 1);
        QCOMPARE(r.reprinted, 1);
        QCOMPARE(r.printed, 0);

        const test::CommandRun csv = command(
            {u"stock"_s, u"report"_s, u"--dir"_s, m_exchange.dir(), u"--batch"_s, u"XD-O-1"_s, u"--csv"_s});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 12); // header, 10 sheets, totals
        QCOMPARE(lines.first(), u"serial,state,case,credit_code,by,workstation,at,reason"_s);
        QVERIFY2(lines.at(1).startsWith(u"1001,voided,"_s + m_licensed.id), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(u",卡纸"_s));
        QCOMPARE(lines.last(), u"# total 10: unused 8, printed 0, reprinted 1, voided 1"_s);
        const test::CommandRun text =
            command({u"stock"_s, u"report"_s, u"--dir"_s, m_exchange.dir(), u"--batch"_s, u"XD-D-1"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(u"total 10: unused 9, printed 1, reprinted 0, voided 0"_s));
        QCOMPARE(command({u"stock"_s, u"report"_s, u"--dir"_s, m_exchange.dir(), u"--batch"_s, u"none"_s})
                     .exitCode,
                 1);
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_MAIN(ExchangeStockTest)
#include "test_exchange_stock.moc"
