#include "Migrations.h"

#include "SearchIndex.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "core/ReceiptNumber.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ow::storage {

using sql::StorageErrors;

namespace {

Result<void> execAll(QSqlDatabase &db, const QStringList &statements)
{
    return schema::Migrator::runAll(db, statements, &StorageErrors::fromSql);
}

Result<void> version1(QSqlDatabase &db)
{
    return execAll(
        db,
        {
            // The columns the case list shows, sorts and filters by are extracted; the form itself is
            // kept whole as JSON (OneForm::toJson), the source of truth for the form.
            uR"(CREATE TABLE cases (
            id TEXT PRIMARY KEY NOT NULL,
            receipt_number TEXT,
            state TEXT NOT NULL,
            origin TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            name TEXT NOT NULL,
            legal_rep TEXT NOT NULL,
            authority TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version > 0),
            created_by TEXT NOT NULL,
            accepted_by TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            review_lock_until TEXT,
            last_reason TEXT NOT NULL,
            workstation TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            accepted_at TEXT,
            form TEXT NOT NULL))"_s,
            u"CREATE UNIQUE INDEX cases_receipt ON cases(receipt_number) WHERE receipt_number IS NOT NULL"_s,
            u"CREATE INDEX cases_updated ON cases(updated_at)"_s,
            u"CREATE INDEX cases_state ON cases(state, updated_at)"_s,
            u"CREATE INDEX cases_name ON cases(name)"_s,
            u"CREATE INDEX cases_authority ON cases(authority, state)"_s,
            // One row per person named in the form, rewritten with the case (for checks against
            // the credit lists by ID number).
            uR"(CREATE TABLE parties (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            id_type TEXT NOT NULL,
            id_number TEXT NOT NULL,
            phone TEXT NOT NULL,
            title TEXT NOT NULL,
            subscribed INTEGER,
            contribution_form TEXT,
            deadline TEXT,
            PRIMARY KEY (case_id, role, position)) WITHOUT ROWID)"_s,
            u"CREATE INDEX parties_id_number ON parties(id_number) WHERE id_number <> ''"_s,
            uR"(CREATE TABLE materials (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            title TEXT NOT NULL,
            required INTEGER NOT NULL,
            status TEXT NOT NULL,
            attachments TEXT NOT NULL,
            PRIMARY KEY (case_id, position)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            case_id TEXT NOT NULL,
            case_version INTEGER NOT NULL,
            actor TEXT NOT NULL,
            workstation TEXT NOT NULL,
            device_time TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0))"_s,
            u"CREATE INDEX outbox_case ON outbox(case_id, case_version)"_s,
            uR"(CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            workstation TEXT NOT NULL,
            at TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"_s,
            u"CREATE INDEX audit_case ON audit(case_id)"_s,
            // Append-only by construction; the hash chain detects what bypasses these triggers.
            u"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit journal is append-only'); END"_s,
            u"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit journal is append-only'); END"_s,
            // The head of the audit chain, so that removing the last entries is detectable too.
            u"CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID"_s,
        });
}

Result<void> version2(QSqlDatabase &db)
{
    return execAll(db, {
                           // A file is kept once under its SHA-256; a row per case that uses it.
                           uR"(CREATE TABLE attachments (
            sha256 TEXT NOT NULL,
            case_id TEXT NOT NULL,
            original_name TEXT NOT NULL,
            size INTEGER NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (sha256, case_id)) WITHOUT ROWID)"_s,
                           u"CREATE INDEX attachments_case ON attachments(case_id)"_s,
                           uR"(CREATE TABLE accounts (
            user_id TEXT PRIMARY KEY NOT NULL,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL,
            verifier TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            updated_at TEXT NOT NULL))"_s,
                       });
}

