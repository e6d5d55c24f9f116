// The one receipt-number rule: what parses, what does not, and that composing reads back.
#include "core/ReceiptNumber.h"

#include <QTest>

using ow::core::ReceiptNumber;

class ReceiptNumberTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("counter's") << QStringLiteral("140105-20261201-W01-0007") << true;
        QTest::newRow("eight-character workstation")
            << QStringLiteral("140105-20261201-ABCD1234-9999") << true;
        QTest::newRow("sequence 0") << QStringLiteral("140105-20261201-W01-0000") << false;
        QTest::newRow("three digits") << QStringLiteral("140105-20261201-W01-007") << false;
        QTest::newRow("five digits") << QStringLiteral("140105-20261201-W01-00007") << false;
        QTest::newRow("no such day") << QStringLiteral("140105-20260230-W01-0001") << false;
        QTest::newRow("five-digit authority") << QStringLiteral("14010-20261201-W01-0001") << false;
        QTest::newRow("lower-case workstation") << QStringLiteral("140105-20261201-w01-0001") << false;
        QTest::newRow("dash in workstation") << QStringLiteral("140105-20261201-W-1-0001") << false;
        QTest::newRow("trailing space") << QStringLiteral("140105-20261201-W01-0001 ") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("full-width digits") << QStringLiteral("１４０１０５-20261201-W01-0001") << false;
        QTest::newRow("signed sequence") << QStringLiteral("140105-20261201-W01-+001") << false;
        QTest::newRow("one-character workstation") << QStringLiteral("140105-20261201-W-0001") << false;
        QTest::newRow("nine-character workstation")
            << QStringLiteral("140105-20261201-W12345678-0001") << false;
        QTest::newRow("a fifth part") << QStringLiteral("140105-20261201-W01-0001-1") << false;
        QTest::newRow("month 13") << QStringLiteral("140105-20261301-W01-0001") << false;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto number = ReceiptNumber::parse(text);
        QCOMPARE(number.has_value(), valid);
        if (number) {
            QCOMPARE(number->toString(), text);
        }
    }

    void composeReadsBack()
    {
        ReceiptNumber number{QStringLiteral("140105"), QDate(2026, 12, 1), QStringLiteral("W07"), 42};
        QCOMPARE(number.toString(), QStringLiteral("140105-20261201-W07-0042"));
        QCOMPARE(number.prefix(), QStringLiteral("140105-20261201-W07-"));
        const auto back = ReceiptNumber::parse(number.toString());
        QVERIFY(back);
        QCOMPARE(back->day, number.day);
        QCOMPARE(back->workstation, number.workstation);
        QCOMPARE(back->sequence, 42);
    }
};

QTEST_GUILESS_MAIN(ReceiptNumberTest)
#include "test_receipt_number.moc"
