// The rules of numbered blank stock (core::BlankStock), which the counter's ledger and the exchange
// both apply: serials, batches, reasons, a sheet used once, the next sheet to load, a batch's account.
#include "core/BlankStock.h"

#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;
using Kinds = QList<SheetUseKind>;

Q_DECLARE_METATYPE(std::optional<quint64>)

class TestBlankStock : public QObject
{
    Q_OBJECT

    static StockBatch batch(const QString &id, SheetCopy copy, quint64 first, quint64 last,
                            const QString &authority = u"140105"_s)
    {
        return StockBatch{id, authority, copy, first, last, {}};
    }

    static SheetUse use(quint64 serial, SheetUseKind kind, const QString &caseId = u"c1"_s,
                        const QString &reason = {})
    {
        SheetUse u;
        u.caseId = caseId;
        u.serial = serial;
        u.kind = kind;
        u.reason = reason;
        u.actor = u"clerk01"_s;
        return u;
    }

private slots:
    void serials_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<quint64>>("serial");
        QTest::newRow("plain") << u"1001"_s << std::optional<quint64>(1001);
        QTest::newRow("leading zeros") << u"000123"_s << std::optional<quint64>(123);
        QTest::newRow("spaces around") << u" 42 "_s << std::optional<quint64>(42);
        QTest::newRow("twelve nines") << u"999999999999"_s << std::optional<quint64>(999999999999ULL);
        QTest::newRow("thirteen digits") << u"1000000000000"_s << std::optional<quint64>();
        QTest::newRow("zero") << u"0"_s << std::optional<quint64>();
        QTest::newRow("empty") << QString() << std::optional<quint64>();
        QTest::newRow("sign") << u"-5"_s << std::optional<quint64>();
        QTest::newRow("letters") << u"No.12"_s << std::optional<quint64>();
        QTest::newRow("full-width digits") << u"１２"_s << std::optional<quint64>();
    }
    void serials()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<quint64>, serial);
        QCOMPARE(BlankStock::parseSerial(text), serial);
    }

    void batches()
    {
        QVERIFY(BlankStock::batchProblem(batch(u"XD-2026_1"_s, SheetCopy::Original, 1, 100000)).isEmpty());
        QVERIFY(!BlankStock::batchProblem(batch(u"XD"_s, SheetCopy::Original, 1, 100001)).isEmpty());
        QVERIFY(!BlankStock::batchProblem(batch(u"XD"_s, SheetCopy::Original, 10, 9)).isEmpty());
        QVERIFY(!BlankStock::batchProblem(batch(u"XD"_s, SheetCopy::Original, 0, 9)).isEmpty());
        QVERIFY(!BlankStock::batchProblem(batch(u"X D"_s, SheetCopy::Original, 1, 9)).isEmpty());
        QVERIFY(!BlankStock::batchProblem(batch(QString(33, u'X'), SheetCopy::Original, 1, 9)).isEmpty());
        QVERIFY(!BlankStock::batchProblem(batch(u"XD"_s, SheetCopy::Original, 1, BlankStock::MaxSerial + 1))
                     .isEmpty());
    }

    void reasons_data()
    {
        QTest::addColumn<SheetUseKind>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("problem");
        QTest::newRow("print needs none") << SheetUseKind::Printed << QString() << QString();
        QTest::newRow("void needs one") << SheetUseKind::Voided << QString() << u"stock.reason_required"_s;
        QTest::newRow("blank is none") << SheetUseKind::Voided << u" \n "_s << u"stock.reason_required"_s;
        QTest::newRow("reprint needs one")
            << SheetUseKind::Reprinted << QString() << u"stock.reason_required"_s;
        QTest::newRow("void with one") << SheetUseKind::Voided << u"卡纸"_s << QString();
        QTest::newRow("at the limit")
            << SheetUseKind::Voided << QString(BlankStock::MaxReasonLength, u'废') << QString();
        QTest::newRow("over the limit")
            << SheetUseKind::Voided << QString(BlankStock::MaxReasonLength + 1, u'废') << u"field.too_long"_s;
    }
    void reasons()
    {
        QFETCH(SheetUseKind, kind);
        QFETCH(QString, reason);
        QFETCH(QString, problem);
        QCOMPARE(BlankStock::reasonProblem(kind, reason), problem);
    }

    void aSheetIsPrintedOnceAndVoidedOnce_data()
    {
        QTest::addColumn<Kinds>("earlier");
        QTest::addColumn<SheetUseKind>("kind");
        QTest::addColumn<bool>("allowed");
        using K = SheetUseKind;
        QTest::newRow("fresh printed") << Kinds{} << K::Printed << true;
        QTest::newRow("fresh reprinted") << Kinds{} << K::Reprinted << true;
        QTest::newRow("fresh voided (a blank spoilt)") << Kinds{} << K::Voided << true;
        QTest::newRow("printed twice") << Kinds{K::Printed} << K::Printed << false;
        QTest::newRow("printed then reprinted") << Kinds{K::Printed} << K::Reprinted << false;
        QTest::newRow("printed then voided") << Kinds{K::Printed} << K::Voided << true;
        QTest::newRow("voided twice") << Kinds{K::Printed, K::Voided} << K::Voided << false;
        QTest::newRow("voided then printed") << Kinds{K::Voided} << K::Printed << false;
    }
    void aSheetIsPrintedOnceAndVoidedOnce()
    {
        QFETCH(Kinds, earlier);
        QFETCH(SheetUseKind, kind);
        QFETCH(bool, allowed);
        QCOMPARE(BlankStock::useProblem(earlier, kind).isEmpty(), allowed);
    }

    void theNextSheetFollowsTheLastUsed()
    {
        const QList<StockBatch> batches{batch(u"B2"_s, SheetCopy::Original, 201, 203),
                                        batch(u"B1"_s, SheetCopy::Original, 101, 103),
                                        batch(u"D1"_s, SheetCopy::Duplicate, 101, 110),
                                        batch(u"Y1"_s, SheetCopy::Original, 901, 910, u"140106"_s)};
        const QString own = u"140105"_s;
        QCOMPARE(BlankStock::nextFree(batches, {}, SheetCopy::Original, own), std::optional<quint64>(101));
        QCOMPARE(BlankStock::nextFree(batches, {101}, SheetCopy::Original, own), std::optional<quint64>(102));
        // A gap left behind (a sheet skipped) is not gone back to: the printer holds what follows.
        QCOMPARE(BlankStock::nextFree(batches, {101, 102}, SheetCopy::Original, own),
                 std::optional<quint64>(103));
        QCOMPARE(BlankStock::nextFree(batches, {103}, SheetCopy::Original, own), std::optional<quint64>(201));
        QCOMPARE(BlankStock::nextFree(batches, {201, 202, 203}, SheetCopy::Original, own),
                 std::optional<quint64>());
        QCOMPARE(BlankStock::nextFree(batches, {}, SheetCopy::Duplicate, own), std::optional<quint64>(101));
        QCOMPARE(BlankStock::nextFree(batches, {}, SheetCopy::Original, u"140106"_s),
                 std::optional<quint64>(901));
        QCOMPARE(BlankStock::nextFree(batches, {}, SheetCopy::Original, u"140107"_s),
                 std::optional<quint64>());
    }

    void aBatchIsAccountedSheetBySheet()
    {
        const StockBatch b = batch(u"B1"_s, SheetCopy::Original, 101, 105);
        SheetUse duplicate = use(102, SheetUseKind::Printed, u"c9"_s);
        duplicate.copy = SheetCopy::Duplicate; // another paper: not this batch's
        const BatchAccount a = BlankStock::account(b, {use(101, SheetUseKind::Voided, u"c1"_s, u"卡纸"_s),
                                                       use(101, SheetUseKind::Printed, u"c1"_s),
                                                       use(102, SheetUseKind::Reprinted, u"c1"_s, u"卡纸"_s),
                                                       use(104, SheetUseKind::Voided, u"c2"_s, u"污损"_s),
                                                       duplicate, use(999, SheetUseKind::Printed)});
        QCOMPARE(a.lines.size(), 5);
        QCOMPARE(a.lines.at(0).state, u"voided"_s);
        QCOMPARE(a.lines.at(0).reason, u"卡纸"_s);
        QCOMPARE(a.lines.at(0).caseId, u"c1"_s);
        QCOMPARE(a.lines.at(1).state, u"reprinted"_s);
        QCOMPARE(a.lines.at(2).state, u"unused"_s);
        QCOMPARE(a.lines.at(3).state, u"voided"_s);
        QCOMPARE(a.lines.at(4).state, u"unused"_s);
        QCOMPARE(a.unused, 2);
        QCOMPARE(a.printed, 0);
        QCOMPARE(a.reprinted, 1);
        QCOMPARE(a.voided, 2);
    }
};

QTEST_APPLESS_MAIN(TestBlankStock)
#include "test_blank_stock.moc"
