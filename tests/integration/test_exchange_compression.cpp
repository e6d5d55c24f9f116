// Compressed bodies at the real exchange over loopback mutual TLS (docs/protocol.md, "Compression"):
// gzip request bodies are read as if sent plain, answers come in gzip when the caller accepts it
// and are worth it, and every attack through Content-Encoding is refused with the protocol's error
// and stores nothing — a decompression bomb (a gigabyte in one mebibyte) stopped at the endpoint's
// limit with memory flat, corrupt, truncated and trailed streams, codings the exchange does not
// read, and compressed bodies over the limit — while the exchange goes on serving.
#include "exchange/DemoApplications.h"
#include "exchange/ExchangeStore.h"
#include "protocol/Gzip.h"
#include "support/ExchangeFixture.h"
#include "support/RawHttps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <zlib.h>

using namespace ow;
using Fixture = ow::test::ExchangeFixture;
using ow::protocol::Endpoint;
using ow::test::RawHttps;

Q_DECLARE_METATYPE(ow::protocol::Endpoint)

namespace {

constexpr qint64 MiB = 1024 * 1024;

// `count` zero bytes in one gzip member, made a mebibyte at a time (the bomb is never whole here).
QByteArray gzipOfZeros(qint64 count)
{
    z_stream stream{};
    if (deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    const QByteArray zeros(MiB, '\0');
    QByteArray out;
    char buffer[64 * 1024];
    for (qint64 left = count; left >= 0; left -= MiB) {
        const bool last = left <= MiB;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = uInt(std::min(left, MiB));
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
        if (last)
            break;
    }
    deflateEnd(&stream);
    return out;
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes.at(at) ^ 0x5a);
    return bytes;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class ExchangeCompressionTest : public QObject
{
    Q_OBJECT

    Fixture m_exchange;
    QString m_clerk;
    QByteArray m_bomb; // 1 GiB of zeros in gzip, about 1 MiB

    // One request on its own connection, as written: `headers` are extra head lines.
    std::unique_ptr<RawHttps> send(const QSslConfiguration &ssl, const QByteArray &method,
                                   const QByteArray &target, const QString &token, const QByteArray &headers,
                                   const QByteArray &body)
    {
        auto raw = std::make_unique<RawHttps>(ssl);
        if (!raw->connectTo(quint16(m_exchange.port())))
            return nullptr;
        QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!token.isEmpty())
            head += "Authorization: Bearer " + token.toLatin1() + "\r\n";
        if (method != "GET")
            head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                    "\r\n";
        raw->write(head + headers + "\r\n" + body);
        raw->waitForAnswer(20000);
        return raw;
    }

    static QByteArray path(Endpoint endpoint) { return protocol::spec(endpoint).path.toByteArray(); }

    int stored(bool applied)
    {
        auto store =
            exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("compression-reader"));
        if (!store)
            return -1;
        auto count = applied ? store.value()->cases().appliedCount() : store.value()->cases().count();
        return count ? count.value() : -1;
    }

    void verifyStillServing()
    {
        const Fixture::Reply health =
            m_exchange.request(m_exchange.sslFor(QStringLiteral("W02")), Endpoint::Health);
        QCOMPARE(health.status, 200);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        m_clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        QVERIFY(!m_clerk.isEmpty());
        QRandomGenerator random(31);
        for (int i = 0; i < 3; ++i) {
            const Fixture::Reply intake = m_exchange.request(m_exchange.sslForPortal(), Endpoint::Intake,
                                                             exchange::DemoApplications::intakeBody(random));
            QCOMPARE(intake.status, 201);
        }
        m_bomb = gzipOfZeros(1024 * MiB);
        QVERIFY(m_bomb.size() > 0 && m_bomb.size() < 2 * MiB);
    }