// Backfills the receipt sequence from the receipt numbers already issued, so that a number is
// never issued twice after the upgrade.
Result<void> backfillReceiptSequence(QSqlDatabase &db)
{
    QSqlQuery select(db);
    if (!select.exec(u"SELECT receipt_number FROM cases WHERE receipt_number IS NOT NULL"_s))
        return StorageErrors::fromSql(select.lastError());
    QSqlQuery upsert(db);
    upsert.prepare(
        u"INSERT INTO receipt_sequence(authority, day, workstation, last) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(authority, day, workstation) DO UPDATE SET last = max(last, excluded.last)"_s);
    while (select.next()) {
        const QString receipt = select.value(0).toString();
        const std::optional<core::ReceiptNumber> number = core::ReceiptNumber::parse(receipt);
        if (!number) {
            qCWarning(lcStorageMigrate) << "receipt number of unknown form kept as is:" << receipt;
            continue;
        }
        if (auto r = sql::exec(upsert, {number->authority, number->day.toString(u"yyyyMMdd"_s),
                                        number->workstation, number->sequence});
            !r)
            return r;
    }
    return {};
}

// The stored cases' search entries, as schema 3 keeps them (the trigram table fills itself through
// its triggers; the bigrams are filled by schema 6). Plain SQL, so that this step does what it did
// when it was released whatever SearchIndex does later.
Result<void> backfillSearch(QSqlDatabase &db)
{
    return sql::exec(
        db, u"INSERT INTO search_entry(kind, ref_id, name, code, person, receipt) "
            "SELECT 0, id, name, '', legal_rep, upper(trim(coalesce(receipt_number, ''))) FROM cases"_s);
}

Result<void> version3(QSqlDatabase &db)
{
    auto created = execAll(
        db, {
                uR"(CREATE TABLE enterprises (
            code TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            trade_name TEXT NOT NULL,
            industry TEXT NOT NULL,
            authority TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            legal_rep TEXT NOT NULL,
            established TEXT))"_s,
                u"CREATE INDEX enterprises_clash ON enterprises(authority, trade_name, industry)"_s,
                // The search index: one entry per case or enterprise. Exact and prefix matches use the
                // b-tree indexes, contains-matches of 3+ characters the trigram table, of 1–2 characters
                // the bigram table (the trigram tokenizer cannot match fewer than 3 characters).
                uR"(CREATE TABLE search_entry (
            id INTEGER PRIMARY KEY,
            kind INTEGER NOT NULL,
            ref_id TEXT NOT NULL,
            name TEXT NOT NULL,
            code TEXT NOT NULL,
            person TEXT NOT NULL,
            receipt TEXT NOT NULL,
            UNIQUE (kind, ref_id)))"_s,
                u"CREATE INDEX search_entry_name ON search_entry(name)"_s,
                u"CREATE INDEX search_entry_person ON search_entry(person)"_s,
                u"CREATE INDEX search_entry_code ON search_entry(code) WHERE code <> ''"_s,
                u"CREATE INDEX search_entry_receipt ON search_entry(receipt) WHERE receipt <> ''"_s,
                uR"(CREATE VIRTUAL TABLE search_fts USING fts5(
            name, code, person, receipt,
            content = 'search_entry', content_rowid = 'id', tokenize = 'trigram'))"_s,
                uR"(CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN
            INSERT INTO search_fts(rowid, name, code, person, receipt)
                VALUES (new.id, new.name, new.code, new.person, new.receipt);
            END)"_s,
                uR"(CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN
            INSERT INTO search_fts(search_fts, rowid, name, code, person, receipt)
                VALUES ('delete', old.id, old.name, old.code, old.person, old.receipt);
            END)"_s,
                uR"(CREATE TRIGGER search_entry_au AFTER UPDATE ON search_entry BEGIN
            INSERT INTO search_fts(search_fts, rowid, name, code, person, receipt)
                VALUES ('delete', old.id, old.name, old.code, old.person, old.receipt);
            INSERT INTO search_fts(rowid, name, code, person, receipt)
                VALUES (new.id, new.name, new.code, new.person, new.receipt);
            END)"_s,
                // gram = (first code point << 21) | second code point (0 after the last character).
                uR"(CREATE TABLE search_gram (
            gram INTEGER NOT NULL,
            entry_id INTEGER NOT NULL,
            PRIMARY KEY (gram, entry_id)) WITHOUT ROWID)"_s,
                uR"(CREATE TABLE receipt_sequence (
            authority TEXT NOT NULL,
            day TEXT NOT NULL,
            workstation TEXT NOT NULL,
            last INTEGER NOT NULL,
            PRIMARY KEY (authority, day, workstation)) WITHOUT ROWID)"_s,
            });
    if (!created)
        return created;
    if (auto r = backfillReceiptSequence(db); !r)
        return r;
    return backfillSearch(db);
}

