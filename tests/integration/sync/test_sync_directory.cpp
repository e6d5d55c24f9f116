// Issue 11 §1: "a new workstation gets [the registered-entity directory] as a snapshot … resumable,
// and then keeps it current through the change feed" — a real SyncEngine against the real exchange
// over loopback mutual TLS, on SQLite and PostgreSQL: the snapshot comes in pages and is complete,
// holds the caller's province only, the feed then leaves out the licence changes the snapshot holds
// and brings every later one; a download broken off between pages resumes after the last page
// stored, with a revocation made meanwhile applied; and the endpoint refuses what it must.
#include "../DepartmentDriver.h"
#include "core/ResidentId.h"
#include "core/UsccCode.h"
#include "exchange/ExchangeAdmin.h"
#include "exchange/ExchangePaths.h"
#include "exchange/ExchangeStore.h"
#include "exchange/LicenceAdmin.h"
#include "exchange/LicenceRegistry.h"
#include "protocol/DirectoryWire.h"
#include "protocol/WireKeys.h"
#include "storage/EnterpriseDirectory.h"
#include "storage/SyncStateStore.h"
#include "support/CaseSeed.h"
#include "support/ExchangeFixture.h"
#include "support/FaultProxy.h"
#include "support/SyncClient.h"
#include "support/SyntheticEntities.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

constexpr int Shanxi = 40; // synthetic entities of Shanxi, besides the one licensed through the counters
constexpr int Beijing = 3; // of another province: never in a Shanxi counter's snapshot

} // namespace

class TestSyncDirectory : public QObject
{
    Q_OBJECT

    test::ExchangeFixture m_exchange;
    test::DepartmentDriver m_driver{m_exchange, 20261203};
    QStringList m_shanxiCodes; // sorted: the snapshot's order
    QStringList m_beijingCodes;

    // Publishes `entities` as the exchange does when it confirms their licences (the licence, and
    // its `licence` change under the province's code), in one transaction.
    bool publish(const QList<core::RegisteredEntity> &entities)
    {
        auto store = exchange::ExchangeAdmin::openStore(m_exchange.dir());
        if (!store || !store.value()->begin())
            return false;
        exchange::LicenceRegistry registry(*store.value());
        for (const core::RegisteredEntity &entity : entities) {
            const QString caseId = u"seed-"_s + entity.code;
            if (!store.value()->licences().put(entity, caseId, {}) ||
                !registry.announce(entity, caseId, QDateTime::currentDateTimeUtc())) {
                store.value()->rollback();
                return false;
            }
        }
        return bool(store.value()->commit());
    }

    // The administrator's revocation (`onewindow-exchange licence revoke`).
    bool revoke(const QString &code)
    {
        const auto revoked = exchange::LicenceAdmin::revoke(
            m_exchange.dir(), code, u"并市监吊字〔2026〕3号 吊销营业执照"_s, core::ResidentId::chinaToday());
        return revoked && revoked.value();
    }

    std::unique_ptr<test::SyncClient> newCounter(const QString &code, int pageSize)
    {
        QString error;
        m_exchange.enrol(code, &error);
        if (!error.isEmpty())
            qWarning() << error;
        auto counter = test::makeSyncClient(m_exchange, code, QLatin1String(test::seed::Division));
        if (counter)
            counter->engine->setDirectoryPageSize(pageSize);
        return counter;
    }

    // The kinds of the feed's changes `token` reads from the start, with the licence changes up to
    // `skipTo` left out.
    QStringList feedKinds(const QString &workstation, const QString &token, qint64 skipTo)
    {
        QStringList kinds;
        qint64 cursor = 0;
        for (int page = 0; page < 100; ++page) {
            const auto reply =
                m_exchange.request(m_exchange.sslFor(workstation), protocol::Endpoint::Changes, {}, token,
                                   u"cursor=%1&limit=500&skipLicencesTo=%2"_s.arg(cursor).arg(skipTo));
            if (reply.status != 200)
                return {u"HTTP %1"_s.arg(reply.status)};
            for (const QJsonValue &change : reply.json.value(protocol::keys::changes::Changes).toArray())
                kinds << change.toObject().value(protocol::keys::changes::Kind).toString();
            cursor = reply.json.value(protocol::keys::changes::NextCursor).toInteger();
            if (!reply.json.value(protocol::keys::changes::HasMore).toBool())
                break;
        }
        return kinds;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY(m_driver.signIn());
        const QString licensed = m_driver.licensed(u"日用百货销售"_s); // through the counters
        QVERIFY(!licensed.isEmpty());
        m_shanxiCodes << licensed;
        test::SyntheticEntities synthetic(20261203);
        QList<core::RegisteredEntity> entities;
        for (int i = 0; i < Shanxi; ++i) {
            entities << synthetic.next();
            m_shanxiCodes << entities.last().code;
        }
        for (int i = 0; i < Beijing; ++i) {
            core::RegisteredEntity entity = synthetic.next();
            entity.authorityDivision = u"110105"_s;
            entity.code = core::UsccCode::compose(u'9', u'1', u"110105"_s, entity.code.mid(8, 8));
            entities << entity;
            m_beijingCodes << entity.code;
        }
        QVERIFY(publish(entities));
        m_shanxiCodes.sort();
    }

