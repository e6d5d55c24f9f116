// Migration from each older schema version: a file is built at version k by applying the real
// migrations up to k and writing data the way that version's code did; the current code then
// opens it, and the data must have survived and the schema must be current.

#include "StorageTestSupport.h"
#include "storage/AccountStore.h"
#include "storage/AuditJournal.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/OutboxStore.h"
#include "storage/SearchIndex.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace ow::storage;

namespace {

const QString CaseId = QStringLiteral("6f1c1d2e-0000-4000-8000-000000000001");
const QString Receipt = QStringLiteral("140105-20261126-W01-0007");

// A connection of "the older version": plain QSqlDatabase, no Database class.
class OldVersion
{
public:
    explicit OldVersion(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        db.open();
    }
    ~OldVersion() { QSqlDatabase::removeDatabase(name()); }
    static QString name() { return QStringLiteral("old-version"); }
    QSqlDatabase db() const { return QSqlDatabase::database(name(), false); }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!query.exec()) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }
};

// What version 1 wrote for an accepted case: the case row, its parties and materials, the
// acceptance event in the outbox and two audit entries.
// From schema 5 on the materials are JSON in the case row and there is no parties table.
bool writeVersion1Data(OldVersion &old, int schema)
{
    const core::OneForm form = test::validForm(7);
    const QString at = QStringLiteral("2026-11-26T04:00:00.000Z");
    bool ok = old.exec(QStringLiteral("BEGIN"));
    ok = ok &&
         old.exec(QStringLiteral("INSERT INTO cases(id, receipt_number, state, origin, entity_type, name, "
                                 "legal_rep, authority, version, created_by, accepted_by, reviewer, "
                                 "review_lock_until, last_reason, workstation, created_at, updated_at, "
                                 "accepted_at, form) VALUES (?, ?, 'accepted', 'counter', ?, ?, ?, '140105', "
                                 "2, 'clerk01', 'clerk01', '', NULL, '', 'W01', ?, ?, ?, ?)"),
                  {CaseId, Receipt, form.entityTypeId, form.proposedName, form.legalRep.name, at, at, at,
                   QString::fromUtf8(QJsonDocument(form.toJson()).toJson(QJsonDocument::Compact))});
    if (schema >= 5) {
        ok = ok && old.exec(QStringLiteral("UPDATE cases SET materials = ? WHERE id = ?"),
                            {QStringLiteral(
                                 R"([{"attachments":[],"id":"lease","required":false,"status":"missing",)"
                                 R"("title":"Lease"},{"attachments":["abab","cdcd"],"id":"application_form",)"
                                 R"("required":true,"status":"original_seen","title":"Application form"}])"),
                             CaseId});
    } else {
        ok =
            ok && old.exec(QStringLiteral(
                               "INSERT INTO parties(case_id, role, position, kind, name, id_type, id_number, "
                               "phone, title) VALUES (?, 'legal_rep', 0, 'natural', ?, 'resident_id', ?, ?, "
                               "'')"),
                           {CaseId, form.legalRep.name, form.legalRep.idNumber, form.legalRep.phone});
        ok = ok && old.exec(QStringLiteral(
                                "INSERT INTO materials(case_id, position, item_id, title, required, status, "
                                "attachments) VALUES (?, 1, 'application_form', 'Application form', 1, "
                                "'original_seen', '[\"abab\",\"cdcd\"]'), (?, 0, 'lease', 'Lease', 0, "
                                "'missing', 'not json')"),
                            {CaseId, CaseId});
    }
    core::DomainEvent event;
    event.id = QStringLiteral("0e0e0e0e-0000-4000-8000-000000000002");
    event.type = QStringLiteral("case.accepted");
    event.caseId = CaseId;
    event.caseVersion = 2;
    event.actor = QStringLiteral("clerk01");
    event.workstation = QStringLiteral("W01");
    event.deviceTime = test::fixedTime();
    event.payload = QJsonObject{{QStringLiteral("to"), QStringLiteral("accepted")}};
    QSqlDatabase db = old.db();
    ok = ok && OutboxStore::append(db, event).ok();
    for (int version = 1; version <= 2; ++version) {
        AuditEntry entry;
        entry.caseId = CaseId;
        entry.action = version == 1 ? QStringLiteral("case.saved") : QStringLiteral("case.accepted");
        entry.actor = QStringLiteral("clerk01");
        entry.workstation = QStringLiteral("W01");
        entry.at = test::fixedTime();
        entry.detail = QJsonObject{{QStringLiteral("version"), version}};
        ok = ok && AuditJournal::append(db, entry).ok();
    }
    return ok && old.exec(QStringLiteral("COMMIT"));
}

