// The registered-entity directory's snapshot (issue 11 §1): a new workstation downloads and indexes
// the province's directory of 1,000,000 entities from the real exchange (in this process, loopback
// mutual TLS, fresh PKI) through the real SyncEngine, page by page, into its cache with the search
// index. Target: ≤ 60 s on the 2-core machine.
//
//   bench_directory_snapshot [--entities N] [--page P]   (P: entities per page, default the engine's 5000)
//
// The exchange is seeded first (each entity's licence and its `licence` change, as a confirmed
// licence leaves them; not timed with the download). Prints `name: value unit` lines.
#include "BenchSupport.h"
#include "exchange/ExchangeAdmin.h"
#include "exchange/ExchangeStore.h"
#include "exchange/LicenceRegistry.h"
#include "protocol/DirectoryWire.h"
#include "storage/EnterpriseDirectory.h"
#include "storage/SearchIndex.h"
#include "support/CaseSeed.h"
#include "support/ExchangeFixture.h"
#include "support/SyncClient.h"
#include "support/SyntheticEntities.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

using bench::argument;
using bench::cpuSeconds;
using bench::line;

// `count` synthetic entities published at the exchange of `dir`, in transactions of 20,000.
bool seed(const QString &dir, int count)
{
    auto store = exchange::ExchangeAdmin::openStore(dir);
    if (!store) {
        std::fprintf(stderr, "store: %s\n", qPrintable(store.error().message));
        return false;
    }
    exchange::ExchangeStore &s = *store.value();
    exchange::LicenceRegistry registry(s);
    test::SyntheticEntities synthetic(20261202);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (int done = 0; done < count;) {
        if (!s.begin())
            return false;
        const int n = std::min(20000, count - done);
        for (int i = 0; i < n; ++i) {
            const core::RegisteredEntity entity = synthetic.next();
            const QString caseId = u"seed-"_s + QString::number(done + i);
            if (auto r = s.licences().put(entity, caseId, {}); !r) {
                s.rollback();
                std::fprintf(stderr, "seed: %s\n", qPrintable(r.error().message));
                return false;
            }
            if (auto r = registry.announce(entity, caseId, at); !r) {
                s.rollback();
                std::fprintf(stderr, "seed: %s\n", qPrintable(r.error().message));
                return false;
            }
        }
        if (!s.commit())
            return false;
        done += n;
        if (done % 100000 == 0)
            std::fprintf(stderr, "  seeded %d\n", done);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"onewindow.*.debug=false\nonewindow.*.info=false"_s);
    const QStringList args = app.arguments();
    const int entities = argument(args, u"--entities"_s, 1000000);
    // The engine's own page size unless asked otherwise: the benchmark measures what a counter does.
    const int page = argument(args, u"--page"_s, protocol::directory::MaxPerPage);

    test::ExchangeFixture exchange;
    QString error;
    if (!exchange.start(&error)) {
        std::fprintf(stderr, "exchange: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!seed(exchange.dir(), entities))
        return 1;
    line("directory_seed_seconds", double(timer.elapsed()) / 1000, "s");

    exchange.enrol(u"W03"_s, &error);
    auto counter = test::makeSyncClient(exchange, u"W03"_s, QLatin1String(test::seed::Division));
    if (!counter)
        return 1;
    counter->engine->setDirectoryPageSize(page);
    // Downloaded (every page staged), then indexed (in the cache with its search index).
    qint64 downloadMs = -1;
    qint64 snapshotMs = -1;
    QObject::connect(counter->engine.get(), &sync::SyncEngine::directoryProgress,
                     [&](qint64 stored, qint64 total) {
                         if (stored >= total && downloadMs < 0)
                             downloadMs = timer.elapsed();
                     });
    QObject::connect(counter->engine.get(), &sync::SyncEngine::directoryIndexing, [&](int percent) {
        if (percent >= 100 && snapshotMs < 0)
            snapshotMs = timer.elapsed();
    });
    const double cpuBefore = cpuSeconds();
    timer.restart();
    if (!counter->signIn(u"clerk01"_s, 30 * 60 * 1000)) { // signs in and syncs
        std::fprintf(stderr, "the first sync failed\n");
        return 1;
    }
    const double firstSync = double(timer.elapsed()) / 1000;
    const double cpu = cpuSeconds() - cpuBefore;
    const int stored = storage::EnterpriseDirectory(counter->db).count();
    if (stored != entities) {
        std::fprintf(stderr, "%d entities in the cache, %d expected\n", stored, entities);
        return 1;
    }
    line("directory_entities", stored, "entities");
    line("directory_download_seconds", double(downloadMs) / 1000, "s");
    line("directory_snapshot_seconds", double(snapshotMs) / 1000, "s");
    line("directory_first_sync_seconds", firstSync, "s");
    line("directory_first_sync_cpu_seconds", cpu, "s");
    line("directory_rate", stored / std::max(0.001, double(snapshotMs) / 1000), "entities/s");
    line("directory_cache_mb", double(QFileInfo(counter->dir.filePath(u"cases.sqlite"_s)).size()) / 1e6,
         "MB");

    // The index is whole: a search by a legal representative's name finds entities.
    const auto found = storage::SearchIndex(counter->db).search(u"王"_s, 20);
    line("directory_search_hits", double(found.size()), "results");
    exchange.stop();
    return found.isEmpty() ? 1 : 0;
}