    void aNewWorkstationGetsTheProvincesDirectoryAsASnapshot()
    {
        auto w03 = newCounter(u"W03"_s, 7);
        QVERIFY(w03);
        QSignalSpy progress(w03->engine.get(), &sync::SyncEngine::directoryProgress);
        QVERIFY(w03->signIn(u"clerk01"_s));
        storage::EnterpriseDirectory directory(w03->db);
        QCOMPARE(directory.count(), int(m_shanxiCodes.size()));
        for (const QString &code : std::as_const(m_shanxiCodes))
            QVERIFY2(directory.find(code), qPrintable(code));
        for (const QString &code : std::as_const(m_beijingCodes))
            QVERIFY2(!directory.find(code), qPrintable(code));
        const auto entity = directory.find(m_shanxiCodes.constLast());
        QVERIFY(!entity->name.isEmpty() && !entity->legalRep.isEmpty() && entity->established.isValid());
        QVERIFY(w03->engine->directoryComplete());
        // Six pages of up to 7 for 41 entities: progress after each, the last one complete.
        QCOMPARE(progress.size(), 6);
        QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(m_shanxiCodes.size()));
        QCOMPARE(progress.constLast().at(1).toLongLong(), qint64(m_shanxiCodes.size()));
        QCOMPARE(progress.constFirst().at(0).toLongLong(), 7);

        // The feed left out the licence changes the snapshot holds: it read what the feed has with
        // them skipped, and that is none of them.
        const QString token = m_exchange.signIn(u"W03"_s, u"clerk01"_s);
        const qint64 asOf =
            storage::SyncStateStore(w03->db).value(u"directory.asOf"_s).value_or(u"0"_s).toLongLong();
        QVERIFY(asOf > 0);
        const QStringList all = feedKinds(u"W03"_s, token, 0);
        const QStringList skipped = feedKinds(u"W03"_s, token, asOf);
        QCOMPARE(all.count(QString(protocol::keys::changes::KindLicence)), int(m_shanxiCodes.size()));
        QCOMPARE(skipped.count(QString(protocol::keys::changes::KindLicence)), 0);
        QCOMPARE(w03->engine->lastStats().received, int(skipped.size()));