bool writeVersion2Data(OldVersion &old)
{
    return old.exec(QStringLiteral(
               "INSERT INTO accounts(user_id, display_name, role, verifier, failures, "
               "updated_at) VALUES ('clerk01', 'Clerk One', 'clerk', 'scrypt$10$8$1$c2FsdA==$a2V5', "
               "2, '2026-11-26T04:00:00.000Z')")) &&
           old.exec(QStringLiteral("INSERT INTO attachments(sha256, case_id, original_name, size, added_at) "
                                   "VALUES (?, ?, 'scan.pdf', 1234, '2026-11-26T04:00:00.000Z')"),
                    {QStringLiteral("ab").repeated(32), CaseId});
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void versionsAreASequence()
    {
        int expected = 1;
        for (const Migration &m : Migrations::all()) {
            QCOMPARE(m.version, expected++);
            QVERIFY(!m.description.isEmpty());
        }
        QCOMPARE(Migrations::latestVersion(), Database::currentSchemaVersion());
        QVERIFY(Migrations::latestVersion() >= 3);
    }

    void upgradesFromEachOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int k = 0; k < Migrations::latestVersion(); ++k)
            QTest::addRow("from version %d", k) << k;
    }

    void upgradesFromEachOlderVersion()
    {
        QFETCH(int, from);
        const QString path = m_dir.filePath(QStringLiteral("from-%1.db").arg(from));
        {
            OldVersion old(path);
            QSqlDatabase db = old.db();
            auto migrated = Migrations::migrate(db, from);
            QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
            QCOMPARE(Migrations::userVersion(db).value(), from);
            if (from >= 1)
                QVERIFY(writeVersion1Data(old, from));
            if (from >= 2)
                QVERIFY(writeVersion2Data(old));
            // A search entry as schemas 3 to 5 kept it (their bigram rows are not needed: schema 6
            // makes its bigrams from the entries).
            if (from >= 3 && from < 6)
                QVERIFY(old.exec(
                    QStringLiteral("INSERT INTO search_entry(kind, ref_id, name, code, person, "
                                   "receipt) VALUES (0, ?, ?, '', ?, ?)"),
                    {CaseId, test::validForm(7).proposedName, test::validForm(7).legalRep.name, Receipt}));
            // From schema 6 on the index keeps its bigrams as it does today.
            if (from >= 6) {
                QSqlDatabase connection = old.db();
                const core::OneForm form = test::validForm(7);
                QVERIFY(SearchIndex::store(
                            connection,
                            {SearchKind::Case, CaseId, form.proposedName, {}, form.legalRep.name, Receipt})
                            .ok());
            }
        }

        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        auto db = opened.value();
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
        {
            QSqlQuery mode(db->connection());
            QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
            QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        }
        CaseStore store(db, QStringLiteral("W01"), QStringLiteral("140105"));
        if (from == 0) {
            QCOMPARE(store.count(), 0);
            return;
        }
        // Version 1 data survived.
        const auto record = store.find(CaseId);
        QVERIFY(record.has_value());
        QCOMPARE(record->form, test::validForm(7));
        QCOMPARE(record->receiptNumber, Receipt);
        QCOMPARE(record->state, core::CaseState::Accepted);
        QCOMPARE(record->version, 2);
        QCOMPARE(record->decisionExtension, 0); // version 7: no case was extended before it
        // ... the materials in their order (version 5 moved them into the case row; an attachments
        // list that was not JSON, as load() read it before, becomes empty instead of failing) ...
        QCOMPARE(record->materials.size(), 2);
        QCOMPARE(record->materials[0].id, QStringLiteral("lease"));
        QCOMPARE(record->materials[0].required, false);
        QCOMPARE(record->materials[0].status, core::MaterialStatus::Missing);
        QCOMPARE(record->materials[0].attachments, QStringList());
        QCOMPARE(record->materials[1].id, QStringLiteral("application_form"));
        QCOMPARE(record->materials[1].title, QStringLiteral("Application form"));
        QCOMPARE(record->materials[1].required, true);
        QCOMPARE(record->materials[1].status, core::MaterialStatus::OriginalSeen);
        QCOMPARE(record->materials[1].attachments,
                 QStringList({QStringLiteral("abab"), QStringLiteral("cdcd")}));
        {
            QSqlQuery gone(db->connection());
            QVERIFY(gone.exec(QStringLiteral(
                        "SELECT count(*) FROM sqlite_schema WHERE name IN ('parties', 'materials')")) &&
                    gone.next());
            QCOMPARE(gone.value(0).toInt(), 0);
        }
        const auto events = OutboxStore(db).pending(10);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].id, QStringLiteral("0e0e0e0e-0000-4000-8000-000000000002"));
        QCOMPARE(events[0].deviceTime, test::fixedTime());
        AuditJournal audit(db);
        QCOMPARE(audit.count(), 2);
        QVERIFY(audit.verify().ok());

        // Version 2 data survived.
        if (from >= 2) {
            const auto account = AccountStore(db).find(QStringLiteral("clerk01"));
            QVERIFY(account.has_value());
            QCOMPARE(account->displayName, QStringLiteral("Clerk One"));
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("SELECT original_name FROM attachments")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("scan.pdf"));
        }

        // Version 4 added the sync engine's tables, empty.
        {
            QSqlQuery query(db->connection());
            QVERIFY(
                query.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_state) + (SELECT count(*) FROM "
                                          "conflicts)")) &&
                query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        if (from >= 3) {
            // Schema 6 made the bigrams of the entries it found: one and two characters find the case.
            SearchIndex search(db);
            const QString name = test::validForm(7).proposedName;
            QCOMPARE(search.search(name.mid(3, 2)).value(0).refId, CaseId);
            QCOMPARE(search.search(name.mid(3, 1)).value(0).refId, CaseId);
            QCOMPARE(search.search(test::validForm(7).legalRep.name.right(2)).value(0).refId, CaseId);
            // The rows written above for an old file are raw (no receipt sequence): only the step to
            // version 3 fills that in.
            return;
        }
        {
            // Version 3 filled the search index from the stored cases ...
            SearchIndex search(db);
            const auto byName = search.search(test::validForm(7).proposedName);
            QVERIFY(!byName.isEmpty());
            QCOMPARE(byName[0].refId, CaseId);
            QCOMPARE(byName[0].rank, MatchRank::Exact);
            QCOMPARE(search.search(Receipt.left(10)).value(0).refId, CaseId);
            QCOMPARE(search.search(test::validForm(7).proposedName.mid(3, 2)).value(0).refId, CaseId);
            // ... and the receipt sequence from their numbers: the next one follows 0007.
            auto draft =
                store.perform(test::newCase(8), test::request(core::CaseAction::SaveDraft, test::clerk()));
            QVERIFY(draft.ok());
            auto accepted =
                store.perform(draft.value(), test::request(core::CaseAction::Accept, test::clerk()));
            QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
            QCOMPARE(accepted.value().receiptNumber, QStringLiteral("140105-20261126-W01-0008"));
            QVERIFY(audit.verify().ok());
        }
    }

    void failedStepLeavesTheFileAtThePreviousVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("failing.db"));
        {
            OldVersion old(path);
            QSqlDatabase db = old.db();
            QVERIFY(Migrations::migrate(db, 2).ok());
            QVERIFY(writeVersion1Data(old, 2));
            // Something the next step does not expect: it must fail as a whole.
            QVERIFY(old.exec(QStringLiteral("CREATE TABLE receipt_sequence(x)")));
        }
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("schema 3")),
                 qPrintable(opened.error().message));
        OldVersion old(path);
        QSqlDatabase db = old.db();
        QCOMPARE(Migrations::userVersion(db).value(), 2);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('enterprises', "
                                          "'search_entry', 'search_fts')")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM cases")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void newerVersionIsRefusedByMigrate()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        OldVersion old(path);
        QVERIFY(old.exec(QStringLiteral("PRAGMA user_version = 99")));
        QSqlDatabase db = old.db();
        auto result = Migrations::migrate(db, Migrations::latestVersion());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("storage.newer_schema"));
        QCOMPARE(Migrations::userVersion(db).value(), 99);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_storage_migrations.moc"
