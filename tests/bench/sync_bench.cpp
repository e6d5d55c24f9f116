// Sync benchmark (issue 3 §4): the real SyncEngine / ExchangeClient against the real exchange
// (in this process, loopback mutual TLS, fresh PKI):
//   - push 10,000 outbox events (accepted cases, ~1.5 KB each) from W01 as clerk01;
//   - pull the 10,000 changes into a fresh cache at W02 (supervisor);
//   - beside them, the limit: a bare HTTPS request loop (GET /api/v1/health, keep-alive, the same
//     TLS set-up) against the same server.
// Target: 10,000 events pushed in 10 s or less on the 2-core machine.
//
//   sync_bench [--events N] [--requests R]
//
// Prints `name: value unit` lines.

#include "BenchSupport.h"
#include "core/DomainEvent.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "support/CaseSeed.h"
#include "support/ExchangeFixture.h"
#include "sync/ExchangeClient.h"
#include "sync/ExchangeSettings.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace ow;

namespace {

using bench::argument;
using bench::cpuSeconds;
using bench::line;

struct Client
{
    QTemporaryDir dir;
    std::shared_ptr<storage::Database> db;
    std::unique_ptr<sync::SyncEngine> engine;
};

std::unique_ptr<Client> makeClient(const test::ExchangeFixture &exchange, const QString &workstation,
                                   const QString &user)
{
    auto client = std::make_unique<Client>();
    auto db = storage::Database::open(client->dir.filePath(QStringLiteral("cases.sqlite")));
    if (!db) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(db.error().message));
        return nullptr;
    }
    client->db = db.value();
    client->engine =
        std::make_unique<sync::SyncEngine>(client->db, workstation, QLatin1String(test::seed::Division));
    const auto w = exchange.workstation(workstation);
    sync::ExchangeSettings settings;
    settings.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(exchange.port()));
    settings.caBundlePath = exchange.caBundlePath();
    settings.clientCertificatePath = w.p12Path;
    auto ssl = sync::TlsSetup::fromSettings(settings, w.passphrase.toUtf8());
    if (!ssl) {
        std::fprintf(stderr, "tls: %s\n", qPrintable(ssl.error().message));
        return nullptr;
    }
    client->engine->configure(settings, ssl.value());
    // A session as the sign-in gives it, made before the clock starts (sign-in costs a scrypt).
    test::ExchangeFixture::Reply reply;
    exchange.signIn(workstation, user, &reply);
    auto session = sync::ExchangeClient::parseSession(reply.json, true);
    if (!session) {
        std::fprintf(stderr, "sign-in: %d %s\n", reply.status, reply.body.constData());
        return nullptr;
    }
    client->engine->setSession(session.value());
    return client;
}

