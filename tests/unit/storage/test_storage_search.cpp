// One index over cases and enterprises: ranked exact, prefix, contains; 1- and 2-character
// queries; codes case-insensitive; entries replaced and removed.

#include "storage/Database.h"
#include "storage/EnterpriseDirectory.h"
#include "storage/SearchIndex.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace ow::storage;

Q_DECLARE_METATYPE(ow::storage::MatchRank)

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    bool put(const SearchEntry &entry)
    {
        return m_db
            ->transaction([&]() -> Result<void> {
                QSqlDatabase db = m_db->connection();
                if (!SearchIndex::upsert(db, entry))
                    return Error{QStringLiteral("test"), QStringLiteral("upsert failed"), {}};
                return {};
            })
            .ok();
    }

    static SearchEntry enterprise(const QString &code, const QString &name, const QString &person)
    {
        return {SearchKind::Enterprise, code, name, code, person, {}};
    }

private slots:
    static QList<SearchEntry> fixtures()
    {
        return {
            enterprise(QStringLiteral("91140105MA0K1234X1"), QStringLiteral("太原市鑫源商贸有限公司"),
                       QStringLiteral("王建国")),
            enterprise(QStringLiteral("91140105MA0K5678Y2"), QStringLiteral("太原市鑫源科技有限公司"),
                       QStringLiteral("李丽")),
            enterprise(QStringLiteral("91140106MA0K9999Z3"), QStringLiteral("山西晋昌鑫源物流有限公司"),
                       QStringLiteral("鑫源")),
            enterprise(QStringLiteral("91140107MA0K0001A4"), QStringLiteral("鑫源"), QStringLiteral("张伟")),
            enterprise(QStringLiteral("91140108MA0K0002B5"), QStringLiteral("大同市恒通煤业有限公司"),
                       QStringLiteral("赵强")),
            enterprise(QStringLiteral("91140108MA0K0003C6"), QStringLiteral("Shanxi ABC Trading"),
                       QStringLiteral("Smith")),
            {SearchKind::Case,
             QStringLiteral("case-1"),
             QStringLiteral("太原市瑞祥餐饮管理有限公司"),
             {},
             QStringLiteral("周杰"),
             QStringLiteral("140105-20261126-W01-0001")},
            {SearchKind::Case,
             QStringLiteral("case-2"),
             QStringLiteral("太原市𠀋记商贸有限公司"),
             {},
             QStringLiteral("吴𠮷"),
             QString()}};
    }

    static QStringList found(const std::shared_ptr<Database> &db, const QString &query)
    {
        QStringList hits;
        for (const SearchHit &hit : SearchIndex(db).search(query))
            hits << QStringLiteral("%1:%2:%3").arg(hit.refId).arg(int(hit.rank)).arg(hit.receipt);
        return hits;
    }

