// The directory's snapshot going into the cache (storage::DirectorySnapshot): staged pages, then the
// bulk steps, each its own transaction, stopped anywhere and resumed from a reopened file; entities
// the cache already held are replaced, not doubled, and leave no stale search tokens.
#include "storage/Database.h"
#include "storage/DirectorySnapshot.h"
#include "storage/EnterpriseDirectory.h"
#include "storage/SearchIndex.h"
#include "storage/SyncStateStore.h"
#include "support/SyntheticEntities.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace ow::storage;
using namespace Qt::StringLiterals;

namespace {

bool hasCode(const QList<SearchHit> &hits, const QString &code)
{
    return std::any_of(hits.begin(), hits.end(), [&](const SearchHit &hit) { return hit.refId == code; });
}

qint64 countOf(const std::shared_ptr<Database> &db, const QString &statement)
{
    QSqlQuery query(db->connection());
    return query.exec(statement) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestDirectorySnapshot : public QObject
{
    Q_OBJECT

private slots:
    void stagedPagesGoIntoTheCacheInResumableSteps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cases.sqlite"_s);
        auto db = Database::open(path).value();

        // 60,000 entities: two transactions of bigrams. One the cache already holds under its former
        // name and legal representative, and one it holds that the snapshot does not have.
        test::SyntheticEntities synthetic(11);
        QList<EnterpriseRecord> records;
        for (int i = 0; i < 60000; ++i)
            records << EnterpriseRecord::fromEntity(synthetic.next());
        std::sort(records.begin(), records.end(),
                  [](const EnterpriseRecord &a, const EnterpriseRecord &b) { return a.code < b.code; });
        EnterpriseRecord before = records.at(100);
        before.name = u"太原市旧称商贸有限公司"_s;
        before.legalRep = u"欧阳旧"_s;
        const EnterpriseRecord other = EnterpriseRecord::fromEntity(synthetic.next());
        EnterpriseDirectory directory(db);
        QVERIFY(directory.upsert({before, other}));

        // Staged in two pages: nothing of them in the cache yet.
        for (const auto &page : {records.mid(0, 30000), records.mid(30000)}) {
            QVERIFY(db->transaction([&]() -> Result<void> {
                QSqlDatabase connection = db->connection();
                if (auto r = DirectorySnapshot::stage(connection, page); !r)
                    return r;
                return page.constLast().code == records.constLast().code
                           ? DirectorySnapshot::markDownloaded(connection)
                           : Result<void>();
            }));
        }
        QCOMPARE(directory.count(), 2);
        QVERIFY(DirectorySnapshot(db).downloaded());

        // The rows step, then a restart.
        auto first = DirectorySnapshot(db).advance();
        QVERIFY(first && !first.value().complete);
        QCOMPARE(directory.count(), 60001);
        QCOMPARE(directory.find(before.code)->name, records.at(100).name);
        db.reset();
        db = Database::open(path).value();
        DirectorySnapshot snapshot(db);
        QVERIFY(snapshot.downloaded());
        int steps = 0;
        int percent = first.value().percent;
        for (;;) {
            auto step = snapshot.advance();
            QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
            QVERIFY(step.value().percent >= percent);
            percent = step.value().percent;
            ++steps;
            if (step.value().complete)
                break;
            QVERIFY(steps < 10);
        }
        QCOMPARE(steps, 3); // search entries, two transactions of bigrams
        QCOMPARE(percent, 100);
        QVERIFY(!snapshot.downloaded());
        QCOMPARE(SyncStateStore(db).value(DirectorySnapshot::DoneKey), u"1"_s);
        QCOMPARE(countOf(db, u"SELECT count(*) FROM directory_staging"_s), 0);
        // One search entry per entity, the replaced one under its new name only.
        QCOMPARE(countOf(db, u"SELECT count(*) FROM search_entry WHERE kind = 1"_s), 60001);
        SearchIndex index(db);
        QVERIFY(!hasCode(index.search(u"旧称"_s), before.code));
        QVERIFY(!hasCode(index.search(u"欧阳旧"_s), before.code));
        QVERIFY(hasCode(index.search(records.at(100).legalRep, 500), before.code));
        QVERIFY(hasCode(index.search(other.name), other.code));
        // Exact, prefix and contains matches over both transactions of bigrams.
        for (const int at : {0, 29999, 45000, 59999}) {
            const EnterpriseRecord &r = records.at(at);
            QVERIFY2(hasCode(index.search(r.name), r.code), qPrintable(r.name));
            QVERIFY2(hasCode(index.search(r.code), r.code), qPrintable(r.code));
            const QString middle = r.name.mid(r.name.indexOf(r.tradeName), r.tradeName.size() + 1);
            QVERIFY2(middle.size() >= 3 && hasCode(index.search(middle, 5000), r.code), qPrintable(middle));
            QVERIFY2(hasCode(index.search(r.legalRep.right(2), 5000), r.code), qPrintable(r.legalRep));
        }
        // The name check's index is back.
        QCOMPARE(countOf(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'enterprises_clash'"_s), 1);
        QCOMPARE(countOf(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'search_entry_name'"_s), 1);
    }

    void aStepThatFailsChangesNothing()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"cases.sqlite"_s)).value();
        QVERIFY(db->transaction([&]() -> Result<void> {
            QSqlDatabase connection = db->connection();
            return SyncStateStore::setValue(connection, DirectorySnapshot::StepKey, u"bigrams:5:x"_s);
        }));
        auto step = DirectorySnapshot(db).advance();
        QVERIFY(!step);
        QCOMPARE(step.error().code, u"storage.invalid"_s);
        QCOMPARE(SyncStateStore(db).value(DirectorySnapshot::StepKey), u"bigrams:5:x"_s);
    }
};

QTEST_GUILESS_MAIN(TestDirectorySnapshot)
#include "test_storage_directory_snapshot.moc"
