// The sync engine against the real exchange (in-process, loopback mutual TLS, fresh PKI):
// - a case accepted while the exchange is down reaches it exactly once after it comes back;
// - an online application submitted at the exchange appears in the local cache;
// - a server certificate from another CA, an expired one or one for another host name, no client
//   certificate, a revoked workstation (before and after signing in), a wrong password: refused
//   with a clear error and nothing sent.

#include "StorageTestSupport.h"
#include "exchange/ExchangePaths.h"
#include "exchange/ExchangeStore.h"
#include "exchange/Pki.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "support/ExchangeFixture.h"
#include "support/SyncClient.h"
#include "sync/ExchangeSettings.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ow;

namespace {

using Client = test::SyncClient;

// Waits for the engine's next syncFinished and returns its result.
bool waitForSync(sync::SyncEngine &, QSignalSpy &finished, int timeoutMs = 60000)
{
    const qsizetype before = finished.size();
    if (!QTest::qWaitFor([&] { return finished.size() > before; }, timeoutMs))
        return false;
    return finished.last().at(0).toBool();
}

int appliedAtExchange(const test::ExchangeFixture &fixture)
{
    auto store = exchange::ExchangeStore::open(exchange::ExchangePaths(fixture.dir()).database(),
                                               QStringLiteral("sync-test-check"));
    if (!store)
        return -1;
    auto count = store.value()->cases().appliedCount();
    return count ? count.value() : -1;
}

} // namespace

class TestSyncExchange : public QObject
{
    Q_OBJECT

    test::ExchangeFixture m_exchange;

    std::unique_ptr<Client> makeClient(const QString &caBundle, const QString &p12, const QString &passphrase)
    {
        return makeClient(m_exchange, caBundle, p12, passphrase);
    }

    // A client of `fixture`'s exchange that is workstation `workstationCode` locally.
    static std::unique_ptr<Client> makeClient(const test::ExchangeFixture &fixture, const QString &caBundle,
                                              const QString &p12, const QString &passphrase,
                                              const QString &workstationCode = QStringLiteral("W01"))
    {
        QUrl url = fixture.url(QStringLiteral("/"));
        url.setPath(QString());
        return test::makeSyncClient(url, caBundle, p12, passphrase, workstationCode,
                                    test::validForm().authorityDivision);
    }

    std::unique_ptr<Client> enrolledClient()
    {
        const auto w01 = m_exchange.workstation(QStringLiteral("W01"));
        return makeClient(m_exchange.caBundlePath(), w01.p12Path, w01.passphrase);
    }

    static core::CaseRecord acceptCase(storage::CaseStore &cases, int n)
    {
        auto draft =
            cases.perform(test::newCase(n), test::request(core::CaseAction::SaveDraft, test::clerk()));
        if (!draft)
            return {};
        auto accepted = cases.perform(draft.value(), test::request(core::CaseAction::Accept, test::clerk()));
        return accepted ? accepted.value() : core::CaseRecord();
    }

    // Gives `fixture`'s exchange a new server certificate from its own CA for `hosts`, valid from
    // `validFromDays` (negative: in the past) for `days`, and restarts its server with it.
    static bool serveCertificate(test::ExchangeFixture &fixture, const QStringList &hosts, int days,
                                 int validFromDays, QString *error)
    {
        const exchange::ExchangePaths paths(fixture.dir());
        const auto issued = exchange::Pki::issueServer(paths, hosts, days, validFromDays);
        if (!issued) {
            *error = issued.error().message;
            return false;
        }
        for (const auto &written :
             {exchange::Pki::writeSecretFile(paths.serverKey(), issued.value().privateKeyPem),
              exchange::Pki::writePublicFile(paths.serverCert(), issued.value().certificatePem)}) {
            if (!written) {
                *error = written.error().message;
                return false;
            }
        }
        return fixture.restart(error);
    }

