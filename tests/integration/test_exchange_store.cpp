// The exchange's store on its own (SQLite or PostgreSQL, as OW_EXCHANGE_BACKEND says): upgrades of
// older stores, the request log's batches and pruning.
#include "exchange/ExchangeStore.h"
#include "support/ExchangeFixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ow;
using Fixture = ow::test::ExchangeFixture;

class ExchangeStoreTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;

    // Runs statements on a raw connection to the fixture's store; the first failure fails the test.
    bool sql(const QStringList &statements, QVariant *last = nullptr)
    {
        const QString name = QStringLiteral("raw-sql");
        bool ok = true;
        {
            const auto location = exchange::StoreLocation::forDirectory(m_exchange.dir());
            if (!location) {
                qWarning() << location.error().message;
                return false;
            }
            QSqlDatabase db = QSqlDatabase::addDatabase(
                location.value().isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
            if (!location.value().configure(db) || !db.open()) {
                qWarning() << db.lastError().text();
                ok = false;
            }
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                if (!ok || !q.exec(statement)) {
                    qWarning() << statement << q.lastError().text();
                    ok = false;
                    break;
                }
                if (last && q.next()) {
                    *last = q.value(0);
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    std::unique_ptr<exchange::ExchangeStore> open()
    {
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("test-store"));
        if (!store) {
            qWarning() << store.error().message;
            return nullptr;
        }
        return std::move(store).value();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.prepare(&error), qPrintable(error));
    }

    void versionOneStoreIsUpgraded()
    {
        // Back to version 1 as an exchange of the first release left it, with its users.
        QVERIFY(sql({QStringLiteral("DROP INDEX request_log_at"),
                     QStringLiteral("ALTER TABLE users DROP COLUMN failed_sign_ins"),
                     QStringLiteral("ALTER TABLE users DROP COLUMN locked_until"),
                     QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'")}));
        QVERIFY(!sql({QStringLiteral("SELECT failed_sign_ins FROM users")}));
        {
            auto store = open();
            QVERIFY(store);
            const auto user = store->user(QStringLiteral("clerk01"));
            QVERIFY(user && user.value().has_value());
        }
        QVariant version;
        QVERIFY(sql({QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")}, &version));
        QCOMPARE(version.toString(), QString::number(exchange::ExchangeStore::SchemaVersion));
        QVariant failures;
        QVERIFY(sql({QStringLiteral("SELECT MAX(failed_sign_ins) FROM users")}, &failures));
        QCOMPARE(failures.toInt(), 0);
        // A second open finds it current and changes nothing.
        QVERIFY(open());
    }

    void storeFromANewerVersionIsRefused()
    {
        QVERIFY(sql({QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")}));
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("test-newer"));
        QVERIFY(!store);
        QVERIFY2(store.error().message.contains(QStringLiteral("newer")), qPrintable(store.error().message));
        QVERIFY(sql({QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                         .arg(exchange::ExchangeStore::SchemaVersion)}));
    }

    void requestLogIsWrittenInBatchesAndPruned()
    {
        auto store = open();
        QVERIFY(store);
        const int before = store->requestLogCount().value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<exchange::RequestLogEntry> entries;
        for (int i = 0; i < 3; ++i) {
            exchange::RequestLogEntry e;
            e.requestId = QStringLiteral("old-%1").arg(i);
            e.at = now.addDays(-100 + i); // 100, 99 and 98 days ago
            e.method = QStringLiteral("GET");
            e.path = QStringLiteral("/api/v1/health");
            e.status = 200;
            entries.append(e);
        }
        exchange::RequestLogEntry recent = entries.first();
        recent.requestId = QStringLiteral("recent");
        recent.at = now;
        entries.append(recent);
        QVERIFY(store->logRequests(entries));
        QCOMPARE(store->requestLogCount().value(), before + 4);

        // A batch with one bad entry (a repeated id) writes none of them.
        QVERIFY(!store->logRequests({entries.last()}));
        QCOMPARE(store->requestLogCount().value(), before + 4);

        const auto pruned = store->pruneRequestLog(now.addDays(-99).addSecs(60));
        QVERIFY(pruned);
        QCOMPARE(pruned.value(), 2);
        QCOMPARE(store->requestLogCount().value(), before + 2);
    }
};

QTEST_GUILESS_MAIN(ExchangeStoreTest)
#include "test_exchange_store.moc"
