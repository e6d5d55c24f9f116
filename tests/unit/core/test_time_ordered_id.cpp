// core::TimeOrderedId: version-7 UUIDs that the exchange takes as any UUID, sorted in the order they
// were made, with the creation time in their first 48 bits.
#include "core/TimeOrderedId.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QUuid>

using ow::core::TimeOrderedId;

class TestTimeOrderedId : public QObject
{
    Q_OBJECT

private slots:
    void layoutFollowsRfc9562_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<int>("count");
        QTest::addColumn<quint64>("random");
        QTest::addColumn<QString>("id");
        QTest::addRow("zero") << qint64(0) << 0 << quint64(0)
                              << QStringLiteral("00000000-0000-7000-8000-000000000000");
        QTest::addRow("all ones") << qint64(0xFFFFFFFFFFFF) << 0xFFF << ~quint64(0)
                                  << QStringLiteral("ffffffff-ffff-7fff-bfff-ffffffffffff");
        // 2026-12-03T00:00:00Z = 1796256000000 ms = 0x01a2 3933 6800
        QTest::addRow("a day") << qint64(1796256000000) << 1 << quint64(0x0123456789abcdef)
                               << QStringLiteral("01a23933-6800-7001-8123-456789abcdef");
        QTest::addRow("count wraps to 12 bits")
            << qint64(1) << 0x1234 << quint64(0) << QStringLiteral("00000000-0001-7234-8000-000000000000");
    }

    void layoutFollowsRfc9562()
    {
        QFETCH(qint64, ms);
        QFETCH(int, count);
        QFETCH(quint64, random);
        QFETCH(QString, id);
        const QString made = TimeOrderedId::make(ms, quint16(count), random);
        QCOMPARE(made, id);
        const QUuid uuid = QUuid::fromString(made);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.toString(QUuid::WithoutBraces), made); // as the exchange checks an id
        QCOMPARE(made.at(14), u'7'); // the version (Qt 6.4's QUuid::version() knows 1 to 5 only)
        QCOMPARE(uuid.variant(), QUuid::DCE);
    }

    // Made one after another (many in one millisecond): each later than the one before, none twice,
    // each stamped with the time it was made.
    void idsSortInTheOrderMade()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QString previous;
        QSet<QString> seen;
        for (int i = 0; i < 20000; ++i) {
            const QString id = TimeOrderedId::next();
            QVERIFY2(id > previous, qPrintable(previous + QStringLiteral(" then ") + id));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            previous = id;
        }
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        const qint64 stamped = QStringView(previous).left(8).toLongLong(nullptr, 16) << 16 |
                               QStringView(previous).mid(9, 4).toLongLong(nullptr, 16);
        QVERIFY(stamped >= before);
        QVERIFY(stamped <= after + 20000 / 4096 + 1); // at most a few milliseconds ahead when crowded
    }
};

QTEST_GUILESS_MAIN(TestTimeOrderedId)
#include "test_time_ordered_id.moc"