    // Signs in with a client of `fixture`'s exchange that has one accepted case waiting, and checks
    // that the sign-in is refused with `code` before anything is sent: a TLS error that says so,
    // the certificate state, the event still in the outbox, nothing applied at the exchange.
    void checkSignInRefused(const test::ExchangeFixture &fixture, Client &client, const QString &code)
    {
        const int appliedBefore = appliedAtExchange(fixture);
        QVERIFY(appliedBefore >= 0);
        QVERIFY(!acceptCase(*client.cases, 61).id.isEmpty());
        QCOMPARE(storage::OutboxStore(client.db).count(), 1);
        QSignalSpy failed(client.engine.get(), &sync::SyncEngine::signInFailed);
        QSignalSpy signedIn(client.engine.get(), &sync::SyncEngine::signedIn);
        client.engine->signIn(QStringLiteral("clerk01"),
                              test::ExchangeFixture::password(QStringLiteral("clerk01")));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        const auto syncError = failed.first().at(0).value<sync::SyncError>();
        qInfo() << "refused:" << syncError.code << syncError.message << syncError.detail;
        QCOMPARE(syncError.code, code);
        QCOMPARE(syncError.kind, sync::SyncErrorKind::Tls);
        QVERIFY(!syncError.retryable);
        QVERIFY2(syncError.message.contains(QStringLiteral("nothing was sent"), Qt::CaseInsensitive),
                 qPrintable(syncError.message));
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(client.engine->state(), sync::ConnectionState::CertificateProblem);
        QCOMPARE(client.engine->unsentCount(), 1);
        QCOMPARE(storage::OutboxStore(client.db).count(), 1);
        QCOMPARE(appliedAtExchange(fixture), appliedBefore);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
    }

    void test_sync_offline_case_reaches_exchange_once()
    {
        auto client = enrolledClient();
        QVERIFY(client);
        sync::SyncEngine &engine = *client->engine;
        QSignalSpy finished(&engine, &sync::SyncEngine::syncFinished);
        QSignalSpy signedIn(&engine, &sync::SyncEngine::signedIn);

        engine.signIn(QStringLiteral("clerk01"), test::ExchangeFixture::password(QStringLiteral("clerk01")));
        QVERIFY(waitForSync(engine, finished));
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(engine.state(), sync::ConnectionState::Online);
        const int appliedBefore = appliedAtExchange(m_exchange);
        QVERIFY(appliedBefore >= 0);

        // The exchange goes down; the clerk accepts a case.
        m_exchange.stop();
        const core::CaseRecord accepted = acceptCase(*client->cases, 41);
        QVERIFY(!accepted.id.isEmpty());
        QCOMPARE(storage::OutboxStore(client->db).count(), 1);
        engine.syncNow();
        QVERIFY(!waitForSync(engine, finished));
        QCOMPARE(engine.state(), sync::ConnectionState::ServerUnavailable);
        QCOMPARE(engine.unsentCount(), 1);
        QVERIFY(engine.connectivity()->nextAttemptAt().isValid());

        // It comes back: the event goes once, and a second sync sends nothing more.
        QString error;
        QVERIFY2(m_exchange.restart(&error), qPrintable(error));
        engine.syncNow();
        QVERIFY(waitForSync(engine, finished));
        QCOMPARE(engine.unsentCount(), 0);
        QCOMPARE(engine.lastStats().sent, 1);
        QCOMPARE(engine.state(), sync::ConnectionState::Online);
        engine.syncNow();
        QVERIFY(waitForSync(engine, finished));
        QCOMPARE(engine.lastStats().sent + engine.lastStats().duplicates, 0);
        QCOMPARE(appliedAtExchange(m_exchange), appliedBefore + 1);

        auto store = exchange::ExchangeStore::open(exchange::ExchangePaths(m_exchange.dir()).database(),
                                                   QStringLiteral("sync-test-case"));
        QVERIFY(store.ok());
        auto remote = store.value()->cases().byId(accepted.id);
        QVERIFY(remote.ok() && remote.value().has_value());
        QCOMPARE(remote.value()->version, accepted.version);
        QCOMPARE(remote.value()->state, core::CaseState::Accepted);
        QVERIFY(engine.lastSuccessfulSync().isValid());
    }