// The sync engine's pieces: the change-feed cursor (written in the same transaction as each
// page it covers) and the conflicts a person has to resolve (never dropped).
Result<void> version4(QSqlDatabase &db)
{
    return execAll(
        db,
        {
            u"CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID"_s,
            uR"(CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            event_id TEXT NOT NULL,
            local_event TEXT NOT NULL,
            local_case TEXT NOT NULL,
            remote_case TEXT NOT NULL,
            error_code TEXT NOT NULL,
            error_message TEXT NOT NULL,
            request_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            resolved_at TEXT,
            resolved_by TEXT NOT NULL DEFAULT '',
            resolution TEXT NOT NULL DEFAULT ''))"_s,
            u"CREATE INDEX conflicts_open ON conflicts(resolved_at, id)"_s,
            u"CREATE INDEX conflicts_case ON conflicts(case_id)"_s,
        });
}

// A case's checklist moves into its row as JSON (MaterialItem's own form), and the parties table,
// which nothing read, goes: every pulled or saved case wrote ~15 rows of them at random places,
// most of a pull's time. The persons a case names are in its form; the credit checks (issue 11)
// add the index they need.
Result<void> version5(QSqlDatabase &db)
{
    return execAll(db, {
                           u"ALTER TABLE cases ADD COLUMN materials TEXT NOT NULL DEFAULT '[]'"_s,
                           uR"(UPDATE cases SET materials = (
            SELECT json_group_array(json(item)) FROM (
                SELECT json_object('attachments', json(CASE WHEN json_valid(m.attachments) THEN m.attachments ELSE '[]' END), 'id', m.item_id,
                                   'required', json(CASE WHEN m.required THEN 'true' ELSE 'false' END),
                                   'status', m.status, 'title', m.title) AS item
                FROM materials m WHERE m.case_id = cases.id ORDER BY m.position)))"_s,
                           u"DROP TABLE materials"_s,
                           u"DROP TABLE parties"_s,
                       });
}

// The one- and two-character search moves from a b-tree of bigram rows (~25 rows per entry at
// random places: most of what a pulled case cost after schema 5) to an FTS5 table of bigram
// tokens, whose postings are buffered per transaction and written as one segment.
Result<void> version6(QSqlDatabase &db)
{
    if (auto r = execAll(db, {uR"(CREATE VIRTUAL TABLE search_bigram USING fts5(
            grams, content = '', detail = 'none', prefix = '7', tokenize = 'ascii'))"_s});
        !r)
        return r;
    if (auto r = SearchIndex::fillBigrams(db); !r)
        return r;
    return execAll(db, {u"DROP TABLE search_gram"_s});
}

// The working days a supervisor added to a case's decision (core::StatutoryClock), once; the credit
// code the exchange assigned on licensing, when the licence was issued and its signed essentials.
Result<void> version7(QSqlDatabase &db)
{
    return execAll(db, {u"ALTER TABLE cases ADD COLUMN decision_extension INTEGER NOT NULL DEFAULT 0"_s,
                        u"ALTER TABLE cases ADD COLUMN credit_code TEXT NOT NULL DEFAULT ''"_s,
                        u"ALTER TABLE cases ADD COLUMN licensed_at TEXT"_s,
                        u"ALTER TABLE cases ADD COLUMN licence_seal TEXT NOT NULL DEFAULT ''"_s});
}

// Issue 10, scans travel: the scans the exchange holds whole (uploaded from here and acknowledged,
// or downloaded from it), so an upload is not repeated after a restart and one cut short resumes.
Result<void> version8(QSqlDatabase &db)
{
    return execAll(db, {uR"(CREATE TABLE attachment_transfers (
            sha256 TEXT PRIMARY KEY NOT NULL,
            at_exchange_since TEXT NOT NULL) WITHOUT ROWID)"_s});
}