// Runs one sync; returns false when it failed. `pushed` gets the time the last batch settled.
bool syncOnce(sync::SyncEngine &engine, qint64 *totalMs, qint64 *pushedMs = nullptr)
{
    QEventLoop loop;
    bool ok = false;
    QElapsedTimer clock;
    auto progress = QObject::connect(&engine, &sync::SyncEngine::progress, &loop, [&](int done, int total) {
        if (pushedMs && done > 0 && done == total)
            *pushedMs = clock.elapsed();
    });
    auto finished = QObject::connect(&engine, &sync::SyncEngine::syncFinished, &loop, [&](bool result) {
        ok = result;
        loop.quit();
    });
    auto logged =
        QObject::connect(&engine, &sync::SyncEngine::logEntry, &loop, [](const sync::SyncLogEntry &e) {
            if (e.level != sync::SyncLogEntry::Level::Info)
                std::fprintf(stderr, "sync: %s\n", qPrintable(e.message));
        });
    clock.start();
    engine.syncNow();
    loop.exec();
    *totalMs = clock.elapsed();
    QObject::disconnect(progress);
    QObject::disconnect(finished);
    QObject::disconnect(logged);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        qEnvironmentVariableIsSet("OW_BENCH_LOG")
            ? QStringLiteral("onewindow.*.debug=false\nonewindow.exchange.request.debug=true")
            : QStringLiteral("onewindow.*.debug=false\nonewindow.*.info=false"));
    const QStringList args = QCoreApplication::arguments();
    const int events = argument(args, QStringLiteral("--events"), 10000);
    const int requests = argument(args, QStringLiteral("--requests"), 2000);

    test::ExchangeFixture exchange;
    QString error;
    if (!exchange.start(&error)) {
        std::fprintf(stderr, "exchange: %s\n", qPrintable(error));
        return 1;
    }

    // The counter with `events` accepted cases waiting in its outbox.
    auto counter = makeClient(exchange, QStringLiteral("W01"), QStringLiteral("clerk01"));
    if (!counter)
        return 1;
    QElapsedTimer clock;
    clock.start();
    auto seeded = test::seed::acceptedCases(counter->db, events, 0, test::seed::clerk(), true);
    if (!seeded) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(seeded.error().message));
        return 1;
    }
    std::fprintf(stderr, "seeded %d accepted cases in %.1f s\n", events, double(clock.elapsed()) / 1000.0);
    qint64 bytes = 0;
    for (const core::DomainEvent &event : storage::OutboxStore(counter->db).pending(events))
        bytes += event.toJsonText().size();
    line("event_bytes_average", double(bytes) / events, "bytes");

    // The limit: bare HTTPS requests on one keep-alive connection with the same TLS set-up.
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(exchange.url(ow::protocol::Endpoint::Health));
        request.setSslConfiguration(exchange.sslFor(QStringLiteral("W01")));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        int done = 0;
        int failed = 0;
        QEventLoop loop;
        std::function<void()> next = [&] {
            QNetworkReply *reply = manager.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                if (reply->error() != QNetworkReply::NoError)
                    ++failed;
                reply->readAll();
                reply->deleteLater();
                if (++done == requests)
                    loop.quit();
                else
                    next();
            });
        };
        clock.restart();
        next();
        loop.exec();
        const double seconds = double(clock.elapsed()) / 1000.0;
        if (failed > 0)
            std::fprintf(stderr, "bare loop: %d of %d requests failed\n", failed, requests);
        line("bare_https_requests_per_second", requests / seconds, "requests/s");
    }

    qint64 totalMs = 0;
    qint64 pushedMs = 0;
    double cpu = cpuSeconds();
    bench::perfPhase("push", true);
    const bool pushed = syncOnce(*counter->engine, &totalMs, &pushedMs);
    bench::perfPhase("push", false);
    if (!pushed || counter->engine->unsentCount() != 0 || counter->engine->lastStats().sent != events) {
        std::fprintf(stderr, "push failed: %d sent, %d unsent\n", counter->engine->lastStats().sent,
                     counter->engine->unsentCount());
        return 1;
    }
    line("events_pushed_per_second", events / (double(pushedMs) / 1000.0), "events/s");
    line("push_10000_seconds", double(pushedMs) / 1000.0 * 10000.0 / events, "s");
    line("push_sync_total_seconds", double(totalMs) / 1000.0, "s");
    line("push_10000_cpu_seconds", (cpuSeconds() - cpu) * 10000.0 / events, "s");

    // A fresh cache at another workstation pulls all of them.
    auto supervisor = makeClient(exchange, QStringLiteral("W02"), QStringLiteral("super01"));
    if (!supervisor)
        return 1;
    cpu = cpuSeconds();
    bench::perfPhase("pull", true);
    const bool pulledAll = syncOnce(*supervisor->engine, &totalMs);
    bench::perfPhase("pull", false);
    if (!pulledAll || supervisor->engine->lastStats().applied < events) {
        std::fprintf(stderr, "pull failed: %d received, %d applied\n",
                     supervisor->engine->lastStats().received, supervisor->engine->lastStats().applied);
        return 1;
    }
    const int pulled = supervisor->engine->lastStats().received;
    line("changes_pulled_per_second", pulled / (double(totalMs) / 1000.0), "changes/s");
    line("pull_10000_seconds", double(totalMs) / 1000.0 * 10000.0 / pulled, "s");
    line("pull_10000_cpu_seconds", (cpuSeconds() - cpu) * 10000.0 / pulled, "s");
    return 0;
}