    void test_sync_online_application_appears_locally()
    {
        const QJsonArray materials = core::materialsToJson(test::completeMaterials());
        const QJsonObject application{{QStringLiteral("form"), test::validForm(52).toJson()},
                                      {QStringLiteral("materials"), materials}};
        const auto reply = test::ExchangeFixture::call(
            m_exchange.sslForPortal(), "POST", m_exchange.url(ow::protocol::Endpoint::Intake),
            QJsonObject{{QStringLiteral("application"), application}});
        QVERIFY2(reply.status == 201, reply.body.constData());
        const QString caseId = reply.json.value(QStringLiteral("caseId")).toString();
        QVERIFY(!caseId.isEmpty());

        auto client = enrolledClient();
        QVERIFY(client);
        QSignalSpy finished(client->engine.get(), &sync::SyncEngine::syncFinished);
        QSignalSpy changed(client->engine.get(), &sync::SyncEngine::casesChanged);
        client->engine->signIn(QStringLiteral("super01"),
                               test::ExchangeFixture::password(QStringLiteral("super01")));
        QVERIFY(waitForSync(*client->engine, finished));
        const auto local = client->cases->find(caseId);
        QVERIFY(local.has_value());
        QCOMPARE(local->state, core::CaseState::Submitted);
        QCOMPARE(local->origin, core::CaseOrigin::Online);
        QCOMPARE(local->form.proposedName, test::validForm(52).proposedName);
        QVERIFY(!changed.isEmpty());
        // Nothing went into the outbox for a case that came from the exchange.
        QCOMPARE(client->engine->unsentCount(), 0);
    }

    // The pulled pages are stored on the engine's store thread while the counter goes on: a case the
    // clerk saves after every stored page (on this thread, waiting for the store thread's lock when it
    // must) is saved, and every pulled case is there too.
    void test_sync_counter_saves_while_pages_are_stored()
    {
        // W01 as set up again: the feed first brings back what W01 numbered in the tests before, so
        // its receipt numbers go on after them.
        auto writer = enrolledClient();
        QVERIFY(writer);
        QVERIFY(writer->signIn(QStringLiteral("clerk01")));
        QStringList pushed;
        for (int n = 300; n < 420; ++n) {
            const core::CaseRecord accepted = acceptCase(*writer->cases, n);
            QVERIFY(!accepted.id.isEmpty());
            pushed << accepted.id;
        }
        QVERIFY(writer->sync());
        QCOMPARE(writer->engine->unsentCount(), 0);
        QCOMPARE(writer->engine->lastStats().sent, int(pushed.size()));

        const auto w02 = m_exchange.workstation(QStringLiteral("W02"));
        auto reader = makeClient(m_exchange, m_exchange.caBundlePath(), w02.p12Path, w02.passphrase,
                                 QStringLiteral("W02"));
        QVERIFY(reader);
        reader->engine->setBatchSize(5); // dozens of pages, each stored on the store thread
        QStringList saved;
        QStringList failures;
        QObject saves; // the saves still to come go with it
        connect(reader->engine.get(), &sync::SyncEngine::casesChanged, &saves, [&] {
            // Once the engine is back in its loop: the next page is then being stored.
            QTimer::singleShot(0, &saves, [&] {
                const core::CaseRecord local = acceptCase(*reader->cases, 500 + int(saved.size()));
                if (local.id.isEmpty())
                    failures << QStringLiteral("save %1 failed").arg(saved.size());
                else
                    saved << local.id;
            });
        });
        QVERIFY(reader->signIn(QStringLiteral("super01")));
        QTest::qWait(50);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY2(saved.size() >= pushed.size() / 5, qPrintable(QString::number(saved.size())));
        for (const QString &id : std::as_const(pushed))
            QVERIFY2(reader->cases->find(id).has_value(), qPrintable(id));
        for (const QString &id : std::as_const(saved))
            QVERIFY2(reader->cases->find(id).has_value(), qPrintable(id));
    }

