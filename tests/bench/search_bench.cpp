// Search benchmark: fills a registered-enterprise cache with synthetic but realistic Shanxi
// enterprises (valid unified social credit codes) and measures SearchIndex::search, the path the
// clerk's search box uses, for queries of 1 to 6 characters drawn from real substrings.
//
//   search_bench [database path] [--count N] [--queries Q] [--limit L]
//
// Without a path the cache is kept in the temp directory and reused by the next run (a fill of
// 1,000,000 takes minutes). Prints `name: value unit` lines.

#include "storage/Database.h"
#include "storage/EnterpriseDirectory.h"
#include "storage/SearchIndex.h"
#include "support/SyntheticEntities.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ow;

namespace {

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void print(const char *name, double value, const char *unit, int decimals = 2)
{
    std::printf("%s: %.*f %s\n", name, decimals, value, unit);
    std::fflush(stdout);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("onewindow.*.debug=false"));
    int count = 1000000;
    int queries = 200;
    int limit = 50;
    QString path;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--count") && i + 1 < args.size())
            count = args[++i].toInt();
        else if (args[i] == QStringLiteral("--queries") && i + 1 < args.size())
            queries = args[++i].toInt();
        else if (args[i] == QStringLiteral("--limit") && i + 1 < args.size())
            limit = args[++i].toInt();
        else
            path = args[i];
    }
    if (path.isEmpty())
        path = QDir::temp().filePath(QStringLiteral("onewindow_search_bench_%1.db").arg(count));

    storage::Database::Options options;
    options.quickCheck = false; // a 1 GB cache: the check is measured by the startup benchmark
    QElapsedTimer timer;
    timer.start();
    auto opened = storage::Database::open(path, options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    print("open_time", double(timer.nsecsElapsed()) / 1e6, "ms");
    std::shared_ptr<storage::Database> db = opened.value();
    storage::EnterpriseDirectory directory(db);
    storage::SearchIndex index(db);

    const int existing = directory.count();
    if (existing >= count) {
        std::fprintf(stderr, "reusing %s with %d enterprises\n", qPrintable(path), existing);
    } else {
        std::fprintf(stderr, "filling %s with %d enterprises\n", qPrintable(path), count - existing);
        test::SyntheticEntities entities(20261126u + quint32(existing));
        constexpr int Batch = 20000;
        timer.restart();
        for (int done = existing; done < count;) {
            const int n = std::min(Batch, count - done);
            QList<storage::EnterpriseRecord> batch;
            batch.reserve(n);
            for (int i = 0; i < n; ++i)
                batch.append(storage::EnterpriseRecord::fromEntity(entities.next()));
            if (auto r = directory.upsert(batch); !r) {
                std::fprintf(stderr, "fill failed: %s\n", qPrintable(r.error().message));
                return 1;
            }
            done += n;
            if (done % 100000 == 0)
                std::fprintf(stderr, "  %d (%.0f s)\n", done, double(timer.elapsed()) / 1000);
        }
        print("fill_time", double(timer.elapsed()) / 1000, "s", 1);
        timer.restart();
        if (auto r = index.optimize(); !r) {
            std::fprintf(stderr, "optimize failed: %s\n", qPrintable(r.error().message));
            return 1;
        }
        print("optimize_time", double(timer.elapsed()) / 1000, "s", 1);
    }
    print("enterprises", directory.count(), "count", 0);
    print("db_size", double(QFileInfo(path).size()) / 1048576.0, "MB", 0);

    // Queries: substrings of real names (70 %), legal representatives (15 %) and codes (15 %).
    QRandomGenerator random(42);
    const int total = directory.count();
    QSqlQuery row(db->connection());
    row.prepare(QStringLiteral("SELECT name, legal_rep, code FROM enterprises WHERE rowid = ?"));
    auto sample = [&](int length) {
        for (;;) {
            row.bindValue(0, 1 + random.bounded(total));
            if (!row.exec() || !row.next())
                continue;
            const int which = random.bounded(100);
            const QString field = row.value(which < 70 ? 0 : which < 85 ? 1 : 2).toString();
            row.finish();
            const QList<uint> cps = field.toUcs4();
            if (cps.size() < length)
                continue;
            const qsizetype start = random.bounded(int(cps.size() - length + 1));
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + start), length);
        }
    };
    for (int i = 0; i < 20; ++i) // warm the statement cache and the page cache a little
        index.search(sample(1 + i % 6), limit);

    std::vector<double> everything;
    for (int length = 1; length <= 6; ++length) {
        std::vector<double> times;
        qint64 hits = 0;
        for (int i = 0; i < queries; ++i) {
            const QString query = sample(length);
            QElapsedTimer t;
            t.start();
            const QList<storage::SearchHit> found = index.search(query, limit);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            hits += found.size();
        }
        everything.insert(everything.end(), times.begin(), times.end());
        const QByteArray p50 = "search_p50_len" + QByteArray::number(length);
        const QByteArray p95 = "search_p95_len" + QByteArray::number(length);
        const QByteArray max = "search_max_len" + QByteArray::number(length);
        const QByteArray avgHits = "search_hits_len" + QByteArray::number(length);
        print(p50.constData(), percentile(times, 0.50), "ms", 3);
        print(p95.constData(), percentile(times, 0.95), "ms", 3);
        print(max.constData(), *std::max_element(times.begin(), times.end()), "ms", 3);
        print(avgHits.constData(), double(hits) / queries, "hits", 1);
    }
    print("search_p95_all", percentile(everything, 0.95), "ms", 3);
    print("rss", double(statusKiB("VmRSS")) / 1024, "MB", 0);
    print("rss_peak", double(statusKiB("VmHWM")) / 1024, "MB", 0);
    return 0;
}