// Offline issuance: the credit-code serials the exchange reserved for this workstation, each used
// by at most one case.
Result<void> version9(QSqlDatabase &db)
{
    return execAll(db,
                   {u"CREATE TABLE reserved_serials (serial INTEGER PRIMARY KEY, reserved_at TEXT NOT NULL, "
                    "case_id TEXT NOT NULL DEFAULT '')"_s});
}

// Issue 10 §3, numbered blank stock: the batches of this office (from the feed) and the ledger of
// their sheets, append-only: this counter's uses (pending until the exchange recorded them, or
// refused with its reason) and the other counters' of the office that the feed brings.
Result<void> version10(QSqlDatabase &db)
{
    return execAll(db, {uR"(CREATE TABLE stock_batches (
            id TEXT PRIMARY KEY NOT NULL,
            authority TEXT NOT NULL,
            copy TEXT NOT NULL,
            first_serial INTEGER NOT NULL,
            last_serial INTEGER NOT NULL,
            registered_at TEXT NOT NULL) WITHOUT ROWID)"_s,
                        uR"(CREATE TABLE sheet_uses (
            id TEXT NOT NULL UNIQUE,
            case_id TEXT NOT NULL,
            copy TEXT NOT NULL,
            serial INTEGER NOT NULL,
            kind TEXT NOT NULL,
            reason TEXT NOT NULL,
            actor TEXT NOT NULL,
            workstation TEXT NOT NULL,
            at TEXT NOT NULL,
            credit_code TEXT NOT NULL DEFAULT '',
            batch_id TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            error_code TEXT NOT NULL DEFAULT '',
            error_message TEXT NOT NULL DEFAULT ''))"_s,
                        u"CREATE INDEX sheet_uses_case ON sheet_uses (case_id)"_s,
                        u"CREATE INDEX sheet_uses_serial ON sheet_uses (copy, serial)"_s,
                        u"CREATE INDEX sheet_uses_status ON sheet_uses (status)"_s});
}

// Revocations reach the counter: a registered enterprise's status (registered, revoked), since when
// and by which decision, so the verify dialog says a revoked licence is revoked.
Result<void> version11(QSqlDatabase &db)
{
    return execAll(db, {u"ALTER TABLE enterprises ADD COLUMN status TEXT NOT NULL DEFAULT 'registered'"_s,
                        u"ALTER TABLE enterprises ADD COLUMN status_since TEXT"_s,
                        u"ALTER TABLE enterprises ADD COLUMN status_decision TEXT NOT NULL DEFAULT ''"_s});
}

// Issue 11: the credit lists as the exchange's feed brings them, found by subject for the checks at
// the counter (offline too); an entry's removal rewrites it.
Result<void> version12(QSqlDatabase &db)
{
    return execAll(
        db, {u"CREATE TABLE credit_entries (id TEXT PRIMARY KEY, list TEXT NOT NULL, subject_kind TEXT "
             "NOT NULL, subject TEXT NOT NULL, from_date TEXT NOT NULL, removed_on TEXT, entry_json "
             "TEXT NOT NULL)"_s,
             u"CREATE INDEX credit_entries_subject ON credit_entries (subject, subject_kind)"_s});
}

// The name check's sources (name rules 2020, art. 17): a registered enterprise's former names with
// the day each changed (a deregistered one keeps its status and date in `enterprises`), and the
// enterprises of an authority by 字号 whatever their industry (a name without one clashes with all).
Result<void> version13(QSqlDatabase &db)
{
    return execAll(db, {uR"(CREATE TABLE enterprise_former_names (
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            trade_name TEXT NOT NULL,
            authority TEXT NOT NULL,
            changed_on TEXT NOT NULL,
            PRIMARY KEY (code, name)) WITHOUT ROWID)"_s,
                        u"CREATE INDEX enterprise_former_names_clash ON enterprise_former_names (authority, "
                        "trade_name)"_s});
}