    void gzipBodiesAreReadAsSent()
    {
        // Sign-in in gzip (the exchange reads any size so; the client compresses from 1 KiB on).
        const QJsonObject credentials{
            {protocol::keys::session::User, QStringLiteral("clerk01")},
            {protocol::keys::session::Password, Fixture::password(QStringLiteral("clerk01"))}};
        auto signIn = send(m_exchange.sslFor(QStringLiteral("W01")), "POST", path(Endpoint::Session), {},
                           "Content-Encoding: gzip\r\n", protocol::gzip::compress(json(credentials)));
        QVERIFY(signIn);
        QCOMPARE(signIn->status(), 200);
        QVERIFY(!signIn->json().value(protocol::keys::session::Token).toString().isEmpty());
        // Every answer says that it varies by Accept-Encoding and that gzip bodies are read.
        QCOMPARE(signIn->header("vary"), QByteArray("Accept-Encoding"));
        QCOMPARE(signIn->header("accept-encoding"), QByteArray("gzip"));

        // An online application in gzip is stored as one sent plain would be.
        const int before = stored(false);
        QRandomGenerator random(32);
        auto intake =
            send(m_exchange.sslForPortal(), "POST", path(Endpoint::Intake), {}, "Content-Encoding: GZIP\r\n",
                 protocol::gzip::compress(json(exchange::DemoApplications::intakeBody(random))));
        QVERIFY(intake);
        QCOMPARE(intake->status(), 201);
        QVERIFY(!intake->json().value(u"caseId").toString().isEmpty());
        QCOMPARE(stored(false), before + 1);
    }

    void answersAreCompressedWhenAccepted_data()
    {
        QTest::addColumn<QByteArray>("acceptEncoding");
        QTest::addColumn<bool>("compressed");
        QTest::newRow("gzip") << QByteArray("gzip") << true;
        QTest::newRow("Qt's") << QByteArray("gzip, deflate") << true;
        QTest::newRow("any") << QByteArray("br, *;q=0.5") << true;
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("gzip refused") << QByteArray("gzip;q=0") << false;
        QTest::newRow("deflate only") << QByteArray("deflate") << false;
    }
    void answersAreCompressedWhenAccepted()
    {
        QFETCH(QByteArray, acceptEncoding);
        QFETCH(bool, compressed);
        const QByteArray header =
            acceptEncoding.isEmpty() ? QByteArray() : "Accept-Encoding: " + acceptEncoding + "\r\n";
        auto page = send(m_exchange.sslFor(QStringLiteral("W01")), "GET",
                         path(Endpoint::Changes) + "?cursor=0&limit=500", m_clerk, header, {});
        QVERIFY(page);
        QCOMPARE(page->status(), 200);
        QCOMPARE(page->header("vary"), QByteArray("Accept-Encoding"));
        QCOMPARE(page->header("content-encoding"), compressed ? QByteArray("gzip") : QByteArray());
        QByteArray body = page->body();
        if (compressed) {
            auto inflated = protocol::gzip::inflate(body, 16 * MiB);
            QVERIFY(inflated);
            qInfo() << "a page of" << inflated.value().size() << "bytes came as" << body.size();
            QVERIFY(body.size() * 3 < inflated.value().size());
            body = inflated.value();
        }
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        QVERIFY(object.value(protocol::keys::changes::Changes).toArray().size() >= 3);

        // A small answer is not worth it, whatever the caller accepts.
        auto health =
            send(m_exchange.sslFor(QStringLiteral("W01")), "GET", path(Endpoint::Health), {}, header, {});
        QVERIFY(health);
        QCOMPARE(health->status(), 200);
        QCOMPARE(health->header("content-encoding"), QByteArray());
    }

