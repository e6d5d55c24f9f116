// The exchange's store on its own (SQLite or PostgreSQL, as OW_EXCHANGE_BACKEND says): upgrades of
// older stores, stores the previous release wrote, the request log's batches and pruning.
#include "core/CaseRecord.h"
#include "core/UsccCode.h"
#include "exchange/ExchangeStore.h"
#include "support/ExchangeFixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
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

    // The tables of schemas 10–11 (credit lists, proposals, former names) and 13 (departments), which a
    // store older than them lacks.
    static QStringList creditTables()
    {
        return {
            QStringLiteral("DROP TABLE credit_proposals"),     QStringLiteral("DROP TABLE credit_entries"),
            QStringLiteral("DROP TABLE licence_former_names"), QStringLiteral("DROP TABLE departments"),
            QStringLiteral("DROP TABLE department_queue"),     QStringLiteral("DROP TABLE department_claims"),
            QStringLiteral("DROP TABLE credit_records")};
    }

    // What takes a store of this release back to schema 13 (before the statistics' columns and the
    // deregistration notices of schema 15).
    static QStringList backToSchemaThirteen()
    {
        QStringList statements{QStringLiteral("ALTER TABLE cases DROP COLUMN change_seq"),
                               QStringLiteral("DROP INDEX department_queue_once"),
                               QStringLiteral("ALTER TABLE department_queue DROP COLUMN occasion"),
                               QStringLiteral("CREATE UNIQUE INDEX department_queue_once ON department_queue "
                                              "(department, credit_code)"),
                               QStringLiteral("DROP TABLE deregistration_notices"),
                               QStringLiteral("DROP INDEX cases_statistics"),
                               QStringLiteral("DROP INDEX cases_statistics_people"),
                               QStringLiteral("DROP TABLE case_reasons")};
        for (const char *column :
             {"received_day", "licensed_day", "entity_type", "origin", "accepted_by", "workstation"}) {
            statements.append(QStringLiteral("ALTER TABLE cases DROP COLUMN %1").arg(QLatin1String(column)));
        }
        return statements;
    }

    // What takes a store of this release back to schema 3 (before authority scoping).
    static QStringList backToSchemaThree()
    {
        return backToSchemaThirteen() + creditTables() +
               QStringList{QStringLiteral("DROP TABLE sheet_uses"),
                           QStringLiteral("DROP TABLE stock_batches"),
                           QStringLiteral("DROP TABLE attachment_refs"),
                           QStringLiteral("DROP TABLE attachment_parts"),
                           QStringLiteral("DROP TABLE attachments"),
                           QStringLiteral("DROP TABLE reserved_serials"),
                           QStringLiteral("DROP TABLE licences"),
                           QStringLiteral("DROP INDEX cases_state"),
                           QStringLiteral("DROP TABLE credit_codes"),
                           QStringLiteral("DROP TABLE code_serials"),
                           QStringLiteral("DROP INDEX changes_authority_seq"),
                           QStringLiteral("DROP INDEX changes_province_seq"),
                           QStringLiteral("ALTER TABLE users DROP COLUMN authority"),
                           QStringLiteral("ALTER TABLE workstations DROP COLUMN authority"),
                           QStringLiteral("ALTER TABLE cases DROP COLUMN authority"),
                           QStringLiteral("ALTER TABLE changes DROP COLUMN authority"),
                           QStringLiteral("ALTER TABLE changes DROP COLUMN province"),
                           QStringLiteral("UPDATE meta SET value = '3' WHERE key = 'schema_version'")};
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

    // The SQLite store and its journal files are the exchange owner's alone (0600), also when an
    // older exchange left them readable by others.
    void sqliteFilesAreTheOwnersOnly()
    {
        const auto location = exchange::StoreLocation::forDirectory(m_exchange.dir());
        QVERIFY(location);
        if (location.value().isPostgres()) {
            QSKIP("PostgreSQL keeps its own files");
        }
        const QString path = location.value().sqlitePath;
        const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        QFile::setPermissions(path, ownerOnly | QFile::ReadGroup | QFile::ReadOther);
        {
            auto store = open();
            QVERIFY(store);
            QVERIFY(store->users().find(QStringLiteral("clerk01")));
            for (const QString &each :
                 QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
                if (QFile::exists(each)) {
                    QCOMPARE(QFile::permissions(each) & ~(QFile::ReadUser | QFile::WriteUser), ownerOnly);
                }
            }
        }
        // A new store is made 0600 from its first byte.
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        {
            auto store = exchange::ExchangeStore::open(exchange::StoreLocation::sqlite(fresh),
                                                       QStringLiteral("fresh"));
            QVERIFY(store);
        }
        QCOMPARE(QFile::permissions(fresh) & ~(QFile::ReadUser | QFile::WriteUser), ownerOnly);
    }

    // A new SQLite store has pages of 16 KB, so a case's change shares its page with others; a store
    // made with 4 KB pages keeps them. Either checkpoints its log past the same 32 MiB.
    void newStoresHaveLargePagesOldOnesKeepTheirs_data()
    {
        QTest::addColumn<int>("madeWith");
        QTest::addColumn<int>("pageBytes");
        QTest::newRow("new store") << 0 << exchange::ExchangeDatabase::PageBytes;
        QTest::newRow("store of 4 KB pages") << 4096 << 4096;
    }
    void newStoresHaveLargePagesOldOnesKeepTheirs()
    {
        QFETCH(int, madeWith);
        QFETCH(int, pageBytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paged.sqlite"));
        if (madeWith > 0) {
            QSqlDatabase made = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("made"));
            made.setDatabaseName(path);
            QVERIFY(made.open());
            QSqlQuery q(made);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size = %1").arg(madeWith)));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE earlier (a INTEGER)")));
            q.finish();
            made.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("made"));
        {
            auto store =
                exchange::ExchangeStore::open(exchange::StoreLocation::sqlite(path), QStringLiteral("paged"));
            QVERIFY(store);
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("paged"), false));
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            QCOMPARE(q.value(0).toInt(), pageBytes);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
            QCOMPARE(q.value(0).toLongLong() * pageBytes, exchange::ExchangeDatabase::WalCheckpointBytes);
            QVERIFY(store.value()->users().find(QStringLiteral("admin01")));
        }
    }

    void versionOneStoreIsUpgraded()
    {
        // Back to version 1 as an exchange of the first release left it, with its users.
        QVERIFY(sql(backToSchemaThree()));
        QVERIFY(sql({QStringLiteral("DROP INDEX request_log_at"),
                     QStringLiteral("ALTER TABLE users DROP COLUMN failed_sign_ins"),
                     QStringLiteral("ALTER TABLE users DROP COLUMN locked_until"),
                     QStringLiteral("DROP TABLE receipts"),
                     QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'")}));
        QVERIFY(!sql({QStringLiteral("SELECT failed_sign_ins FROM users")}));
        {
            auto store = open();
            QVERIFY(store);
            const auto user = store->users().find(QStringLiteral("clerk01"));
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

    // Issue 12 §3: a store of schema 13 gets each case's statistics columns from its record (the
    // registry's days, UTC+8), and the reasons' table.
    void schemaThirteenStoreGetsStatisticsColumns()
    {
        QVERIFY(sql(
            backToSchemaThirteen() +
            QStringList{
                QStringLiteral("UPDATE meta SET value = '13' WHERE key = 'schema_version'"),
                QStringLiteral("INSERT INTO cases (id, version, state, record, updated_at, authority) VALUES "
                               "('s1', 5, 'published', '{\"id\":\"s1\",\"origin\":\"counter\",\"form\":"
                               "{\"authorityDivision\":\"140105\",\"entityType\":\"joint_stock\"},"
                               "\"acceptedBy\":\"clerk01\",\"workstation\":\"W01\",\"createdAt\":"
                               "\"2026-03-01T17:00:00.000Z\",\"licensedAt\":\"2026-03-05T02:00:00.000Z\"}', "
                               "'2026-03-05T02:00:00.000Z', '140105')"),
                QStringLiteral(
                    "INSERT INTO department_queue (department, seq, credit_code, item, queued_at) "
                    "VALUES ('TAX', 1, '91140105MA0000000X', '{}', '2026-03-05T02:00:00.000Z')")}));
        QVERIFY(open());
        // Schema 16: what was queued was a registration; the same entity may now come again on
        // another occasion, never twice on one.
        QVariant occasion;
        QVERIFY(sql({QStringLiteral("SELECT occasion FROM department_queue WHERE seq = 1")}, &occasion));
        QCOMPARE(occasion.toString(), QStringLiteral("registration"));
        QVERIFY(
            sql({QStringLiteral("INSERT INTO department_queue (department, seq, credit_code, occasion, item, "
                                "queued_at) VALUES ('TAX', 2, '91140105MA0000000X', 'revocation', '{}', "
                                "'2026-03-06T02:00:00.000Z')")}));
        QVERIFY(!sql(
            {QStringLiteral("INSERT INTO department_queue (department, seq, credit_code, occasion, item, "
                            "queued_at) VALUES ('TAX', 3, '91140105MA0000000X', 'revocation', '{}', "
                            "'2026-03-06T02:00:00.000Z')")}));
        QVariant columns;
        QVERIFY(sql(
            {QStringLiteral("SELECT received_day || '|' || licensed_day || '|' || entity_type || '|' || "
                            "origin || '|' || accepted_by || '|' || workstation FROM cases WHERE id = 's1'")},
            &columns));
        QCOMPARE(columns.toString(), QStringLiteral("2026-03-02|2026-03-05|joint_stock|counter|clerk01|W01"));
        QVERIFY(sql({QStringLiteral("SELECT COUNT(*) FROM case_reasons"), QStringLiteral("DELETE FROM cases"),
                     QStringLiteral("DELETE FROM department_queue")}));
    }

    // Issue 8, a case's JSON stored once: a case written before schema 17 is read from its own
    // record; once written again, its row names its change, which alone holds the text.
    void caseTextIsStoredOnceInItsChange()
    {
        QVERIFY(sql({QStringLiteral("ALTER TABLE cases DROP COLUMN change_seq"),
                     QStringLiteral("UPDATE meta SET value = '16' WHERE key = 'schema_version'")}));
        core::CaseRecord before;
        before.id = QStringLiteral("c16");
        before.version = 2;
        before.state = core::CaseState::Accepted;
        before.receiptNumber = QStringLiteral("W01-20261201-0007");
        before.form.authorityDivision = QStringLiteral("140105");
        before.form.proposedName = QStringLiteral("太原市一窗有限公司");
        QVERIFY(
            sql({QStringLiteral("INSERT INTO cases (id, version, state, record, updated_at, authority) "
                                "VALUES ('c16', 2, '%1', '%2', '2026-12-01T00:00:00.000Z', '140105')")
                     .arg(core::CaseStates::toKey(before.state), QString::fromUtf8(before.toJsonText()))}));
        auto store = open();
        QVERIFY(store);
        const auto old = store->cases().byId(QStringLiteral("c16"));
        QVERIFY(old && old.value().has_value());
        QCOMPARE(old.value()->toJsonText(), before.toJsonText());

        core::CaseRecord after = before;
        after.version = 3;
        after.form.proposedName = QStringLiteral("太原市一窗商贸有限公司");
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(store->begin());
        QVERIFY(store->writeCase(after, after.toJsonText(), 2, {QStringLiteral("W01"), at, {}, {}, {}, {}}));
        QVERIFY(store->commit());
        const auto read = store->cases().byId(QStringLiteral("c16"));
        QVERIFY(read && read.value().has_value());
        QCOMPARE(read.value()->toJsonText(), after.toJsonText());
        const auto inState = store->cases().inState(core::CaseStates::toKey(after.state));
        QVERIFY(inState);
        QCOMPARE(inState.value().size(), 1);
        QCOMPARE(inState.value().first().version, 3);
        // Once: the row keeps no text, its change all of it.
        QVariant stored;
        QVERIFY(
            sql({QStringLiteral("SELECT LENGTH(cases.record) || '|' || CASE WHEN changes.case_json = '%1' "
                                "THEN 'same' ELSE 'other' END FROM cases JOIN changes ON changes.seq = "
                                "cases.change_seq WHERE cases.id = 'c16'")
                     .arg(QString::fromUtf8(after.toJsonText()))},
                &stored));
        QCOMPARE(stored.toString(), QStringLiteral("0|same"));
        store.reset();
        QVERIFY(sql({QStringLiteral("DELETE FROM cases"), QStringLiteral("DELETE FROM changes")}));
    }

    // Issue 8, authority scoping: a store of schema 3 (the demo's: authority 140105) gets the
    // authority of its users and workstations, of each case (its form's) and each change (its case's).
    void schemaThreeStoreGetsAuthorities()
    {
        QVERIFY(sql(backToSchemaThree()));
        QVERIFY(!sql({QStringLiteral("SELECT authority FROM users")}));
        QVERIFY(sql({
            QStringLiteral(
                "INSERT INTO cases (id, version, state, record, updated_at) VALUES ('m1', 1, "
                "'submitted', '{\"id\":\"m1\",\"form\":{\"authorityDivision\":\"140106\"},\"materials\":"
                "[{\"attachments\":[\"%1\"]}]}', "
                "'2026-01-01T00:00:00.000Z')")
                .arg(QString(64, u'a')),
            QStringLiteral("INSERT INTO cases (id, version, state, record, updated_at) VALUES ('m2', 1, "
                           "'submitted', '{\"id\":\"m2\",\"form\":{\"authorityDivision\":\"999999\"}}', "
                           "'2026-01-01T00:00:00.000Z')"),
            QStringLiteral("INSERT INTO changes (seq, kind, case_id, case_json, server_time, origin) VALUES "
                           "(1001, 'case', 'm1', '{}', '2026-01-01T00:00:00.000Z', 'online')"),
            QStringLiteral("INSERT INTO changes (seq, kind, case_id, case_json, server_time, origin) VALUES "
                           "(1002, 'case', 'm2', '{}', '2026-01-01T00:00:00.000Z', 'online')"),
        }));
        auto store = open();
        QVERIFY(store);
        // Schema 7: the scans the stored cases name, with the case's authority.
        const auto named = store->attachments().authorities(QString(64, u'a'));
        QVERIFY(named);
        QCOMPARE(named.value(), QStringList{QStringLiteral("140106")});
        const auto clerk = store->users().find(QStringLiteral("clerk01"));
        QVERIFY(clerk && clerk.value().has_value());
        QCOMPARE(clerk.value()->authority, QStringLiteral("140105"));
        const auto certificates = store->workstations().list();
        QVERIFY(certificates);
        for (const exchange::CertificateRecord &c : certificates.value()) {
            QCOMPARE(c.authority, c.kind == u"workstation" ? QStringLiteral("140105") : QString());
        }
        // A case keeps its form's authority; one whose form names none that exists gets 140105, in its
        // form too (a stored case's form always names its authority).
        const auto m2 = store->cases().byId(QStringLiteral("m2"));
        QVERIFY(m2 && m2.value().has_value());
        QCOMPARE(m2.value()->form.authorityDivision, QStringLiteral("140105"));
        QVariant authority;
        QVERIFY(sql({QStringLiteral("SELECT authority FROM cases WHERE id = 'm1'")}, &authority));
        QCOMPARE(authority.toString(), QStringLiteral("140106"));
        // Each change is read in its case's authority, and by the province's scope.
        const auto yingze = store->feed().scopedAfter(QStringLiteral("140106"), 1000, 10);
        QVERIFY(yingze);
        QCOMPARE(yingze.value().rows.size(), 1);
        QCOMPARE(yingze.value().rows.first().caseId, QStringLiteral("m1"));
        QCOMPARE(yingze.value().scannedTo, qint64(1002));
        const auto xiaodian = store->feed().scopedAfter(QStringLiteral("140105"), 1000, 10);
        QVERIFY(xiaodian);
        QCOMPARE(xiaodian.value().rows.size(), 1);
        QCOMPARE(xiaodian.value().rows.first().caseId, QStringLiteral("m2"));
        const auto province = store->feed().scopedAfter(QStringLiteral("140000"), 1000, 10);
        QVERIFY(province);
        QCOMPARE(province.value().rows.size(), 2);
        store.reset();
        QVariant version;
        QVERIFY(sql({QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")}, &version));
        QCOMPARE(version.toString(), QString::number(exchange::ExchangeStore::SchemaVersion));
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
        const int before = store->requestLog().count().value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<exchange::RequestLogEntry> entries;
        for (int i = 0; i < 3; ++i) {
            exchange::RequestLogEntry e;
            e.requestId = QStringLiteral("old-%1").arg(i);
            e.at = now.addDays(-100 + i); // 100, 99 and 98 days ago
            e.method = QStringLiteral("GET");
            e.path = ow::protocol::path(ow::protocol::Endpoint::Health);
            e.status = 200;
            entries.append(e);
        }
        exchange::RequestLogEntry recent = entries.first();
        recent.requestId = QStringLiteral("recent");
        recent.at = now;
        entries.append(recent);
        QVERIFY(store->requestLog().addAll(entries));
        QCOMPARE(store->requestLog().count().value(), before + 4);

        // A batch with one bad entry (a repeated id) writes none of them.
        QVERIFY(!store->requestLog().addAll({entries.last()}));
        QCOMPARE(store->requestLog().count().value(), before + 4);

        const auto pruned = store->requestLog().prune(now.addDays(-99).addSecs(60));
        QVERIFY(pruned);
        QCOMPARE(pruned.value(), 2);
        QCOMPARE(store->requestLog().count().value(), before + 2);
    }

    // Last: it replaces the fixture's store with one built by the statements of the release before
    // the store was split by concern (schema version 2, its version in meta), and opens it.
    void storeOfThePreviousReleaseOpens()
    {
        QVERIFY(
            sql({QStringLiteral("DROP TABLE meta"), QStringLiteral("DROP TABLE users"),
                 QStringLiteral("DROP TABLE workstations"), QStringLiteral("DROP TABLE sessions"),
                 QStringLiteral("DROP TABLE cases"), QStringLiteral("DROP TABLE applied_events"),
                 QStringLiteral("DROP TABLE changes"), QStringLiteral("DROP TABLE request_log"),
                 QStringLiteral("DROP TABLE receipts"), QStringLiteral("DROP TABLE credit_codes"),
                 QStringLiteral("DROP TABLE code_serials"), QStringLiteral("DROP TABLE licences"),
                 QStringLiteral("DROP TABLE attachments"), QStringLiteral("DROP TABLE attachment_parts"),
                 QStringLiteral("DROP TABLE attachment_refs"), QStringLiteral("DROP TABLE reserved_serials"),
                 QStringLiteral("DROP TABLE sheet_uses"), QStringLiteral("DROP TABLE stock_batches")}));
        QVERIFY(sql(creditTables() + QStringList{QStringLiteral("DROP TABLE case_reasons"),
                                                 QStringLiteral("DROP TABLE deregistration_notices")}));
        QVERIFY(sql({
            QStringLiteral("CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE users (id VARCHAR(64) PRIMARY KEY, display_name TEXT NOT NULL, role "
                           "VARCHAR(16) NOT NULL, verifier TEXT NOT NULL, disabled INTEGER NOT NULL, "
                           "created_at VARCHAR(32) NOT NULL)"),
            QStringLiteral("CREATE TABLE workstations (fingerprint VARCHAR(64) PRIMARY KEY, code VARCHAR(64) "
                           "NOT NULL, kind VARCHAR(16) NOT NULL, serial VARCHAR(64) NOT NULL, issued_at "
                           "VARCHAR(32) NOT NULL, not_after VARCHAR(32) NOT NULL, revoked_at VARCHAR(32) NOT "
                           "NULL)"),
            QStringLiteral("CREATE INDEX workstations_code ON workstations (code)"),
            QStringLiteral(
                "CREATE TABLE sessions (token_hash VARCHAR(64) PRIMARY KEY, refresh_hash VARCHAR(64) "
                "NOT NULL UNIQUE, user_id VARCHAR(64) NOT NULL, fingerprint VARCHAR(64) NOT NULL, "
                "workstation VARCHAR(64) NOT NULL, expires_at VARCHAR(32) NOT NULL, "
                "refresh_expires_at VARCHAR(32) NOT NULL, created_at VARCHAR(32) NOT NULL)"),
            QStringLiteral("CREATE TABLE cases (id VARCHAR(64) PRIMARY KEY, version INTEGER NOT NULL, state "
                           "VARCHAR(32) NOT NULL, record TEXT NOT NULL, updated_at VARCHAR(32) NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE applied_events (event_id VARCHAR(64) PRIMARY KEY, case_id VARCHAR(64) "
                "NOT NULL, result TEXT NOT NULL, actor VARCHAR(64) NOT NULL, workstation VARCHAR(64) "
                "NOT NULL, applied_at VARCHAR(32) NOT NULL)"),
            QStringLiteral("CREATE TABLE changes (seq BIGINT PRIMARY KEY, kind VARCHAR(16) NOT NULL, case_id "
                           "VARCHAR(64) NOT NULL, case_json TEXT NOT NULL, server_time VARCHAR(32) NOT NULL, "
                           "origin VARCHAR(64) NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE request_log (request_id VARCHAR(64) PRIMARY KEY, at VARCHAR(32) NOT "
                "NULL, method VARCHAR(8) NOT NULL, path TEXT NOT NULL, status INTEGER NOT NULL, "
                "error_code VARCHAR(64) NOT NULL, fingerprint VARCHAR(64) NOT NULL, workstation "
                "VARCHAR(64) NOT NULL, user_id VARCHAR(64) NOT NULL, duration_ms BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX request_log_at ON request_log (at)"),
            QStringLiteral("ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE users ADD COLUMN locked_until VARCHAR(32) NOT NULL DEFAULT ''"),
            QStringLiteral("INSERT INTO meta (value, key) VALUES ('2', 'schema_version')"),
            QStringLiteral(
                "INSERT INTO users (id, display_name, role, verifier, disabled, created_at) VALUES "
                "('old01', 'Old Clerk', 'clerk', 'v', 0, '2026-01-01T00:00:00.000Z')"),
            QStringLiteral("INSERT INTO changes VALUES (7, 'case', 'c7', '{}', '2026-01-01T00:00:00.000Z', "
                           "'W01')"),
        }));
        auto store = open();
        QVERIFY(store);
        const auto user = store->users().find(QStringLiteral("old01"));
        QVERIFY(user && user.value().has_value());
        QCOMPARE(user.value()->displayName, QStringLiteral("Old Clerk"));
        QCOMPARE(user.value()->failedSignIns, 0);
        QVERIFY(store->begin());
        const auto seq = store->feed().append(QStringLiteral("case"), QStringLiteral("c8"), QJsonObject(),
                                              QStringLiteral("W01"), QDateTime::currentDateTimeUtc());
        QVERIFY(seq);
        QCOMPARE(seq.value(), qint64(8));
        // Schema 5: the first code drawn from the upgraded store's serial, once per case.
        const auto code =
            store->creditCodes().assign(QStringLiteral("c8"), QLatin1Char('1'), QStringLiteral("140105"),
                                        QDateTime::currentDateTimeUtc());
        QVERIFY(code);
        QCOMPARE(code.value(), core::UsccCode::compose(QLatin1Char('9'), QLatin1Char('1'),
                                                       QStringLiteral("140105"), QStringLiteral("MA000001")));
        QCOMPARE(store->creditCodes()
                     .assign(QStringLiteral("c8"), QLatin1Char('1'), QStringLiteral("140105"),
                             QDateTime::currentDateTimeUtc())
                     .value(),
                 code.value());
        QCOMPARE(store->creditCodes().count().value(), 1);
        QVERIFY(store->commit());
        store.reset();
        QVariant version;
        QVERIFY(sql({QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")}, &version));
        QCOMPARE(version.toString(), QString::number(exchange::ExchangeStore::SchemaVersion)); // upgraded on
    }
};

QTEST_GUILESS_MAIN(ExchangeStoreTest)
#include "test_exchange_store.moc"