// Issue 11 §3–4: what departments pushed about each entity, as the feed brings it: their claims
// (认领) and the items of its credit record (licences, penalties, performance, other), found by the
// entity's code in date order.
Result<void> version14(QSqlDatabase &db)
{
    return execAll(db, {u"CREATE TABLE credit_records (key TEXT PRIMARY KEY, credit_code TEXT NOT NULL, "
                        "kind TEXT NOT NULL, day TEXT NOT NULL, record_json TEXT NOT NULL)"_s,
                        u"CREATE INDEX credit_records_code ON credit_records (credit_code, day)"_s});
}

// Issue 11 §1, a province's directory of a million entities in a minute: the trigram table keeps
// the cases only (contains-matches in their codes and receipt numbers; an enterprise's name and
// legal representative match through the bigram table, which covers every entry, and trigrams over
// a million codes were a third of a snapshot's time; an entity's organisation code is found by its
// own index), and the snapshot's pages wait in a table of
// their own until the whole directory is there and goes into the cache in bulk (DirectorySnapshot).
Result<void> version15(QSqlDatabase &db)
{
    const QString columns = u"rowid, name, code, person, receipt"_s;
    return execAll(
        db,
        {u"DROP TRIGGER search_entry_ai"_s, u"DROP TRIGGER search_entry_ad"_s,
         u"DROP TRIGGER search_entry_au"_s, u"INSERT INTO search_fts(search_fts) VALUES ('delete-all')"_s,
         u"INSERT INTO search_fts(%1) SELECT id, name, code, person, receipt FROM search_entry WHERE kind = 0"_s
             .arg(columns),
         uR"(CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry WHEN new.kind = 0 BEGIN
            INSERT INTO search_fts(rowid, name, code, person, receipt)
                VALUES (new.id, new.name, new.code, new.person, new.receipt);
            END)"_s,
         uR"(CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry WHEN old.kind = 0 BEGIN
            INSERT INTO search_fts(search_fts, rowid, name, code, person, receipt)
                VALUES ('delete', old.id, old.name, old.code, old.person, old.receipt);
            END)"_s,
         uR"(CREATE TRIGGER search_entry_au AFTER UPDATE ON search_entry WHEN old.kind = 0 BEGIN
            INSERT INTO search_fts(search_fts, rowid, name, code, person, receipt)
                VALUES ('delete', old.id, old.name, old.code, old.person, old.receipt);
            INSERT INTO search_fts(rowid, name, code, person, receipt)
                VALUES (new.id, new.name, new.code, new.person, new.receipt);
            END)"_s,
         // A registered entity by the organisation code of its older certificates (组织机构代码,
         // "XXXXXXXX-X"), characters 9–17 of its unified social credit code.
         u"CREATE INDEX search_entry_organisation ON search_entry(substr(code, 9, 9)) WHERE kind = 1"_s,
         uR"(CREATE TABLE directory_staging (
            code TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            trade_name TEXT NOT NULL,
            industry TEXT NOT NULL,
            authority TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            legal_rep TEXT NOT NULL,
            established TEXT,
            status TEXT NOT NULL,
            status_since TEXT,
            status_decision TEXT NOT NULL) WITHOUT ROWID)"_s});
}

// Issue 12 §1, change and deregistration: what a case about a registered entity adds (its kind, the
// entity's code, its form as registered: core::CaseRecord::aboutEntityText, NULL for an
// establishment); the public notices of simplified deregistrations of this authority as the exchange
// sent them last (with their objections), one per case.
Result<void> version16(QSqlDatabase &db)
{
    return execAll(db,
                   {u"ALTER TABLE cases ADD COLUMN about TEXT"_s,
                    u"CREATE TABLE deregistration_notices (case_id TEXT PRIMARY KEY NOT NULL, code TEXT NOT "
                    "NULL, notice_json TEXT NOT NULL)"_s});
}