private slots:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("search.db"))).value();
        for (const SearchEntry &entry : fixtures())
            QVERIFY(put(entry));
    }

    void cleanupTestCase() { m_db.reset(); }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::addColumn<MatchRank>("rank");
        QTest::addColumn<int>("count");

        QTest::newRow("exact name before contains")
            << QStringLiteral("鑫源") << QStringLiteral("91140107MA0K0001A4") << MatchRank::Exact << 4;
        QTest::newRow("exact code") << QStringLiteral("91140105MA0K1234X1")
                                    << QStringLiteral("91140105MA0K1234X1") << MatchRank::Exact << 1;
        QTest::newRow("code in lower case") << QStringLiteral("91140105ma0k1234x1")
                                            << QStringLiteral("91140105MA0K1234X1") << MatchRank::Exact << 1;
        QTest::newRow("code prefix") << QStringLiteral("91140108") << QStringLiteral("91140108MA0K0002B5")
                                     << MatchRank::Prefix << 2;
        QTest::newRow("organisation code")
            << QStringLiteral("MA0K9999Z") << QStringLiteral("91140106MA0K9999Z3") << MatchRank::Exact << 1;
        QTest::newRow("organisation code with its dash, lower case")
            << QStringLiteral("ma0k9999-z") << QStringLiteral("91140106MA0K9999Z3") << MatchRank::Exact << 1;
        QTest::newRow("receipt middle (trigram)")
            << QStringLiteral("1126-W01") << QStringLiteral("case-1") << MatchRank::Contains << 1;
        QTest::newRow("three characters, not consecutive in the name")
            << QStringLiteral("ran") << QString() << MatchRank::Contains << 0; // RA and AN, apart
        QTest::newRow("three characters of an enterprise")
            << QStringLiteral("恒通煤") << QStringLiteral("91140108MA0K0002B5") << MatchRank::Contains << 1;
        QTest::newRow("exact person")
            << QStringLiteral("王建国") << QStringLiteral("91140105MA0K1234X1") << MatchRank::Exact << 1;
        QTest::newRow("person prefix")
            << QStringLiteral("李") << QStringLiteral("91140105MA0K5678Y2") << MatchRank::Prefix << 1;
        QTest::newRow("name prefix") << QStringLiteral("太原市鑫") << QStringLiteral("91140105MA0K1234X1")
                                     << MatchRank::Prefix << 2;
        QTest::newRow("one character")
            << QStringLiteral("恒") << QStringLiteral("91140108MA0K0002B5") << MatchRank::Contains << 1;
        QTest::newRow("one character, last")
            << QStringLiteral("伟") << QStringLiteral("91140107MA0K0001A4") << MatchRank::Contains << 1;
        QTest::newRow("two characters")
            << QStringLiteral("煤业") << QStringLiteral("91140108MA0K0002B5") << MatchRank::Contains << 1;
        QTest::newRow("three characters")
            << QStringLiteral("餐饮管") << QStringLiteral("case-1") << MatchRank::Contains << 1;
        QTest::newRow("receipt prefix")
            << QStringLiteral("140105-2026") << QStringLiteral("case-1") << MatchRank::Prefix << 1;
        QTest::newRow("receipt exact, lower case") << QStringLiteral("140105-20261126-w01-0001")
                                                   << QStringLiteral("case-1") << MatchRank::Exact << 1;
        QTest::newRow("latin, case-insensitive")
            << QStringLiteral("abc") << QStringLiteral("91140108MA0K0003C6") << MatchRank::Contains << 1;
        QTest::newRow("latin two letters")
            << QStringLiteral("tr") << QStringLiteral("91140108MA0K0003C6") << MatchRank::Contains << 1;
        QTest::newRow("outside the BMP, one")
            << QStringLiteral("𠀋") << QStringLiteral("case-2") << MatchRank::Contains << 1;
        QTest::newRow("outside the BMP, two")
            << QStringLiteral("吴𠮷") << QStringLiteral("case-2") << MatchRank::Exact << 1;
        QTest::newRow("trimmed") << QStringLiteral("  赵强 ") << QStringLiteral("91140108MA0K0002B5")
                                 << MatchRank::Exact << 1;
        QTest::newRow("quote in query")
            << QStringLiteral("鑫\"源商") << QString() << MatchRank::Contains << 0;
        QTest::newRow("nothing") << QStringLiteral("不存在") << QString() << MatchRank::Contains << 0;
        QTest::newRow("empty") << QString() << QString() << MatchRank::Contains << 0;
    }

    void finds()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        QFETCH(MatchRank, rank);
        QFETCH(int, count);
        const QList<SearchHit> hits = SearchIndex(m_db).search(query);
        QCOMPARE(hits.size(), count);
        if (count == 0)
            return;
        QCOMPARE(hits[0].refId, first);
        QCOMPARE(hits[0].rank, rank);
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(int(hits[i - 1].rank) <= int(hits[i].rank)); // ranked
        QSet<QString> ids;
        for (const SearchHit &hit : hits)
            ids.insert(hit.refId);
        QCOMPARE(ids.size(), hits.size()); // no duplicates
    }

    // A page of the change feed stores its entries together (SearchIndex::storeAll): it must index
    // exactly as entry-by-entry storing does, keep the last of two entries with one key, replace
    // what the index had, and still store a text JSON cannot carry.
    void storeAllIndexesAsStoreDoes()
    {
        QTemporaryDir dir;
        const auto bulk = Database::open(dir.filePath(QStringLiteral("bulk.db"))).value();
        QList<SearchEntry> entries = fixtures();
        SearchEntry older = entries.at(6);
        older.name = QStringLiteral("太原市旧名字商贸有限公司");
        entries.insert(6, older); // the same case with an older name, just before it in the same call
        const auto storeAll = [&](const QList<SearchEntry> &list) {
            return bulk->transaction([&]() -> Result<void> {
                QSqlDatabase db = bulk->connection();
                return SearchIndex::storeAll(db, list);
            });
        };
        QVERIFY(storeAll(entries).ok());
        QCOMPARE(SearchIndex(bulk).count(), SearchIndex(m_db).count());
        const QStringList queries{QStringLiteral("鑫源"),         QStringLiteral("鑫"),
                                  QStringLiteral("有限"),         QStringLiteral("恒通煤业"),
                                  QStringLiteral("𠀋"),           QStringLiteral("吴𠮷"),
                                  QStringLiteral("abc"),          QStringLiteral("91140105MA0K1234X1"),
                                  QStringLiteral("W01-0001"),     QStringLiteral("smith"),
                                  QStringLiteral("瑞祥餐饮管理"), QStringLiteral("旧名")};
        for (const QString &query : queries)
            QCOMPARE(found(bulk, query), found(m_db, query));
        QCOMPARE(found(bulk, QStringLiteral("旧名")).size(), 0);

        // Again with a new name for a stored case, a new entry and one with a lone surrogate.
        SearchEntry renamed = fixtures().at(6);
        renamed.name = QStringLiteral("太原市新称呼商贸有限公司");
        renamed.receipt = QStringLiteral("140105-20261126-w01-0002");
        SearchEntry odd{SearchKind::Case,
                        QStringLiteral("case-odd"),
                        QStringLiteral("太原市") + QChar(0xd800) + QStringLiteral("商贸有限公司"),
                        {},
                        QStringLiteral("郑重"),
                        {}};
        SearchEntry fresh{SearchKind::Case,
                          QStringLiteral("case-3"),
                          QStringLiteral("晋中市新生农业有限公司"),
                          {},
                          QStringLiteral("冯立"),
                          {}};
        QVERIFY(storeAll({renamed, odd, fresh}).ok());
        QCOMPARE(SearchIndex(bulk).count(), SearchIndex(m_db).count() + 2);
        QCOMPARE(found(bulk, QStringLiteral("瑞祥")).size(), 0);
        QCOMPARE(found(bulk, QStringLiteral("新称呼")),
                 QStringList{QStringLiteral("case-1:2:140105-20261126-W01-0002")});
        QCOMPARE(found(bulk, QStringLiteral("W01-0002")).value(0).section(u':', 0, 0),
                 QStringLiteral("case-1"));
        QCOMPARE(found(bulk, QStringLiteral("郑重")).value(0).section(u':', 0, 0),
                 QStringLiteral("case-odd"));
        QCOMPARE(found(bulk, QStringLiteral("新生")).value(0).section(u':', 0, 0), QStringLiteral("case-3"));
        QCOMPARE(found(bulk, QStringLiteral("冯")).value(0).section(u':', 0, 0), QStringLiteral("case-3"));
    }

    void rankingOrderForTradeName()
    {
        const auto hits = SearchIndex(m_db).search(QStringLiteral("鑫源"));
        QCOMPARE(hits.size(), 4);
        QCOMPARE(hits[0].rank, MatchRank::Exact); // the enterprise named exactly 鑫源
        QCOMPARE(hits[1].rank, MatchRank::Exact); // the person named 鑫源
        QCOMPARE(hits[1].refId, QStringLiteral("91140106MA0K9999Z3"));
        QCOMPARE(hits[2].rank, MatchRank::Contains);
        QCOMPARE(hits[0].kind, SearchKind::Enterprise);
        QCOMPARE(hits[0].person, QStringLiteral("张伟"));
    }

    void limitIsRespected()
    {
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("有限"), 2).size(), 2);
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("有"), 3).size(), 3);
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("有限公司"), 1).size(), 1);
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("有"), 0).size(), 0);
    }

    void replacedEntryIsFoundByItsNewNameOnly()
    {
        QVERIFY(put({SearchKind::Case,
                     QStringLiteral("case-9"),
                     QStringLiteral("太原市旧名字商贸有限公司"),
                     {},
                     QStringLiteral("钱一"),
                     {}}));
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("旧名")).size(), 1);
        QVERIFY(put({SearchKind::Case,
                     QStringLiteral("case-9"),
                     QStringLiteral("太原市新称呼商贸有限公司"),
                     {},
                     QStringLiteral("钱一"),
                     QStringLiteral("140105-20261126-W01-0009")}));
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("旧名")).size(), 0);
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("旧")).size(), 0);
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("旧名字商")).size(), 0);
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("新称")).value(0).refId, QStringLiteral("case-9"));
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("W01-0009")).value(0).refId,
                 QStringLiteral("case-9"));
        const int before = SearchIndex(m_db).count();
        QVERIFY(m_db->transaction([&]() -> Result<void> {
                        QSqlDatabase db = m_db->connection();
                        SearchIndex::remove(db, SearchKind::Case, QStringLiteral("case-9"));
                        return {};
                    })
                    .ok());
        QCOMPARE(SearchIndex(m_db).count(), before - 1);
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("新称")).size(), 0);
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("新称呼商")).size(), 0);
    }

    void enterprisesFeedTheIndex()
    {
        EnterpriseDirectory directory(m_db);
        EnterpriseRecord record;
        record.code = QStringLiteral("91140109MA0K0004D7");
        record.name = QStringLiteral("晋中市祥瑞农业开发有限公司");
        record.legalRep = QStringLiteral("孙敏");
        QVERIFY(directory.upsert({record}).ok());
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("祥瑞农")).value(0).refId, record.code);
        QVERIFY(SearchIndex(m_db).optimize().ok());
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("孙敏")).value(0).refId, record.code);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_storage_search.moc"