    void test_sync_server_from_another_ca_is_refused()
    {
        test::ExchangeFixture other;
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        const auto w01 = m_exchange.workstation(QStringLiteral("W01"));
        // This exchange's workstation certificate, but the other registry's CA as the only trust.
        auto client = makeClient(other.caBundlePath(), w01.p12Path, w01.passphrase);
        QVERIFY(client);
        const int appliedBefore = appliedAtExchange(m_exchange);
        QVERIFY(!acceptCase(*client->cases, 61).id.isEmpty());
        QSignalSpy failed(client->engine.get(), &sync::SyncEngine::signInFailed);
        client->engine->signIn(QStringLiteral("clerk01"),
                               test::ExchangeFixture::password(QStringLiteral("clerk01")));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        const auto syncError = failed.first().at(0).value<sync::SyncError>();
        QCOMPARE(syncError.code, QStringLiteral("tls.untrusted_server"));
        QCOMPARE(syncError.kind, sync::SyncErrorKind::Tls);
        QVERIFY(syncError.message.contains(QStringLiteral("Nothing was sent")));
        QCOMPARE(client->engine->state(), sync::ConnectionState::CertificateProblem);
        QCOMPARE(client->engine->unsentCount(), 1);
        QCOMPARE(appliedAtExchange(m_exchange), appliedBefore);
    }

    void test_sync_without_client_certificate_is_refused()
    {
        auto client = makeClient(m_exchange.caBundlePath(), QString(), QString());
        QVERIFY(client);
        const int appliedBefore = appliedAtExchange(m_exchange);
        QSignalSpy failed(client->engine.get(), &sync::SyncEngine::signInFailed);
        client->engine->signIn(QStringLiteral("clerk01"),
                               test::ExchangeFixture::password(QStringLiteral("clerk01")));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        const auto syncError = failed.first().at(0).value<sync::SyncError>();
        qInfo() << "without a client certificate:" << syncError.code << syncError.message << syncError.detail;
        // Exactly this code whether the exchange's alert or its close reaches the client first.
        QCOMPARE(syncError.code, QStringLiteral("tls.client_certificate_required"));
        QCOMPARE(syncError.kind, sync::SyncErrorKind::Tls);
        QVERIFY(syncError.message.contains(QStringLiteral("Nothing was sent")));
        QCOMPARE(client->engine->state(), sync::ConnectionState::CertificateProblem);
        QCOMPARE(appliedAtExchange(m_exchange), appliedBefore);
    }

    void test_sync_expired_server_certificate_is_refused()
    {
        // Another exchange (so the shared one keeps its certificate) whose server certificate,
        // from the CA the client trusts, ran out twenty days ago.
        test::ExchangeFixture other;
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        QVERIFY2(serveCertificate(other, {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}, 10, -30,
                                  &error),
                 qPrintable(error));
        const auto w01 = other.workstation(QStringLiteral("W01"));
        auto client = makeClient(other, other.caBundlePath(), w01.p12Path, w01.passphrase);
        QVERIFY(client);
        checkSignInRefused(other, *client, QStringLiteral("tls.server_certificate_expired"));
    }

    void test_sync_server_certificate_for_another_host_is_refused()
    {
        // Valid and from the trusted CA, but issued for exchange.example.org only; the client
        // connects to 127.0.0.1.
        test::ExchangeFixture other;
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        QVERIFY2(serveCertificate(other, {QStringLiteral("exchange.example.org")}, 30, 0, &error),
                 qPrintable(error));
        const auto w01 = other.workstation(QStringLiteral("W01"));
        auto client = makeClient(other, other.caBundlePath(), w01.p12Path, w01.passphrase);
        QVERIFY(client);
        checkSignInRefused(other, *client, QStringLiteral("tls.host_name_mismatch"));
    }

