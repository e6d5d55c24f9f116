// core::isotime against what it stands in for: the text must be byte for byte what
// QDateTime::toString(Qt::ISODateWithMs) writes in UTC, and reading must give the instant
// QDateTime::fromString(text, Qt::ISODateWithMs) gives, for every kind of time and text.

#include "core/IsoTime.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace ow::core;
using namespace Qt::StringLiterals;

class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtWrites()
    {
        QRandomGenerator random(20261202);
        QList<QDateTime> times{
            QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2000, 2, 29), QTime(12, 0, 0, 1), Qt::UTC),
            QDateTime(QDate(2026, 12, 2), QTime(10, 45, 0, 123), Qt::UTC),
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone("Asia/Shanghai")),
            QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::OffsetFromUTC, -5 * 3600),
            QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::LocalTime),
            QDateTime(QDate(12000, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(-44, 3, 15), QTime(0, 0), Qt::UTC),
            QDateTime(),
        };
        for (int i = 0; i < 20000; ++i)
            times << QDateTime::fromMSecsSinceEpoch(
                qint64(random.bounded(4'000'000'000'000.0)) - 1'000'000'000'000, Qt::UTC);
        for (const QDateTime &time : std::as_const(times)) {
            const QString expected = time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
            QCOMPARE(isotime::toText(time), expected);
        }
    }

    void readsWhatQtReads()
    {
        QRandomGenerator random(7);
        QStringList texts{u"2026-12-02T10:45:00.123Z"_s,
                          u"2026-02-29T10:45:00.123Z"_s,
                          u"2024-02-29T23:59:59.999Z"_s,
                          u"2026-12-02T24:00:00.000Z"_s,
                          u"2026-13-02T10:45:00.123Z"_s,
                          u"2026-12-02T10:60:00.123Z"_s,
                          u"2026-12-02T10:45:60.123Z"_s,
                          u"2026-12-02T10:45:00.12Z"_s,
                          u"2026-12-02T10:45:00Z"_s,
                          u"2026-12-02T10:45:00.123+08:00"_s,
                          u"2026-12-02T10:45:00.123"_s,
                          u"2026-12-02 10:45:00.123Z"_s,
                          u"0000-12-02T10:45:00.123Z"_s,
                          u"2026-00-02T10:45:00.123Z"_s,
                          u"2026-12-00T10:45:00.123Z"_s,
                          u"２０２６-12-02T10:45:00.123Z"_s,
                          u""_s,
                          u"garbage"_s};
        for (int i = 0; i < 20000; ++i) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(
                qint64(random.bounded(4'000'000'000'000.0)) - 1'000'000'000'000, Qt::UTC);
            texts << t.toString(Qt::ISODateWithMs);
        }
        for (const QString &text : std::as_const(texts)) {
            const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
            const QDateTime ours = isotime::fromText(text);
            QCOMPARE(ours.isValid(), qt.isValid());
            if (qt.isValid()) {
                QCOMPARE(ours.toMSecsSinceEpoch(), qt.toMSecsSinceEpoch());
                QCOMPARE(ours.timeSpec(), Qt::UTC);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "test_iso_time.moc"
