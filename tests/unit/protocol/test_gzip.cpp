// The wire's gzip codec (src/protocol/Gzip): round trips of every kind of body, the bound on what
// an inflate produces (a decompression bomb stops one byte past it), and every broken stream —
// truncated, corrupt, followed by anything, not gzip at all, empty — refused as malformed. And
// which Accept-Encoding values allow gzip.
#include "protocol/Gzip.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace ow;
using namespace ow::protocol;

Q_DECLARE_METATYPE(ow::protocol::gzip::Failure)

namespace {

constexpr qsizetype MiB = 1024 * 1024;

// JSON as the sync engine sends it: many similar events.
QByteArray events(int count)
{
    QByteArray json = "{\"events\":[";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            json += ',';
        json += "{\"id\":\"" + QByteArray::number(100000 + i) +
                "\",\"type\":\"case.accepted\",\"caseVersion\":2,\"actor\":\"clerk01\",\"payload\":{"
                "\"reason\":\"" +
                QByteArray(i % 50, 'x') + "\"}}";
    }
    return json + "]}";
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

// The same bytes with the byte at `at` (negative: from the end) changed.
QByteArray flipped(QByteArray bytes, qsizetype at)
{
    const qsizetype index = at < 0 ? bytes.size() + at : at;
    bytes[index] = char(bytes.at(index) ^ 0x5a);
    return bytes;
}

} // namespace

class TestGzip : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<int>("level");
        QTest::newRow("empty") << QByteArray() << 1;
        QTest::newRow("one byte") << QByteArray("{") << 1;
        QTest::newRow("an event batch") << events(500) << 1;
        QTest::newRow("an event batch, level 9") << events(500) << 9;
        QTest::newRow("random (incompressible)") << randomBytes(300 * 1024, 7) << 1;
        QTest::newRow("zeros across many steps") << QByteArray(3 * MiB + 17, '\0') << 1;
        QTest::newRow("utf-8 text") << QStringLiteral("小店区市场监督管理局").repeated(2000).toUtf8() << 6;
    }
    void roundTrip()
    {
        QFETCH(QByteArray, plain);
        QFETCH(int, level);
        const QByteArray packed = gzip::compress(plain, level);
        QVERIFY(packed.startsWith("\x1f\x8b")); // gzip's magic, not zlib's or raw deflate
        const auto exact = gzip::inflate(packed, plain.size());
        QVERIFY2(exact, exact ? "" : qPrintable(exact.error().detail));
        QCOMPARE(exact.value(), plain);
        const auto roomy = gzip::inflate(packed, plain.size() + MiB);
        QVERIFY(roomy);
        QCOMPARE(roomy.value(), plain);
        if (!plain.isEmpty()) {
            const auto short1 = gzip::inflate(packed, plain.size() - 1);
            QVERIFY(!short1);
            QCOMPARE(short1.error().failure, gzip::Failure::TooLarge);
        }
    }

    void eventsShrink()
    {
        // What the slow link gains: JSON event batches shrink several times over.
        const QByteArray plain = events(500);
        const QByteArray packed = gzip::compress(plain);
        qInfo() << plain.size() << "bytes of events in gzip:" << packed.size();
        QVERIFY(packed.size() * 5 < plain.size());
    }

    void bombStopsAtTheBound_data()
    {
        QTest::addColumn<qsizetype>("inflated");
        QTest::addColumn<qsizetype>("limit");
        QTest::newRow("64 MiB of zeros against 8 MiB") << 64 * MiB << 8 * MiB;
        QTest::newRow("64 MiB of zeros against 16 KiB") << 64 * MiB << qsizetype(16 * 1024);
        QTest::newRow("64 MiB of zeros against nothing") << 64 * MiB << qsizetype(0);
    }
    void bombStopsAtTheBound()
    {
        QFETCH(qsizetype, inflated);
        QFETCH(qsizetype, limit);
        const QByteArray bomb = gzip::compress(QByteArray(inflated, '\0'), 9);
        QVERIFY(bomb.size() < inflated / 500); // the ratio of a bomb
        QElapsedTimer timer;
        timer.start();
        const auto result = gzip::inflate(bomb, limit);
        QVERIFY(!result);
        QCOMPARE(result.error().failure, gzip::Failure::TooLarge);
        // It stopped at the bound: inflating all 64 MiB takes several times longer than 8 MiB.
        qInfo() << "refused in" << timer.elapsed() << "ms:" << result.error().detail;
        QVERIFY(timer.elapsed() < 2000);
    }

    void brokenStreamsAreMalformed_data()
    {
        QTest::addColumn<QByteArray>("stream");
        const QByteArray plain = events(200);
        const QByteArray good = gzip::compress(plain);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("the magic only") << QByteArray("\x1f\x8b");
        QTest::newRow("the header only") << good.left(10);
        QTest::newRow("cut in half") << good.left(good.size() / 2);
        QTest::newRow("without its trailer") << good.chopped(8);
        QTest::newRow("one byte short") << good.chopped(1);
        QTest::newRow("a changed byte in the data") << flipped(good, good.size() / 2);
        QTest::newRow("a changed CRC") << flipped(good, -6);
        QTest::newRow("a changed length") << flipped(good, -2);
        QTest::newRow("a changed method") << flipped(good, 2);
        QTest::newRow("trailing garbage") << good + "x";
        QTest::newRow("trailing zeros") << good + QByteArray(64, '\0');
        QTest::newRow("a second member") << good + gzip::compress("{}");
        QTest::newRow("plain JSON") << plain;
        QTest::newRow("random bytes") << randomBytes(4096, 11);
        QTest::newRow("random bytes after the magic")
            << QByteArray("\x1f\x8b\x08\x00", 4) + randomBytes(4096, 12);
        // zlib's own wrapper and raw deflate are not gzip (Content-Encoding: deflate is refused).
        QTest::newRow("a zlib stream") << qCompress(plain).mid(4);
    }
    void brokenStreamsAreMalformed()
    {
        QFETCH(QByteArray, stream);
        const auto result = gzip::inflate(stream, 16 * MiB);
        QVERIFY(!result);
        QCOMPARE(result.error().failure, gzip::Failure::Malformed);
        QVERIFY(!result.error().detail.isEmpty());
    }

    void acceptsGzip_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("accepts");
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("gzip") << QByteArray("gzip") << true;
        QTest::newRow("upper case") << QByteArray("GZIP") << true;
        QTest::newRow("x-gzip") << QByteArray("x-gzip") << true;
        QTest::newRow("Qt's") << QByteArray("gzip, deflate") << true;
        QTest::newRow("a browser's") << QByteArray("deflate, gzip;q=1.0, *;q=0.5") << true;
        QTest::newRow("gzip refused") << QByteArray("gzip;q=0") << false;
        QTest::newRow("gzip refused, spaced") << QByteArray("gzip ; q=0.000") << false;
        QTest::newRow("gzip weighted low") << QByteArray("identity, gzip;q=0.1") << true;
        QTest::newRow("deflate only") << QByteArray("deflate") << false;
        QTest::newRow("identity only") << QByteArray("identity") << false;
        QTest::newRow("any") << QByteArray("*") << true;
        QTest::newRow("any refused") << QByteArray("*;q=0") << false;
        QTest::newRow("gzip refused, any allowed") << QByteArray("gzip;q=0, *") << false;
        QTest::newRow("a name containing gzip") << QByteArray("notgzip") << false;
    }
    void acceptsGzip()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, accepts);
        QCOMPARE(gzip::accepts(header), accepts);
    }
};

QTEST_GUILESS_MAIN(TestGzip)
#include "test_gzip.moc"