        // Later changes come through the feed: a revocation and a new licence.
        QVERIFY(revoke(m_shanxiCodes.at(3)));
        const QString added = m_driver.licensed(u"五金产品零售"_s);
        QVERIFY(!added.isEmpty());
        QVERIFY(w03->sync());
        QVERIFY(directory.find(m_shanxiCodes.at(3))->isRevoked());
        QVERIFY(directory.find(added));
        m_shanxiCodes << added;
        m_shanxiCodes.sort();
    }

    void aDownloadBrokenOffResumesAfterTheLastPageStored()
    {
        auto w04 = newCounter(u"W04"_s, 5);
        QVERIFY(w04);
        storage::EnterpriseDirectory directory(w04->db);
        // The connection breaks once two pages are stored (the third is in flight then); meanwhile
        // the exchange revokes an entity of the first page.
        QString revoked;
        bool broken = false;
        connect(w04->engine.get(), &sync::SyncEngine::directoryProgress, this, [&](qint64 stored, qint64) {
            if (stored == 10 && !broken) {
                broken = true;
                w04->engine->client()->abortAll();
            }
        });
        QStringList log;
        connect(w04->engine.get(), &sync::SyncEngine::logEntry, this,
                [&](const sync::SyncLogEntry &entry) { log << entry.message; });
        QVERIFY(!w04->signIn(u"clerk01"_s));
        QVERIFY(broken);
        // Two pages staged, none in the cache yet: the entities go in together once all are there.
        QCOMPARE(storage::SyncStateStore(w04->db).value(u"directory.stored"_s), u"10"_s);
        QCOMPARE(directory.count(), 0);
        QVERIFY(!w04->engine->directoryComplete());
        revoked = m_shanxiCodes.at(1);
        QVERIFY(revoke(revoked));

        QVERIFY(w04->sync());
        QVERIFY(w04->engine->directoryComplete());
        QCOMPARE(directory.count(), int(m_shanxiCodes.size()));
        QCOMPARE(storage::SyncStateStore(w04->db).value(u"directory.stored"_s),
                 QString::number(m_shanxiCodes.size()));
        QVERIFY2(log.join(u'\n').contains(m_shanxiCodes.at(9)), qPrintable(log.join(u'\n')));
        QVERIFY(directory.find(revoked)->isRevoked()); // through the feed: after the snapshot began
    }

    // An exchange older than the counter answers the snapshot 404 (played by a proxy in front of the
    // real one): the first sync reads the feed from the start and gets every entity that way.
    void anExchangeWithoutTheSnapshotStillGivesTheEnterprises()
    {
        QString error;
        m_exchange.enrol(u"W05"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const exchange::ExchangePaths paths(m_exchange.dir());
        test::FaultProxy proxy;
        QVERIFY(proxy.listenTls(quint16(m_exchange.port()),
                                test::FaultProxy::serverConfiguration(paths.serverCert(), paths.serverKey()),
                                m_exchange.sslFor(u"W05"_s)));
        test::FaultProxy::HttpFault older;
        older.pathPrefix = u"/api/v1/directory"_s;
        older.status = 404;
        older.body = R"({"error":{"code":"request.not_found","message":"No such endpoint."}})";
        proxy.addFault(older);
        const test::ExchangeFixture::Workstation w05 = m_exchange.workstation(u"W05"_s);
        auto counter =
            test::makeSyncClient(QUrl(u"https://127.0.0.1:%1"_s.arg(proxy.port())), m_exchange.caBundlePath(),
                                 w05.p12Path, w05.passphrase, u"W05"_s, QLatin1String(test::seed::Division));
        QVERIFY(counter);
        QVERIFY(counter->signIn(u"clerk01"_s));
        QCOMPARE(proxy.pendingFaults(), 0);
        QVERIFY(counter->engine->directoryComplete());
        QVERIFY(!storage::SyncStateStore(counter->db).value(u"directory.asOf"_s));
        QCOMPARE(storage::EnterpriseDirectory(counter->db).count(), int(m_shanxiCodes.size()));
    }

    void theEndpointRefusesWhatItMust_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("after: lower case") << u"after=91140105abc"_s << u"after"_s;
        QTest::newRow("after: 19 characters") << u"after=9114010500000000000"_s << u"after"_s;
        QTest::newRow("after: SQL") << u"after=%27%20OR%201%3D1"_s << u"after"_s;
        QTest::newRow("limit: 0") << u"limit=0"_s << u"limit"_s;
        QTest::newRow("limit: above the page's") << u"limit=5001"_s << u"limit"_s;
        QTest::newRow("limit: text") << u"limit=all"_s << u"limit"_s;
    }
    void theEndpointRefusesWhatItMust()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const QString token = m_exchange.signIn(u"W01"_s, u"clerk01"_s);
        const auto reply =
            m_exchange.request(m_exchange.sslFor(u"W01"_s), protocol::Endpoint::Directory, {}, token, query);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"request.invalid_field"_s);
        QCOMPARE(reply.json.value(u"error"_s).toObject().value(u"field"_s).toString(), field);
        const auto withoutToken =
            m_exchange.request(m_exchange.sslFor(u"W01"_s), protocol::Endpoint::Directory, {}, {}, {});
        QCOMPARE(withoutToken.status, 401);
        const auto badSkip = m_exchange.request(m_exchange.sslFor(u"W01"_s), protocol::Endpoint::Changes, {},
                                                token, u"cursor=0&skipLicencesTo=-1"_s);
        QCOMPARE(badSkip.status, 400);
    }

    void aCallerOfAnotherProvinceGetsItsOwnOnly()
    {
        QString error;
        QVERIFY2(m_exchange.addUser(u"bjclerk"_s, u"北京窗口"_s, u"clerk"_s, u"Bj-clerk-2026!"_s, u"110105"_s,
                                    &error),
                 qPrintable(error));
        m_exchange.enrol(u"B01"_s, &error, u"110105"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        test::ExchangeFixture::Reply signIn =
            m_exchange.request(m_exchange.sslFor(u"B01"_s), protocol::Endpoint::Session,
                               QJsonObject{{u"user"_s, u"bjclerk"_s}, {u"password"_s, u"Bj-clerk-2026!"_s}});
        QCOMPARE(signIn.status, 200);
        const QString token = signIn.json.value(u"token"_s).toString();
        const auto reply = m_exchange.request(m_exchange.sslFor(u"B01"_s), protocol::Endpoint::Directory, {},
                                              token, u"limit=100"_s);
        QCOMPARE(reply.status, 200);
        const auto page = protocol::directory::pageFromJson(reply.json);
        QVERIFY(page);
        QCOMPARE(page->head.total, qint64(Beijing));
        QStringList codes;
        for (const core::RegisteredEntity &entity : page->entities)
            codes << entity.code;
        QStringList expected = m_beijingCodes;
        expected.sort();
        QCOMPARE(codes, expected);
        QVERIFY(!page->head.hasMore);
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_GUILESS_MAIN(TestSyncDirectory)
#include "test_sync_directory.moc"
