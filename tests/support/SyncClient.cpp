#include "SyncClient.h"

#include "sync/ExchangeSettings.h"

#include <QSignalSpy>
#include <QTest>

namespace ow::test {
namespace {

bool waitForFinished(sync::SyncEngine &engine, const std::function<void()> &start, int timeoutMs)
{
    QSignalSpy finished(&engine, &sync::SyncEngine::syncFinished);
    start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs))
        return false;
    return finished.first().at(0).toBool();
}

} // namespace

bool SyncClient::signIn(const QString &user, int timeoutMs)
{
    return waitForFinished(
        *engine, [&] { engine->signIn(user, ExchangeFixture::password(user)); }, timeoutMs);
}

bool SyncClient::signIn(const QString &user, const QString &password, int timeoutMs)
{
    return waitForFinished(
        *engine, [&] { engine->signIn(user, password); }, timeoutMs);
}

bool SyncClient::sync(int timeoutMs)
{
    return waitForFinished(
        *engine, [&] { engine->syncNow(); }, timeoutMs);
}

std::unique_ptr<SyncClient> makeSyncClient(const ExchangeFixture &exchange, const QString &code,
                                           const QString &authority)
{
    const ExchangeFixture::Workstation w = exchange.workstation(code);
    return makeSyncClient(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(exchange.port())),
                          exchange.caBundlePath(), w.p12Path, w.passphrase, code, authority);
}

std::unique_ptr<SyncClient> makeSyncClient(const QUrl &url, const QString &caBundle, const QString &p12,
                                           const QString &passphrase, const QString &code,
                                           const QString &authority)
{
    auto client = std::make_unique<SyncClient>();
    auto db = storage::Database::open(client->dir.filePath(QStringLiteral("cases.sqlite")));
    if (!db) {
        qWarning() << "cache:" << db.error().message;
        return nullptr;
    }
    client->db = db.value();
    client->cases = std::make_unique<storage::CaseStore>(client->db, code, authority);
    client->engine = std::make_unique<sync::SyncEngine>(client->db, code, authority);
    sync::ExchangeSettings settings;
    settings.url = url;
    settings.caBundlePath = caBundle;
    settings.clientCertificatePath = p12;
    settings.timeoutMs = 15000;
    auto ssl = sync::TlsSetup::fromSettings(settings, passphrase.toUtf8());
    if (!ssl) {
        qWarning() << "tls:" << ssl.error().message;
        return nullptr;
    }
    client->engine->configure(settings, ssl.value());
    return client;
}

} // namespace ow::test
