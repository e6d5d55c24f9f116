#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ow;
using namespace ow::storage;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A raw connection that is not ours, as another program would hold it.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &name = QStringLiteral("raw")) : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text();
        while (query.next()) {
        }
        return ok;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
};

QVariant pragma(const std::shared_ptr<Database> &db, const QString &name)
{
    QSqlQuery query(db->connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

QStringList quarantinedFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files, QDir::Name);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db-%1/cases.db").arg(++m_n)); }

private slots:
    void createsAFileWithTheSettingsWeRelyOn()
    {
        const QString path = freshPath();
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.value()->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(Database::currentSchemaVersion(), Migrations::latestVersion());
        QCOMPARE(pragma(db.value(), QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db.value(), QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(pragma(db.value(), QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(db.value(), QStringLiteral("busy_timeout")).toInt(), 5000);
        QCOMPARE(db.value()->attachmentsDir(), path + QStringLiteral(".attachments"));

        // Reopening an existing file keeps it as it is.
        db.value().reset();
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->schemaVersion(), Database::currentSchemaVersion());
    }

    void transactionCommitsOrRollsBack()
    {
        auto db = Database::open(freshPath()).value();
        auto ok = db->transaction([&]() -> Result<void> {
            QSqlQuery query(db->connection());
            query.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('a', '1')"));
            return {};
        });
        QVERIFY(ok.ok());
        auto failed = db->transaction([&]() -> Result<void> {
            QSqlQuery query(db->connection());
            query.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('b', '2')"));
            return Error{QStringLiteral("test.fail"), QStringLiteral("failed on purpose"), {}};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("test.fail"));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT group_concat(key) FROM meta WHERE key IN ('a', 'b')")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("a"));
    }

    void connectionPerThread()
    {
        auto db = Database::open(freshPath()).value();
        const QString mainName = db->connection().connectionName();
        QString otherName;
        int otherVersion = 0;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            otherName = db->connection().connectionName();
            otherVersion = db->schemaVersion();
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(!otherName.isEmpty());
        QVERIFY(otherName != mainName);
        QCOMPARE(otherVersion, Database::currentSchemaVersion());
        QCOMPARE(db->connection().connectionName(), mainName);
    }

    // A thread that starts after another ended often gets its id (a pool's idle threads end and new
    // ones start): it still gets a connection of its own that works.
    void aThreadAfterAnEndedOneGetsAWorkingConnection()
    {
        auto db = Database::open(freshPath()).value();
        QSet<Qt::HANDLE> ids;
        QStringList names;
        for (int i = 0; i < 8; ++i) {
            int version = 0;
            std::unique_ptr<QThread> thread(QThread::create([&] {
                ids.insert(QThread::currentThreadId());
                QSqlDatabase connection = db->connection();
                names << connection.connectionName();
                QSqlQuery query(connection);
                if (query.exec(QStringLiteral("SELECT count(*) FROM cases")) && query.next())
                    version = db->schemaVersion();
            }));
            thread->start();
            QVERIFY(thread->wait(10000));
            QCOMPARE(version, Database::currentSchemaVersion());
        }
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        // A thread that releases its connection before it ends leaves none open behind it.
        std::unique_ptr<QThread> releasing(QThread::create([&] {
            names << db->connection().connectionName();
            db->releaseConnection();
        }));
        releasing->start();
        QVERIFY(releasing->wait(10000));
        QVERIFY(QSqlDatabase::connectionNames().contains(names.first())); // the ended ones stay open
        QVERIFY(!QSqlDatabase::connectionNames().contains(names.last()));
        qInfo("%lld distinct thread ids among %lld threads", qsizetype(ids.size()), qsizetype(names.size()));
    }
    void newerSchemaIsRefusedAndLeftUntouched()
    {
        const QString path = freshPath();
        Database::open(path).value().reset();
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1)));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("storage.newer_schema"));
        QVERIFY(db.error().message.contains(QString::number(Database::currentSchemaVersion() + 1)));
        QVERIFY(db.error().message.contains(QDir::toNativeSeparators(path)));
        QCOMPARE(fileHash(path), before);
        QVERIFY(quarantinedFiles(QFileInfo(path).absolutePath()).isEmpty());
    }

    void damagedFileIsQuarantinedNeverDeleted_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage bytes") << QStringLiteral("garbage");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("damaged page") << QStringLiteral("page");
        QTest::newRow("header only") << QStringLiteral("header");
        QTest::newRow("cache page, whole-file check") << QStringLiteral("cache");
    }

    void damagedFileIsQuarantinedNeverDeleted()
    {
        QFETCH(QString, damage);
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (damage == QStringLiteral("garbage")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes;
            for (int i = 0; i < 20000; ++i)
                bytes.append(char((i * 7919) % 251));
            file.write(bytes);
        } else {
            {
                auto db = Database::open(path).value();
                QSqlQuery query(db->connection());
                // Fill a case-data table (checked on every open) or, for the whole-file check, a
                // table like the enterprise cache.
                const bool cache = damage == QStringLiteral("cache");
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler(x)")));
                QVERIFY(query.exec(QStringLiteral("BEGIN")));
                for (int i = 0; i < 400; ++i) {
                    query.exec(
                        cache
                            ? QStringLiteral("INSERT INTO filler VALUES (randomblob(500))")
                            : QStringLiteral("INSERT INTO meta VALUES ('k%1', hex(randomblob(250)))").arg(i));
                }
                QVERIFY(query.exec(QStringLiteral("COMMIT")));
                QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            if (damage == QStringLiteral("truncated")) {
                QVERIFY(file.resize(size / 2 + 100));
            } else if (damage == QStringLiteral("header")) {
                QVERIFY(file.resize(100));
            } else {
                // Overwrite a b-tree page of the filled table with noise: its ~50 pages are the last
                // ones of the file, whatever the schema's tables before them (not the middle page,
                // which an empty table's root became when the schema grew).
                file.seek((size / 4096 - 10) * 4096);
                file.write(QByteArray(4096, '\x5a'));
            }
        }
        // A stale -wal beside it is kept with it.
        {
            QFile wal(path + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write("not a wal");
        }
        const QByteArray before = fileHash(path);

        Database::Options options;
        options.checkWholeFile = damage == QStringLiteral("cache");
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("storage.corrupt"));
        const QStringList moved = quarantinedFiles(QFileInfo(path).absolutePath());
        QVERIFY2(!moved.isEmpty(), qPrintable(db.error().message));
        const QString quarantined = QFileInfo(path).absolutePath() + u'/' + moved.first();
        QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(quarantined)),
                 qPrintable(db.error().message));
        QVERIFY(quarantined.contains(QRegularExpression(QStringLiteral("\\.corrupt-\\d{8}T\\d{6}Z$"))));
        QCOMPARE(fileHash(quarantined), before);
        QVERIFY(QFile::exists(quarantined + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path));

        // The next start makes a new, empty database; the damaged one stays aside.
        auto fresh = Database::open(path);
        QVERIFY2(fresh.ok(), qPrintable(fresh.ok() ? QString() : fresh.error().message));
        QVERIFY(QFile::exists(quarantined));
    }

    void lockedByAnotherProgram()
    {
        const QString path = freshPath();
        Database::open(path).value().reset();
        RawConnection other(path);
        // Exclusive locking mode with a write: nobody else may even read the file.
        QVERIFY(other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('held', '1')")));
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
        Database::Options options;
        options.busyTimeoutMs = 100;
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("storage.locked"));
        QVERIFY(db.error().message.contains(QStringLiteral("Another program holds the case database")));
        QVERIFY(quarantinedFiles(QFileInfo(path).absolutePath()).isEmpty());
    }

    void readOnlyNeedsACurrentSchema()
    {
        const QString path = freshPath();
        Database::Options options;
        options.readOnly = true;
        auto missing = Database::open(path, options);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("storage.open"));

        Database::open(path).value().reset();
        auto db = Database::open(path, options);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::currentSchemaVersion());
    }

    void quarantineNameIsTimestamped()
    {
        const QDateTime at(QDate(2026, 11, 26), QTime(9, 5, 7), Qt::UTC);
        QCOMPARE(Database::quarantinePathFor(QStringLiteral("/data/cases.db"), at),
                 QStringLiteral("/data/cases.db.corrupt-20261126T090507Z"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_storage_database.moc"
