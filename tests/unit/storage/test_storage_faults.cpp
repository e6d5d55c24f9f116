// Faults while storing a case: another program holding the lock, a read-only database and a
// full disk each give their clear error and change nothing.
//
// Read-only: tests run as root in CI, and root ignores file permissions, so a chmod 0444 file
// would stay writable. The read-only case is therefore provoked in two ways that work for any
// user: opening with Database::Options::readOnly (SQLITE_OPEN_READONLY, what SQLite does itself
// for a file it may not write) and PRAGMA query_only on the live connection. When the test does
// not run as root, the chmod variant runs too.
// Full disk: PRAGMA max_page_count caps the file at its current size, so the next write that
// needs a new page fails with SQLITE_FULL, exactly as on a full disk.

#include "StorageTestSupport.h"
#include "storage/AuditJournal.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ow;
using namespace ow::storage;
using core::CaseAction;

class TestFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    struct Snapshot
    {
        int cases = 0;
        int outbox = 0;
        int audit = 0;
        int sequence = 0;
        int version = 0;
        bool operator==(const Snapshot &) const = default;
    };

    static int scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    static Snapshot snapshot(const std::shared_ptr<Database> &db, const QString &caseId)
    {
        QSqlDatabase c = db->connection();
        return {scalar(c, QStringLiteral("SELECT count(*) FROM cases")),
                scalar(c, QStringLiteral("SELECT count(*) FROM outbox")),
                scalar(c, QStringLiteral("SELECT count(*) FROM audit")),
                scalar(c, QStringLiteral("SELECT coalesce(sum(last), 0) FROM receipt_sequence")),
                scalar(c, QStringLiteral("SELECT version FROM cases WHERE id = '%1'").arg(caseId))};
    }

    // A database with one stored draft; returns its path and the draft.
    std::pair<QString, core::CaseRecord> prepared()
    {
        const QString path = m_dir.filePath(QStringLiteral("faults-%1.db").arg(++m_n));
        auto db = Database::open(path).value();
        CaseStore store(db, QStringLiteral("W01"), QStringLiteral("140105"));
        auto draft = store.perform(test::newCase(m_n), test::request(CaseAction::SaveDraft, test::clerk()));
        return {path, draft.value()};
    }

private slots:
    void lockedByAnotherWriter()
    {
        auto [path, draft] = prepared();
        Database::Options options;
        options.busyTimeoutMs = 200;
        auto db = Database::open(path, options).value();
        CaseStore store(db, QStringLiteral("W01"), QStringLiteral("140105"));
        const Snapshot before = snapshot(db, draft.id);
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery hold(other);
            QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(hold.exec(QStringLiteral("UPDATE meta SET value = value")));

            QElapsedTimer timer;
            timer.start();
            auto result = store.perform(draft, test::request(CaseAction::Accept, test::clerk()));
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, QStringLiteral("storage.locked"));
            QVERIFY(
                result.error().message.contains(QStringLiteral("Another program holds the case database")));
            QVERIFY(timer.elapsed() >= 150); // it waited for the lock before giving up
            QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QCOMPARE(snapshot(db, draft.id), before);
        // Once the other program lets go, the same action succeeds.
        auto accepted = store.perform(draft, test::request(CaseAction::Accept, test::clerk()));
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
    }

    void readOnlyDatabase()
    {
        auto [path, draft] = prepared();
        Database::Options options;
        options.readOnly = true;
        auto db = Database::open(path, options);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        CaseStore store(db.value(), QStringLiteral("W01"), QStringLiteral("140105"));
        const Snapshot before = snapshot(db.value(), draft.id);
        auto result = store.perform(draft, test::request(CaseAction::Accept, test::clerk()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("storage.readonly"));
        QVERIFY(result.error().message.contains(QStringLiteral("read-only")));
        QCOMPARE(snapshot(db.value(), draft.id), before);
        QVERIFY(store.find(draft.id).has_value()); // reading still works
    }

    void queryOnlyConnection()
    {
        auto [path, draft] = prepared();
        auto db = Database::open(path).value();
        CaseStore store(db, QStringLiteral("W01"), QStringLiteral("140105"));
        const Snapshot before = snapshot(db, draft.id);
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA query_only = ON"));
        auto result = store.perform(draft, test::request(CaseAction::SaveDraft, test::clerk()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("storage.readonly"));
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA query_only = OFF"));
        QCOMPARE(snapshot(db, draft.id), before);
    }

    void readOnlyFileForOrdinaryUsers()
    {
        if (::geteuid() == 0)
            QSKIP("root ignores file permissions; covered by readOnlyDatabase and queryOnlyConnection");
        auto [path, draft] = prepared();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        auto db = Database::open(path);
        if (db.ok()) {
            CaseStore store(db.value(), QStringLiteral("W01"), QStringLiteral("140105"));
            auto result = store.perform(draft, test::request(CaseAction::Accept, test::clerk()));
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, QStringLiteral("storage.readonly"));
        } else {
            QVERIFY2(db.error().code == QStringLiteral("storage.readonly") ||
                         db.error().code == QStringLiteral("storage.open"),
                     qPrintable(db.error().code));
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void diskFull()
    {
        auto [path, draft] = prepared();
        auto db = Database::open(path).value();
        CaseStore store(db, QStringLiteral("W01"), QStringLiteral("140105"));
        const Snapshot before = snapshot(db, draft.id);
        const int pages = scalar(db->connection(), QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages > 0);
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));

        // Enough new cases to need new pages.
        Error error;
        for (int i = 0; i < 200; ++i) {
            core::CaseRecord big = test::newCase(100 + i);
            big.form.businessScope = QString(2000, QChar(u'营'));
            auto result = store.perform(big, test::request(CaseAction::SaveDraft, test::clerk()));
            if (!result.ok()) {
                error = result.error();
                break;
            }
        }
        QCOMPARE(error.code, QStringLiteral("storage.full"));
        QVERIFY(error.message.contains(QStringLiteral("full")));
        const Snapshot after = snapshot(db, draft.id);
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.audit - before.audit, after.cases - before.cases); // nothing half-written
        QVERIFY(AuditJournal(db).verify().ok());

        // With room again, storing works.
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
        QVERIFY(store.perform(draft, test::request(CaseAction::Accept, test::clerk())).ok());
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "test_storage_faults.moc"
