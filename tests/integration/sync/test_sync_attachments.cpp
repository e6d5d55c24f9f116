// Issue 10 §1 and §5, scans travel: a counter's scans reach the exchange after its events, through
// a proxy that breaks the connection half-way through an upload (the TLS end to end: a truncated
// and then a reset connection). Each scan arrives whole and once: the exchange holds exactly its
// bytes (verified against its hash), every part byte was acknowledged once (the resumed uploads
// went on from where the exchange's copy ended), and the cache records each scan as held, so a
// later sync sends nothing again.
#include "exchange/ExchangeStore.h"
#include "storage/AttachmentStore.h"
#include "support/CaseSeed.h"
#include "support/ExchangeFixture.h"
#include "support/FaultProxy.h"
#include "support/SyncClient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using Fault = test::FaultProxy::TcpFault;
using Direction = test::FaultProxy::Direction;
using Round = sync::AttachmentUploader::Round;

namespace {

constexpr int Cases = 3;
constexpr qint64 ScanBytes = 700 * 1024;

} // namespace

class TestSyncAttachments : public QObject
{
    Q_OBJECT

    test::ExchangeFixture m_exchange;
    QTemporaryDir m_files;
    QList<QByteArray> m_scans;

    QString scanFile(int n)
    {
        QByteArray bytes(ScanBytes, Qt::Uninitialized);
        QRandomGenerator random(quint32(1000 + n));
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), ScanBytes / 4);
        const QString path = m_files.filePath(QStringLiteral("scan-%1.jpg").arg(n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        m_scans.append(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
    }

    void aScanCutOffHalfWayArrivesWholeOnce()
    {
        test::FaultProxy proxy;
        QVERIFY(proxy.listenTcp(quint16(m_exchange.port())));
        const auto w01 = m_exchange.workstation(QStringLiteral("W01"));
        auto client = test::makeSyncClient(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port())),
                                           m_exchange.caBundlePath(), w01.p12Path, w01.passphrase,
                                           QStringLiteral("W01"), QLatin1String(test::seed::Division));
        QVERIFY(client);
        auto seeded = test::seed::acceptedCases(client->db, Cases, 0, test::seed::clerk(), false,
                                                [this](int n) { return scanFile(n); });
        QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().message));
        storage::AttachmentStore attachments(client->db);
        QCOMPARE(attachments.notAtExchange().size(), Cases);

        // Half-way through the first scan's second part the connection is cut (FIN), in the middle
        // of a later part it is reset, and then an answer is lost after the exchange kept a part
        // (the client resumes from the exchange's offset, not from its own).
        proxy.addFault(Fault{Fault::Kind::Truncate, Direction::ToServer, 420 * 1024, 0});
        proxy.addFault(Fault{Fault::Kind::Reset, Direction::ToServer, 600 * 1024, 0});
        proxy.addFault(Fault{Fault::Kind::Reset, Direction::ToClient, 1000, 0});
        QList<Round> rounds;
        connect(client->engine.get(), &sync::SyncEngine::attachmentsFinished, this,
                [&rounds](const Round &round) { rounds.append(round); });
        QSignalSpy progress(client->engine.get(), &sync::SyncEngine::attachmentProgress);
        QVERIFY(client->signIn(QStringLiteral("clerk01")));
        QCOMPARE(client->engine->unsentCount(), 0); // the events went first, whole
        for (int attempt = 0; attempt < 10 && !attachments.notAtExchange().isEmpty(); ++attempt) {
            if (client->engine->uploader()->isRunning()) {
                QTRY_VERIFY_WITH_TIMEOUT(!client->engine->uploader()->isRunning(), 60000);
                continue;
            }
            QVERIFY(client->sync());
            QTRY_VERIFY_WITH_TIMEOUT(!client->engine->uploader()->isRunning(), 60000);
        }
        QCOMPARE(proxy.pendingFaults(), 0);
        QVERIFY(attachments.notAtExchange().isEmpty());
        QVERIFY(!rounds.isEmpty());
        QVERIFY(progress.size() > Cases);

        // Each scan whole at the exchange, its bytes once; no part acknowledged twice.
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("scans-reader"));
        QVERIFY(store);
        qint64 acknowledged = 0;
        int uploaded = 0;
        for (const Round &round : std::as_const(rounds)) {
            acknowledged += round.bytesSent;
            uploaded += round.uploaded;
        }
        QCOMPARE(uploaded, Cases);
        QVERIFY(acknowledged <= Cases * ScanBytes);
        qInfo() << rounds.size() << "rounds," << acknowledged << "bytes acknowledged to this counter";
        for (const QByteArray &scan : std::as_const(m_scans)) {
            const QString hash =
                QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
            const auto state = store.value()->attachments().state(hash);
            QVERIFY(state && state.value() && state.value()->complete);
            QCOMPARE(state.value()->received, ScanBytes);
            const auto content = store.value()->attachments().content(hash);
            QVERIFY(content && content.value() == scan);
        }

        // A later sync sends nothing again.
        rounds.clear();
        QVERIFY(client->sync());
        QTest::qWait(200);
        QVERIFY(!client->engine->uploader()->isRunning());
        QVERIFY(rounds.isEmpty());
    }

    // The exchange already holds the first part of a scan (another attempt whose answer was lost):
    // the counter's part from 0 is refused as out of order, it asks where the exchange's copy ends
    // and sends only the rest.
    void anUploadResumesWhereTheExchangesCopyEnds()
    {
        const auto w02 = m_exchange.workstation(QStringLiteral("W02"));
        auto client =
            test::makeSyncClient(m_exchange.url(QStringLiteral("/")), m_exchange.caBundlePath(), w02.p12Path,
                                 w02.passphrase, QStringLiteral("W02"), QLatin1String(test::seed::Division));
        QVERIFY(client);
        const int n = int(m_scans.size());
        QVERIFY(test::seed::acceptedCases(client->db, 1, 100,
                                          test::seed::clerk(QStringLiteral("clerk01"), QStringLiteral("W02")),
                                          false, [this](int k) { return scanFile(k); }));
        const QByteArray scan = m_scans.at(n);
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
        QList<Round> rounds;
        connect(client->engine.get(), &sync::SyncEngine::attachmentsFinished, this,
                [&rounds](const Round &round) { rounds.append(round); });
        client->engine->uploader()->hold();
        QVERIFY(client->signIn(QStringLiteral("clerk01")));
        QVERIFY(client->engine->uploader()->isRunning());
        const qint64 first = 300 * 1024;
        const QString token = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("clerk01"));
        QUrl url = m_exchange.url(protocol::path(protocol::Endpoint::AttachmentUpload, hash));
        url.setQuery(QStringLiteral("offset=0&size=%1").arg(scan.size()));
        QCOMPARE(test::ExchangeFixture::callRaw(m_exchange.sslFor(QStringLiteral("W02")), "PUT", url,
                                                scan.left(first), token)
                     .status,
                 200);
        client->engine->uploader()->release();
        QTRY_VERIFY_WITH_TIMEOUT(!client->engine->uploader()->isRunning(), 30000);
        QCOMPARE(rounds.size(), 1);
        QVERIFY(rounds.first().ok);
        QCOMPARE(rounds.first().uploaded, 1);
        QCOMPARE(rounds.first().bytesSent, scan.size() - first);
        auto store =
            exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("resume-reader"));
        QVERIFY(store);
        const auto content = store.value()->attachments().content(hash);
        QVERIFY(content && content.value() == scan);
        QVERIFY(storage::AttachmentStore(client->db).notAtExchange().isEmpty());
    }

    // Through a slow link (100 ms round trip, 4 Mbit/s): the events are at the exchange before any
    // scan, and the scans take at least what the link's rate allows (the proxy's shaping holds).
    void onASlowLinkEventsGoFirst()
    {
        QString error;
        QVERIFY2(!m_exchange.enrol(QStringLiteral("W03"), &error).code.isEmpty(), qPrintable(error));
        test::FaultProxy proxy;
        QVERIFY(proxy.listenTcp(quint16(m_exchange.port())));
        constexpr qint64 Rate = 500 * 1000; // bytes per second
        proxy.setLink(50, Rate);
        const auto w03 = m_exchange.workstation(QStringLiteral("W03"));
        auto client = test::makeSyncClient(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port())),
                                           m_exchange.caBundlePath(), w03.p12Path, w03.passphrase,
                                           QStringLiteral("W03"), QLatin1String(test::seed::Division));
        QVERIFY(client);
        const qsizetype before = m_scans.size();
        QVERIFY(test::seed::acceptedCases(client->db, 2, 200,
                                          test::seed::clerk(QStringLiteral("clerk01"), QStringLiteral("W03")),
                                          false, [this](int k) { return scanFile(k); }));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(client->signIn(QStringLiteral("clerk01")));
        const qint64 eventsMs = clock.elapsed();
        QCOMPARE(client->engine->unsentCount(), 0);
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("slow-reader"));
        QVERIFY(store);
        for (qsizetype i = before; i < m_scans.size(); ++i) {
            const QString hash = QString::fromLatin1(
                QCryptographicHash::hash(m_scans.at(i), QCryptographicHash::Sha256).toHex());
            const auto state = store.value()->attachments().state(hash);
            QVERIFY(state && (!state.value() || !state.value()->complete)); // none whole yet
        }
        // Sign-in, push and pull: at least four round trips.
        QVERIFY2(eventsMs >= 400, qPrintable(QString::number(eventsMs)));
        QTRY_VERIFY_WITH_TIMEOUT(storage::AttachmentStore(client->db).notAtExchange().isEmpty(), 60000);
        const qint64 scansMs = clock.elapsed() - eventsMs;
        const qint64 minimumMs = 2 * ScanBytes * 1000 / Rate;
        QVERIFY2(scansMs >= minimumMs,
                 qPrintable(QStringLiteral("%1 ms < %2 ms").arg(scansMs).arg(minimumMs)));
        QVERIFY(proxy.carried(test::FaultProxy::Direction::ToServer) > 2 * ScanBytes);
        qInfo() << "events" << eventsMs << "ms, scans" << scansMs << "ms";
    }
};

QTEST_GUILESS_MAIN(TestSyncAttachments)
#include "test_sync_attachments.moc"