    void attacksAreRefused_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray events = json(QJsonObject{{protocol::keys::push::Events, QJsonArray()}});
        const QByteArray good = protocol::gzip::compress(QByteArray(events + QByteArray(4096, ' ')));
        QRandomGenerator random(33);
        QByteArray noise(40 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        const QByteArray bigSignIn = protocol::gzip::compress(noise); // over 16 KiB, compressed

        QTest::newRow("bomb (1 GiB) at events")
            << Endpoint::Events << QByteArray("gzip") << m_bomb << 413 << QStringLiteral("request.too_large");
        QTest::newRow("bomb (1 GiB) at sign-in: its body is over 16 KiB")
            << Endpoint::Session << QByteArray("gzip") << m_bomb << 413
            << QStringLiteral("request.too_large");
        QTest::newRow("inflating past 16 KiB at sign-in")
            << Endpoint::Session << QByteArray("gzip") << protocol::gzip::compress(QByteArray(17 * 1024, ' '))
            << 413 << QStringLiteral("request.too_large");
        QTest::newRow("compressed body over the limit")
            << Endpoint::Session << QByteArray("gzip") << bigSignIn << 413
            << QStringLiteral("request.too_large");
        QTest::newRow("corrupt") << Endpoint::Events << QByteArray("gzip") << flipped(good, good.size() / 2)
                                 << 400 << QStringLiteral("request.malformed_encoding");
        QTest::newRow("truncated") << Endpoint::Events << QByteArray("gzip") << good.chopped(9) << 400
                                   << QStringLiteral("request.malformed_encoding");
        QTest::newRow("trailing garbage") << Endpoint::Events << QByteArray("gzip") << QByteArray(good + "{}")
                                          << 400 << QStringLiteral("request.malformed_encoding");
        QTest::newRow("two members") << Endpoint::Events << QByteArray("gzip") << QByteArray(good + good)
                                     << 400 << QStringLiteral("request.malformed_encoding");
        QTest::newRow("plain JSON said to be gzip") << Endpoint::Events << QByteArray("gzip") << events << 400
                                                    << QStringLiteral("request.malformed_encoding");
        QTest::newRow("empty gzip body") << Endpoint::Events << QByteArray("gzip") << QByteArray() << 400
                                         << QStringLiteral("request.malformed_encoding");
        QTest::newRow("deflate") << Endpoint::Events << QByteArray("deflate") << qCompress(events) << 415
                                 << QStringLiteral("request.unsupported_encoding");
        QTest::newRow("br") << Endpoint::Events << QByteArray("br") << good << 415
                            << QStringLiteral("request.unsupported_encoding");
        QTest::newRow("stacked") << Endpoint::Events << QByteArray("gzip, gzip")
                                 << protocol::gzip::compress(good) << 415
                                 << QStringLiteral("request.unsupported_encoding");
        QTest::newRow("a second field") << Endpoint::Events << QByteArray("gzip\r\nContent-Encoding: gzip")
                                        << good << 415 << QStringLiteral("request.unsupported_encoding");
        QTest::newRow("compress, at intake") << Endpoint::Intake << QByteArray("compress") << good << 415
                                             << QStringLiteral("request.unsupported_encoding");
    }
    void attacksAreRefused()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const int cases = stored(false);
        const int applied = stored(true);
        const bool portal = endpoint == Endpoint::Intake;
        const QString token = protocol::spec(endpoint).auth == protocol::Auth::Bearer ? m_clerk : QString();
        auto raw = send(portal ? m_exchange.sslForPortal() : m_exchange.sslFor(QStringLiteral("W01")), "POST",
                        path(endpoint), token, QByteArray("Content-Encoding: " + encoding + "\r\n"), body);
        QVERIFY(raw);
        QCOMPARE(raw->status(), status);
        QCOMPARE(raw->errorCode(), code);
        QVERIFY(!raw->json().value(u"error").toObject().value(u"message").toString().isEmpty());
        QVERIFY(!raw->header("x-request-id").isEmpty());
        QCOMPARE(stored(false), cases);
        QCOMPARE(stored(true), applied);
        verifyStillServing();
    }

    void bombsLeaveMemoryFlat()
    {
        // Inflated whole, each would take a gigabyte; bounded, they take the 8 MiB limit at most.
        const qint64 before = test::residentBytes();
        for (int i = 0; i < 6; ++i) {
            auto raw = send(m_exchange.sslFor(QStringLiteral("W01")), "POST", path(Endpoint::Events), m_clerk,
                            "Content-Encoding: gzip\r\n", m_bomb);
            QVERIFY(raw);
            QCOMPARE(raw->status(), 413);
        }
        const qint64 grown = test::residentBytes() - before;
        qInfo() << "resident memory grew by" << grown / MiB << "MiB over six bombs";
        QVERIFY2(grown < 128 * MiB, qPrintable(QString::number(grown)));
        verifyStillServing();
    }
};

QTEST_MAIN(ExchangeCompressionTest)
#include "test_exchange_compression.moc"
