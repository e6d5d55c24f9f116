// The schema migration runner both stores use (schema::Migrator), on its own over SQLite: steps in
// order each with its version, a failed step leaves the version before it, a newer database is
// refused untouched, and a step another connection applied meanwhile is not applied again.
#include "schema/SchemaMigrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>
#include <utility>

using namespace ow;

namespace {

struct Fixture
{
    std::map<int, int> applied; // step version → how many times it ran
    std::function<void()> onFirstRead;
    bool failStep3 = false;

    schema::Migrator migrator()
    {
        const auto step = [this](int version, const QString &statement) {
            return schema::Migration{
                version, QStringLiteral("step %1").arg(version), [=, this](QSqlDatabase &db) {
                    ++applied[version];
                    if (version == 3 && failStep3) {
                        return schema::Migrator::runAll(db, {QStringLiteral("NOT SQL")}, sqlError);
                    }
                    return schema::Migrator::runAll(db, {statement}, sqlError);
                }};
        };
        return schema::Migrator(
            {step(1, QStringLiteral("CREATE TABLE a (x INTEGER)")),
             step(2, QStringLiteral("CREATE TABLE b (x INTEGER)")),
             step(3, QStringLiteral("CREATE TABLE c (x INTEGER)"))},
            schema::VersionKeeping{
                .read = [this](QSqlDatabase &db) -> Result<int> {
                    QSqlQuery q(db);
                    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                        return sqlError(q.lastError());
                    }
                    const int version = q.value(0).toInt();
                    q.finish();
                    if (onFirstRead) {
                        // After this look and before the next: another connection's turn.
                        std::exchange(onFirstRead, nullptr)();
                    }
                    return version;
                },
                .write =
                    [](QSqlDatabase &db, int version) {
                        return schema::Migrator::runAll(
                            db, {QStringLiteral("PRAGMA user_version = %1").arg(version)}, sqlError);
                    },
                .begin = {QStringLiteral("BEGIN IMMEDIATE")},
                .sqlError = sqlError,
                .newer =
                    [](int found, int latest) {
                        return Error{QStringLiteral("test.newer"),
                                     QStringLiteral("newer %1 > %2").arg(found).arg(latest),
                                     {}};
                    },
                .stepFailed =
                    [](const Error &cause, int version) {
                        return Error{QStringLiteral("test.failed"),
                                     QStringLiteral("step %1: %2").arg(version).arg(cause.message),
                                     {}};
                    },
            });
    }

    static Error sqlError(const QSqlError &error)
    {
        return Error{QStringLiteral("test.sql"), error.text(), {}};
    }
};

int userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class MigratorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QSqlDatabase connect(const QString &name, const QString &file)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(file));
        db.open();
        return db;
    }

    QString newFile() { return QStringLiteral("db%1.sqlite").arg(++m_files); }

private slots:
    void stepsRunInOrderEachWithItsVersion()
    {
        Fixture f;
        {
            QSqlDatabase db = connect(QStringLiteral("order"), newFile());
            const schema::Migrator m = f.migrator();
            QCOMPARE(m.latestVersion(), 3);
            auto from = m.migrate(db, 2);
            QVERIFY(from);
            QCOMPARE(from.value(), 0);
            QCOMPARE(userVersion(db), 2);
            from = m.migrate(db);
            QVERIFY(from);
            QCOMPARE(from.value(), 2);
            QCOMPARE(userVersion(db), 3);
            QVERIFY(m.migrate(db)); // current: nothing to do
            QCOMPARE(f.applied, (std::map<int, int>{{1, 1}, {2, 1}, {3, 1}}));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("order"));
    }

    void aFailedStepLeavesTheVersionBeforeIt()
    {
        Fixture f;
        f.failStep3 = true;
        {
            QSqlDatabase db = connect(QStringLiteral("fail"), newFile());
            const auto result = f.migrator().migrate(db);
            QVERIFY(!result);
            QCOMPARE(result.error().code, QStringLiteral("test.failed"));
            QVERIFY(result.error().message.startsWith(QStringLiteral("step 3: ")));
            QCOMPARE(userVersion(db), 2);
            QVERIFY(!db.tables().contains(QStringLiteral("c")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fail"));
    }

    void aNewerDatabaseIsRefusedUntouched()
    {
        Fixture f;
        {
            QSqlDatabase db = connect(QStringLiteral("newer"), newFile());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 9"));
            const auto result = f.migrator().migrate(db);
            QVERIFY(!result);
            QCOMPARE(result.error().message, QStringLiteral("newer 9 > 3"));
            QCOMPARE(userVersion(db), 9);
            QVERIFY(f.applied.empty());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }

    void aStepAppliedMeanwhileIsNotAppliedAgain()
    {
        // Between this connection's first look (version 0) and its first step, another connection
        // brings the file to the latest version: each step then finds it done inside its own
        // transaction and skips it.
        Fixture f;
        Fixture other;
        const QString file = newFile();
        {
            QSqlDatabase db = connect(QStringLiteral("first"), file);
            QSqlDatabase second = connect(QStringLiteral("second"), file);
            f.onFirstRead = [&] {
                QVERIFY(other.migrator().migrate(second));
            };
            const auto result = f.migrator().migrate(db);
            QVERIFY(result);
            QCOMPARE(result.value(), 0);
            QCOMPARE(userVersion(db), 3);
            QVERIFY(f.applied.empty());
            QCOMPARE(other.applied, (std::map<int, int>{{1, 1}, {2, 1}, {3, 1}}));
            second.close();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("second"));
        QSqlDatabase::removeDatabase(QStringLiteral("first"));
    }
};

QTEST_GUILESS_MAIN(MigratorTest)
#include "test_storage_migrator.moc"