    void test_sync_revoked_workstation_is_refused()
    {
        // A workstation of its own, so W01 and W02 stay valid for the other tests.
        QString error;
        const auto w08 = m_exchange.enrol(QStringLiteral("W08"), &error);
        QVERIFY2(!w08.code.isEmpty(), qPrintable(error));
        QVERIFY2(m_exchange.revoke(QStringLiteral("W08"), &error), qPrintable(error));
        auto client =
            makeClient(m_exchange, m_exchange.caBundlePath(), w08.p12Path, w08.passphrase, w08.code);
        QVERIFY(client);
        checkSignInRefused(m_exchange, *client, QStringLiteral("tls.certificate_revoked"));
    }

    void test_sync_workstation_revoked_after_sign_in_is_refused()
    {
        QString error;
        const auto w07 = m_exchange.enrol(QStringLiteral("W07"), &error);
        QVERIFY2(!w07.code.isEmpty(), qPrintable(error));
        auto client =
            makeClient(m_exchange, m_exchange.caBundlePath(), w07.p12Path, w07.passphrase, w07.code);
        QVERIFY(client);
        sync::SyncEngine &engine = *client->engine;
        QSignalSpy finished(&engine, &sync::SyncEngine::syncFinished);
        QSignalSpy log(&engine, &sync::SyncEngine::logEntry);
        engine.signIn(QStringLiteral("clerk01"), test::ExchangeFixture::password(QStringLiteral("clerk01")));
        QVERIFY(waitForSync(engine, finished));
        QCOMPARE(engine.state(), sync::ConnectionState::Online);

        // Signed in, with a valid session; then the administrator revokes the workstation and
        // the clerk accepts a case.
        QVERIFY2(m_exchange.revoke(QStringLiteral("W07"), &error), qPrintable(error));
        const int appliedBefore = appliedAtExchange(m_exchange);
        QVERIFY(appliedBefore >= 0);
        QVERIFY(!acceptCase(*client->cases, 71).id.isEmpty());
        QCOMPARE(engine.unsentCount(), 1);
        log.clear();
        engine.syncNow();
        QVERIFY(!waitForSync(engine, finished));

        const sync::SyncError &syncError = engine.connectivity()->lastError();
        qInfo() << "revoked after sign-in:" << syncError.code << syncError.message << syncError.detail;
        QCOMPARE(syncError.code, QStringLiteral("tls.certificate_revoked"));
        QCOMPARE(syncError.kind, sync::SyncErrorKind::Tls);
        QVERIFY(!syncError.retryable);
        QVERIFY(!syncError.requestId.isEmpty());
        QVERIFY2(syncError.message.contains(QStringLiteral("nothing was sent"), Qt::CaseInsensitive),
                 qPrintable(syncError.message));
        QCOMPARE(engine.state(), sync::ConnectionState::CertificateProblem);
        QCOMPARE(engine.unsentCount(), 1);
        QCOMPARE(storage::OutboxStore(client->db).count(), 1);
        QCOMPARE(engine.lastStats().sent, 0);
        QCOMPARE(appliedAtExchange(m_exchange), appliedBefore);
        // The clerk sees it in the sync log, with the exchange's request id.
        bool logged = false;
        for (const QList<QVariant> &entry : std::as_const(log)) {
            const auto e = entry.at(0).value<sync::SyncLogEntry>();
            logged = logged || (e.code == syncError.code && e.requestId == syncError.requestId &&
                                e.level == sync::SyncLogEntry::Level::Error);
        }
        QVERIFY(logged);
    }

    void test_sync_wrong_password_is_refused()
    {
        auto client = enrolledClient();
        QVERIFY(client);
        QSignalSpy failed(client->engine.get(), &sync::SyncEngine::signInFailed);
        client->engine->signIn(QStringLiteral("clerk01"), QStringLiteral("not the password"));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        const auto syncError = failed.first().at(0).value<sync::SyncError>();
        QCOMPARE(syncError.code, QStringLiteral("auth.invalid_credentials"));
        QVERIFY(!syncError.requestId.isEmpty());
        QCOMPARE(client->engine->state(), sync::ConnectionState::SessionExpired);
    }
};

QTEST_GUILESS_MAIN(TestSyncExchange)
#include "test_sync_exchange.moc"