// Issue 8 §5, a pull of 10,000 cases in a second: the cases' trigram table keeps their codes and
// receipt numbers only. Names and persons are found through the bigram table, each candidate checked
// (SearchIndex::search), so their trigrams were written for every pulled case and never needed.
Result<void> version17(QSqlDatabase &db)
{
    const QString trigger =
        u"CREATE TRIGGER search_entry_%1 AFTER %2 ON search_entry WHEN %3.kind = 0 BEGIN %4 END"_s;
    const QString add =
        u"INSERT INTO search_fts(rowid, code, receipt) VALUES (new.id, new.code, new.receipt);"_s;
    const QString remove = u"INSERT INTO search_fts(search_fts, rowid, code, receipt) "
                           u"VALUES ('delete', old.id, old.code, old.receipt);"_s;
    return execAll(
        db,
        {u"DROP TRIGGER search_entry_ai"_s, u"DROP TRIGGER search_entry_ad"_s,
         u"DROP TRIGGER search_entry_au"_s, u"DROP TABLE search_fts"_s,
         u"CREATE VIRTUAL TABLE search_fts USING fts5(code, receipt, content = 'search_entry', "
         u"content_rowid = 'id', tokenize = 'trigram')"_s,
         u"INSERT INTO search_fts(rowid, code, receipt) SELECT id, code, receipt FROM search_entry WHERE kind = 0"_s,
         trigger.arg(u"ai"_s, u"INSERT"_s, u"new"_s, add),
         trigger.arg(u"ad"_s, u"DELETE"_s, u"old"_s, remove),
         trigger.arg(u"au"_s, u"UPDATE"_s, u"old"_s, remove + u' ' + add)});
}

} // namespace

const schema::Migrator &Migrations::migrator()
{
    static const schema::Migrator runner(
        {
            {1, u"cases, parties, materials, outbox, audit journal"_s, version1},
            {2, u"attachments, local accounts"_s, version2},
            {3, u"enterprise cache, search index, receipt sequence"_s, version3},
            {4, u"sync cursor, conflicts"_s, version4},
            {5, u"materials in the case row, no parties table"_s, version5},
            {6, u"one- and two-character search from an FTS5 table of bigrams"_s, version6},
            {7, u"a case's decision extension, credit code and licence date"_s, version7},
            {8, u"scans the exchange holds"_s, version8},
            {9, u"credit-code serials reserved for offline issuance"_s, version9},
            {10, u"numbered blank stock: batches and the ledger of their sheets"_s, version10},
            {11, u"a registered enterprise's status (revocations)"_s, version11},
            {12, u"the credit lists"_s, version12},
            {13, u"former names of registered enterprises, for the name check"_s, version13},
            {14, u"departments' claims and credit records"_s, version14},
            {15, u"trigrams for cases only; the directory snapshot's staging table"_s, version15},
            {16, u"cases about a registered entity; public notices of simplified deregistrations"_s,
             version16},
            {17, u"trigrams of the cases' codes and receipt numbers only"_s, version17},
        },
        schema::VersionKeeping{
            .read = &Migrations::userVersion,
            .write =
                [](QSqlDatabase &db, int version) {
                    return sql::exec(db, u"PRAGMA user_version = "_s + QString::number(version));
                },
            .begin = {u"BEGIN IMMEDIATE"_s},
            .sqlError = &StorageErrors::fromSql,
            .newer =
                [](int found, int latest) {
                    return StorageErrors::make(u"storage.newer_schema"_s,
                                               tr("The case database has schema version %1, newer than this "
                                                  "version of OneWindow knows (%2).")
                                                   .arg(found)
                                                   .arg(latest));
                },
            .stepFailed =
                [](const Error &cause, int version) {
                    Error error = cause;
                    error.message =
                        tr("Updating the case database to schema %1 failed; it was left at schema %2. %3")
                            .arg(version)
                            .arg(version - 1)
                            .arg(cause.message);
                    return error;
                },
        });
    return runner;
}

const std::vector<Migration> &Migrations::all()
{
    return migrator().steps();
}

int Migrations::latestVersion()
{
    return migrator().latestVersion();
}

Result<int> Migrations::userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return StorageErrors::fromSql(query.lastError());
    return query.value(0).toInt();
}

Result<void> Migrations::migrate(QSqlDatabase &db, int targetVersion)
{
    const Result<int> migrated = migrator().migrate(db, targetVersion);
    return migrated ? Result<void>() : Result<void>(migrated.error());
}

} // namespace ow::storage
