#include "ExchangeSchema.h"

#include "ExchangeCaseStore.h"
#include "ExchangeDatabase.h"
#include "core/Authority.h"
#include "protocol/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace ow::exchange {
namespace {

// Statements every supported PostgreSQL and SQLite accept as they are.
const QStringList Version1 = {
    QStringLiteral("CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE users (id VARCHAR(64) PRIMARY KEY, display_name TEXT NOT NULL, role "
                   "VARCHAR(16) NOT NULL, verifier TEXT NOT NULL, disabled INTEGER NOT NULL, created_at "
                   "VARCHAR(32) NOT NULL)"),
    QStringLiteral(
        "CREATE TABLE workstations (fingerprint VARCHAR(64) PRIMARY KEY, code VARCHAR(64) NOT NULL,"
        " kind VARCHAR(16) NOT NULL, serial VARCHAR(64) NOT NULL, issued_at VARCHAR(32) NOT NULL,"
        " not_after VARCHAR(32) NOT NULL, revoked_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE INDEX workstations_code ON workstations (code)"),
    QStringLiteral("CREATE TABLE sessions (token_hash VARCHAR(64) PRIMARY KEY, refresh_hash VARCHAR(64) NOT "
                   "NULL UNIQUE, user_id VARCHAR(64) NOT NULL, fingerprint VARCHAR(64) NOT NULL, workstation "
                   "VARCHAR(64) NOT NULL, expires_at VARCHAR(32) NOT NULL, refresh_expires_at VARCHAR(32) "
                   "NOT NULL, created_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE TABLE cases (id VARCHAR(64) PRIMARY KEY, version INTEGER NOT NULL, state "
                   "VARCHAR(32) NOT NULL, record TEXT NOT NULL, updated_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE TABLE applied_events (event_id VARCHAR(64) PRIMARY KEY, case_id VARCHAR(64) NOT "
                   "NULL, result TEXT NOT NULL, actor VARCHAR(64) NOT NULL, workstation VARCHAR(64) NOT "
                   "NULL, applied_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE TABLE changes (seq BIGINT PRIMARY KEY, kind VARCHAR(16) NOT NULL, case_id "
                   "VARCHAR(64) NOT NULL, case_json TEXT NOT NULL, server_time VARCHAR(32) NOT NULL, origin "
                   "VARCHAR(64) NOT NULL)"),
    QStringLiteral("CREATE TABLE request_log (request_id VARCHAR(64) PRIMARY KEY, at VARCHAR(32) NOT NULL,"
                   " method VARCHAR(8) NOT NULL, path TEXT NOT NULL, status INTEGER NOT NULL, error_code "
                   "VARCHAR(64) NOT NULL, fingerprint VARCHAR(64) NOT NULL, workstation VARCHAR(64) NOT NULL,"
                   " user_id VARCHAR(64) NOT NULL, duration_ms BIGINT NOT NULL)"),
};

// The request log is pruned by age; online sign-in locks an account after repeated failures.
const QStringList Version2 = {
    QStringLiteral("CREATE INDEX request_log_at ON request_log (at)"),
    QStringLiteral("ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE users ADD COLUMN locked_until VARCHAR(32) NOT NULL DEFAULT ''"),
};

// Receipt numbers are unique at the exchange (the counters' rule, core::ReceiptNumber): the cases
// stored so far give theirs, the first case keeping a number another one holds too.
const QStringList Version3 = {
    QStringLiteral(
        "CREATE TABLE receipts (receipt_number VARCHAR(64) PRIMARY KEY, case_id VARCHAR(64) NOT NULL)"),
};

Result<void> backfillReceipts(QSqlDatabase &db, const std::function<Error(const QSqlError &)> &sqlError)
{
    QSqlQuery cases(db);
    if (!cases.exec(QStringLiteral("SELECT id, record FROM cases ORDER BY updated_at"))) {
        return sqlError(cases.lastError());
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO receipts (receipt_number, case_id) VALUES (?, ?)"));
    QSet<QString> seen;
    while (cases.next()) {
        const QString number =
            ExchangeDatabase::jsonObject(cases.value(1)).value(u"receiptNumber").toString();
        if (number.isEmpty() || seen.contains(number)) {
            continue;
        }
        seen.insert(number);
        insert.addBindValue(number);
        insert.addBindValue(cases.value(0).toString());
        if (!insert.exec()) {
            return sqlError(insert.lastError());
        }
    }
    return {};
}

// Issue 8, authority scoping: users, workstations, cases and the feed's rows belong to a registration
// authority (core::Authority); the feed is read by authority, or by province for the provincial scope.
// The only store written before is the demo's (authority 140105): its users and workstations get
// that authority, a case its form's (140105 when the form names none that exists), each change its
// case's.
const QStringList Version4 = {
    QStringLiteral("ALTER TABLE users ADD COLUMN authority VARCHAR(6) NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE workstations ADD COLUMN authority VARCHAR(6) NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE cases ADD COLUMN authority VARCHAR(6) NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE changes ADD COLUMN authority VARCHAR(6) NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE changes ADD COLUMN province VARCHAR(2) NOT NULL DEFAULT ''"),
    QStringLiteral("UPDATE users SET authority = '%1'").arg(QLatin1String(ExchangeSchema::BackfillAuthority)),
    QStringLiteral("UPDATE workstations SET authority = '%1' WHERE kind = 'workstation'")
        .arg(QLatin1String(ExchangeSchema::BackfillAuthority)),
};
const QStringList Version4Feed = {
    QStringLiteral(
        "UPDATE changes SET authority = COALESCE((SELECT cases.authority FROM cases WHERE cases.id "
        "= changes.case_id), '%1')")
        .arg(QLatin1String(ExchangeSchema::BackfillAuthority)),
    QStringLiteral("UPDATE changes SET province = SUBSTR(authority, 1, 2)"),
    QStringLiteral("CREATE INDEX changes_authority_seq ON changes (authority, seq)"),
    QStringLiteral("CREATE INDEX changes_province_seq ON changes (province, seq)"),
};

// Issue 10, credit codes: every code the exchange assigned, by its serial (unique, never drawn twice:
// one counter for the whole store) and its case.
const QStringList Version5 = {
    QStringLiteral("CREATE TABLE code_serials (name VARCHAR(32) PRIMARY KEY, next_serial BIGINT NOT NULL)"),
    QStringLiteral("INSERT INTO code_serials (name, next_serial) VALUES ('uscc', 1)"),
    QStringLiteral("CREATE TABLE credit_codes (code VARCHAR(18) PRIMARY KEY, serial BIGINT NOT NULL UNIQUE, "
                   "case_id VARCHAR(64) NOT NULL, authority VARCHAR(6) NOT NULL, state VARCHAR(16) NOT NULL, "
                   "assigned_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE INDEX credit_codes_case ON credit_codes (case_id)"),
};

// Issue 10, issued licences: each confirmed licence with its registered entity as published and its
// signed QR text; cases by state (the exchange publishes what it licensed).
const QStringList Version6 = {
    QStringLiteral(
        "CREATE TABLE licences (code VARCHAR(18) PRIMARY KEY, case_id VARCHAR(64) NOT NULL UNIQUE, "
        "authority VARCHAR(6) NOT NULL, name TEXT NOT NULL, trade_name VARCHAR(100) NOT NULL, "
        "industry VARCHAR(100) NOT NULL, entity_json TEXT NOT NULL, seal TEXT NOT NULL, status "
        "VARCHAR(16) NOT NULL, licensed_at VARCHAR(32) NOT NULL, published_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE INDEX licences_name ON licences (authority, trade_name, industry)"),
    QStringLiteral("CREATE INDEX cases_state ON cases (state)"),
};

// Issue 10, scans travel: a scan is kept once by its SHA-256 (its size, how much has arrived,
// whether it is complete and verified) in parts appended in order; each case names its scans
// (attachment_refs, rewritten with the case), which say who may upload and download one. A table,
// not files: several exchange processes over one PostgreSQL see one store, and a part is appended
// and counted in one transaction. BYTEA is a blob to SQLite as well.
const QStringList Version7 = {
    QStringLiteral("CREATE TABLE attachments (sha256 VARCHAR(64) PRIMARY KEY, size BIGINT NOT NULL, "
                   "received BIGINT NOT NULL, complete INTEGER NOT NULL, updated_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE TABLE attachment_parts (sha256 VARCHAR(64) NOT NULL, start BIGINT NOT NULL, "
                   "data BYTEA NOT NULL, PRIMARY KEY (sha256, start))"),
    QStringLiteral("CREATE TABLE attachment_refs (sha256 VARCHAR(64) NOT NULL, case_id VARCHAR(64) NOT NULL, "
                   "authority VARCHAR(6) NOT NULL, PRIMARY KEY (sha256, case_id))"),
    QStringLiteral("CREATE INDEX attachment_refs_case ON attachment_refs (case_id)"),
};

// The scans the cases stored so far name.
Result<void> backfillAttachmentRefs(QSqlDatabase &db, const std::function<Error(const QSqlError &)> &sqlError)
{
    QSqlQuery cases(db);
    if (!cases.exec(QStringLiteral("SELECT id, authority, record FROM cases"))) {
        return sqlError(cases.lastError());
    }
    QList<std::tuple<QString, QString, QString>> refs;
    while (cases.next()) {
        QSet<QString> seen;
        const QJsonArray materials =
            ExchangeDatabase::jsonObject(cases.value(2)).value(u"materials").toArray();
        for (const QJsonValue &material : materials) {
            for (const QJsonValue &hash : material.toObject().value(u"attachments").toArray()) {
                if (!seen.contains(hash.toString())) {
                    seen.insert(hash.toString());
                    refs.append({hash.toString(), cases.value(0).toString(), cases.value(1).toString()});
                }
            }
        }
    }
    cases.finish();
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO attachment_refs (sha256, case_id, authority) VALUES (?, ?, ?)"));
    for (const auto &[hash, caseId, authority] : refs) {
        insert.addBindValue(hash);
        insert.addBindValue(caseId);
        insert.addBindValue(authority);
        if (!insert.exec()) {
            return sqlError(insert.lastError());
        }
    }
    return {};
}

// Issue 10, offline issuance: credit-code serials reserved for a workstation (drawn from the one
// counter, so never given twice), each used by at most one case.
const QStringList Version8 = {
    QStringLiteral(
        "CREATE TABLE reserved_serials (serial BIGINT PRIMARY KEY, workstation VARCHAR(64) NOT NULL, "
        "authority VARCHAR(6) NOT NULL, reserved_at VARCHAR(32) NOT NULL, case_id VARCHAR(64) NOT "
        "NULL)"),
    QStringLiteral("CREATE INDEX reserved_serials_workstation ON reserved_serials (workstation, case_id)"),
};

// Issue 10 §3, numbered blank stock: the batches delivered to each authority and every use of a
// sheet (append-only); a sheet is printed once and voided once (the two unique indexes hold that
// even past the service's checks); a licence lists the sheets that carry it.
const QStringList Version9 = {
    QStringLiteral("CREATE TABLE stock_batches (id VARCHAR(32) PRIMARY KEY, authority VARCHAR(6) NOT NULL, "
                   "copy VARCHAR(16) NOT NULL, first_serial BIGINT NOT NULL, last_serial BIGINT NOT NULL, "
                   "registered_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE INDEX stock_batches_copy ON stock_batches (copy, first_serial)"),
    QStringLiteral(
        "CREATE TABLE sheet_uses (id VARCHAR(64) PRIMARY KEY, batch_id VARCHAR(32) NOT NULL, "
        "copy VARCHAR(16) NOT NULL, serial BIGINT NOT NULL, kind VARCHAR(16) NOT NULL, "
        "case_id VARCHAR(64) NOT NULL, credit_code VARCHAR(18) NOT NULL, reason TEXT NOT NULL, "
        "actor VARCHAR(64) NOT NULL, workstation VARCHAR(64) NOT NULL, device_time VARCHAR(32) NOT "
        "NULL, recorded_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE UNIQUE INDEX sheet_uses_once ON sheet_uses (copy, serial, kind)"),
    QStringLiteral(
        "CREATE UNIQUE INDEX sheet_uses_printed ON sheet_uses (copy, serial) WHERE kind <> 'voided'"),
    QStringLiteral("CREATE INDEX sheet_uses_batch ON sheet_uses (batch_id, serial)"),
    QStringLiteral("CREATE INDEX sheet_uses_case ON sheet_uses (case_id)"),
    QStringLiteral("ALTER TABLE licences ADD COLUMN sheets TEXT NOT NULL DEFAULT ''"),
};

// Issue 11, the credit lists (DOMAIN §7): every entry ever recorded, found by its subject (a
// person's ID number or an entity's code) for the checks; a removal rewrites the entry with its date.
const QStringList Version10 = {
    QStringLiteral(
        "CREATE TABLE credit_entries (id VARCHAR(64) PRIMARY KEY, list VARCHAR(32) NOT NULL, "
        "subject_kind VARCHAR(8) NOT NULL, subject VARCHAR(32) NOT NULL, from_date VARCHAR(10) NOT NULL, "
        "removed_on VARCHAR(10) NOT NULL, authority_code VARCHAR(6) NOT NULL, "
        "recorded_at VARCHAR(32) NOT NULL, entry_json TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX credit_entries_subject ON credit_entries (subject_kind, subject)"),
    QStringLiteral("CREATE INDEX credit_entries_list ON credit_entries (list, from_date)"),
    // The registry's own entries and removals, entered by one supervisor and recorded when another
    // confirms them (four eyes): the proposal, who made it and who settled it.
    QStringLiteral(
        "CREATE TABLE credit_proposals (id VARCHAR(64) PRIMARY KEY, kind VARCHAR(8) NOT NULL, "
        "proposal_json TEXT NOT NULL, authority VARCHAR(6) NOT NULL, proposed_by VARCHAR(64) NOT NULL, "
        "proposed_at VARCHAR(32) NOT NULL, state VARCHAR(16) NOT NULL, settled_by VARCHAR(64) NOT NULL, "
        "settled_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE INDEX credit_proposals_state ON credit_proposals (state, authority)"),
};

// Issue 11 §2, the name check: the former names of registered entities with the day each changed,
// found by authority and 字号 (deregistered entities keep their status and date in the licence's entity).
const QStringList Version11 = {
    QStringLiteral(
        "CREATE TABLE licence_former_names (code VARCHAR(18) NOT NULL, name VARCHAR(200) NOT NULL, "
        "trade_name VARCHAR(100) NOT NULL, authority VARCHAR(6) NOT NULL, changed_on VARCHAR(10) "
        "NOT NULL, PRIMARY KEY (code, name))"),
    QStringLiteral("CREATE INDEX licence_former_names_clash ON licence_former_names (authority, trade_name)"),
    QStringLiteral("CREATE INDEX licences_trade_name ON licences (authority, trade_name)"),
};

// Issue 11 §3, departments (DOMAIN §8): who they are and what they get (kinds, licences, authority),
// each one's ordered queue of registrations with what it acknowledged, its claims and the items of
// credit records it pushed back, each keyed by the department's own id.
const QStringList Version13 = {
    QStringLiteral("CREATE TABLE departments (code VARCHAR(32) PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                   "kinds TEXT NOT NULL, licences TEXT NOT NULL, authority VARCHAR(6) NOT NULL, "
                   "acknowledged BIGINT NOT NULL, enrolled_at VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE TABLE department_queue (department VARCHAR(32) NOT NULL, seq BIGINT NOT NULL, "
                   "credit_code VARCHAR(18) NOT NULL, item TEXT NOT NULL, queued_at VARCHAR(32) NOT NULL, "
                   "PRIMARY KEY (department, seq))"),
    QStringLiteral("CREATE UNIQUE INDEX department_queue_once ON department_queue (department, credit_code)"),
    QStringLiteral("CREATE TABLE department_claims (department VARCHAR(32) NOT NULL, credit_code VARCHAR(18) "
                   "NOT NULL, claim_json TEXT NOT NULL, claimed_at VARCHAR(32) NOT NULL, "
                   "PRIMARY KEY (department, credit_code))"),
    QStringLiteral("CREATE TABLE credit_records (department VARCHAR(32) NOT NULL, id VARCHAR(64) NOT NULL, "
                   "credit_code VARCHAR(18) NOT NULL, kind VARCHAR(16) NOT NULL, record_json TEXT NOT NULL, "
                   "recorded_at VARCHAR(32) NOT NULL, PRIMARY KEY (department, id))"),
    QStringLiteral("CREATE INDEX credit_records_code ON credit_records (credit_code)"),
};

// Issue 12 §3, the province's statistics (ExchangeStatistics): what they read of a case in columns
// of its row (ExchangeCaseStore::StatisticsColumns), the standard reasons each decision gave from now
// on (the events are not kept, so decisions made before bring none), and the indexes the figures'
// GROUP BY read: led by the day (then the authority), holding every column a figure reads, so that a
// period's cases are found without reading the others (a figure costs the period's cases, not the
// store's; where the period is most of the store, the planner reads the table instead).
const QStringList Version14 = {
    QStringLiteral("ALTER TABLE cases ADD COLUMN received_day VARCHAR(10) NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE cases ADD COLUMN licensed_day VARCHAR(10) NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE cases ADD COLUMN entity_type VARCHAR(64) NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE cases ADD COLUMN origin VARCHAR(16) NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE cases ADD COLUMN accepted_by VARCHAR(64) NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE cases ADD COLUMN workstation VARCHAR(64) NOT NULL DEFAULT ''"),
    QStringLiteral(
        "CREATE TABLE case_reasons (event_id VARCHAR(64) NOT NULL, code VARCHAR(16) NOT NULL, "
        "case_id VARCHAR(64) NOT NULL, action VARCHAR(32) NOT NULL, authority VARCHAR(6) NOT NULL, "
        "entity_type VARCHAR(64) NOT NULL, decided_day VARCHAR(10) NOT NULL, "
        "PRIMARY KEY (event_id, code))"),
};
const QStringList Version14Indexes = {
    QStringLiteral("CREATE INDEX cases_statistics ON cases (received_day, authority, entity_type, state, "
                   "origin, licensed_day)"),
    QStringLiteral("CREATE INDEX cases_statistics_people ON cases (received_day, authority, entity_type, "
                   "state, origin, accepted_by, workstation)"),
    QStringLiteral("CREATE INDEX case_reasons_day ON case_reasons (decided_day, authority, entity_type, "
                   "action, code)"),
};

// The statistics' columns of the cases stored so far, from their records.
Result<void> backfillStatistics(QSqlDatabase &db, const std::function<Error(const QSqlError &)> &sqlError)
{
    QSqlQuery cases(db);
    if (!cases.exec(QStringLiteral("SELECT record FROM cases"))) {
        return sqlError(cases.lastError());
    }
    QList<core::CaseRecord> records;
    while (cases.next()) {
        records.append(core::CaseRecord::fromJson(ExchangeDatabase::jsonObject(cases.value(0))));
    }
    cases.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE cases SET received_day = ?, licensed_day = ?, entity_type = ?, "
                                  "origin = ?, accepted_by = ?, workstation = ? WHERE id = ?"));
    for (const core::CaseRecord &record : std::as_const(records)) {
        const ExchangeCaseStore::StatisticsColumns c = ExchangeCaseStore::statisticsColumns(record);
        for (const QString &value :
             {c.receivedDay, c.licensedDay, c.entityType, c.origin, c.acceptedBy, c.workstation, record.id}) {
            update.addBindValue(value.isNull() ? QStringLiteral("") : value); // NOT NULL: "" for none
        }
        if (!update.exec()) {
            return sqlError(update.lastError());
        }
    }
    return {};
}

// Issue 12, deregistration: the public notices of simplified deregistrations, one per case, with
// their objections in the notice's JSON; by entity, and by the day they end (the public list).
const QStringList Version15 = {
    QStringLiteral(
        "CREATE TABLE deregistration_notices (case_id VARCHAR(64) PRIMARY KEY, code VARCHAR(18) NOT "
        "NULL, authority VARCHAR(6) NOT NULL, from_day VARCHAR(10) NOT NULL, until_day VARCHAR(10) "
        "NOT NULL, notice_json TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX deregistration_notices_code ON deregistration_notices (code)"),
    QStringLiteral("CREATE INDEX deregistration_notices_until ON deregistration_notices (until_day)"),
};

// Issue 12, departments hear of an entity's whole life: a queue item is once per department, entity
// and occasion ("registration", "change:<case id>", "revocation", "deregistration"; DepartmentStore),
// no longer once per department and entity. What was queued before was the registrations.
const QStringList Version16 = {
    QStringLiteral(
        "ALTER TABLE department_queue ADD COLUMN occasion VARCHAR(80) NOT NULL DEFAULT 'registration'"),
    QStringLiteral("DROP INDEX department_queue_once"),
    QStringLiteral("CREATE UNIQUE INDEX department_queue_once ON department_queue (department, credit_code, "
                   "occasion)"),
};

// Issue 8, a case's JSON stored once: a case written from now on keeps its text in its latest change
// (change_seq) and an empty record; a case written before keeps its own record (change_seq 0).
// ExchangeCaseStore reads either.
const QStringList Version17 = {
    QStringLiteral("ALTER TABLE cases ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0"),
};

// Each case's authority is its form's; a form naming none that exists gets the backfill authority,
// written into the form too, so that a stored case's form always names its authority.
Result<void> backfillCaseAuthorities(QSqlDatabase &db,
                                     const std::function<Error(const QSqlError &)> &sqlError)
{
    QSqlQuery cases(db);
    if (!cases.exec(QStringLiteral("SELECT id, record FROM cases"))) {
        return sqlError(cases.lastError());
    }
    QList<std::pair<QString, QJsonObject>> rows;
    while (cases.next()) {
        rows.append({cases.value(0).toString(), ExchangeDatabase::jsonObject(cases.value(1))});
    }
    cases.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE cases SET authority = ?, record = ? WHERE id = ?"));
    for (auto &[id, record] : rows) {
        QJsonObject form = record.value(u"form").toObject();
        QString authority = form.value(u"authorityDivision").toString();
        if (!core::Authority::isValid(authority)) {
            authority = QLatin1String(ExchangeSchema::BackfillAuthority);
            form.insert(QStringLiteral("authorityDivision"), authority);
            record.insert(QStringLiteral("form"), form);
        }
        update.addBindValue(authority);
        update.addBindValue(ExchangeDatabase::jsonText(record));
        update.addBindValue(id);
        if (!update.exec()) {
            return sqlError(update.lastError());
        }
    }
    return {};
}

} // namespace

namespace {

// Every step of the exchange's schema, in order.
std::vector<schema::Migration> steps(const std::function<Error(const QSqlError &)> &sqlError)
{
    const auto statements = [sqlError](const QStringList &sql) {
        return [sql, sqlError](QSqlDatabase &db) {
            return schema::Migrator::runAll(db, sql, sqlError);
        };
    };
    return {
        {1, QStringLiteral("users, workstations, sessions, cases, applied events, changes, request log"),
         statements(Version1)},
        {2, QStringLiteral("request log by time, sign-in lock"), statements(Version2)},
        {3, QStringLiteral("receipt numbers, unique"),
         [sqlError](QSqlDatabase &db) -> Result<void> {
             if (auto created = schema::Migrator::runAll(db, Version3, sqlError); !created) {
                 return created;
             }
             return backfillReceipts(db, sqlError);
         }},
        {4, QStringLiteral("registration authority of users, workstations, cases and changes"),
         [sqlError](QSqlDatabase &db) -> Result<void> {
             if (auto added = schema::Migrator::runAll(db, Version4, sqlError); !added) {
                 return added;
             }
             if (auto cases = backfillCaseAuthorities(db, sqlError); !cases) {
                 return cases;
             }
             return schema::Migrator::runAll(db, Version4Feed, sqlError);
         }},
        {5, QStringLiteral("credit codes and their serial"), statements(Version5)},
        {6, QStringLiteral("issued licences, cases by state"), statements(Version6)},
        {7, QStringLiteral("attachments: scans by hash, their parts, the cases naming them"),
         [sqlError](QSqlDatabase &db) -> Result<void> {
             if (auto created = schema::Migrator::runAll(db, Version7, sqlError); !created) {
                 return created;
             }
             return backfillAttachmentRefs(db, sqlError);
         }},
        {8, QStringLiteral("credit-code serials reserved for workstations"), statements(Version8)},
        {9, QStringLiteral("numbered blank stock: batches and the uses of their sheets"),
         statements(Version9)},
        {10, QStringLiteral("credit lists: their entries by subject"), statements(Version10)},
        {11, QStringLiteral("former names of registered entities, for the name check"),
         statements(Version11)},
        {13, QStringLiteral("departments: their queues, claims and credit records"), statements(Version13)},
        {14, QStringLiteral("statistics: the cases' columns and indexes, the reasons given"),
         [sqlError](QSqlDatabase &db) -> Result<void> {
             if (auto added = schema::Migrator::runAll(db, Version14, sqlError); !added) {
                 return added;
             }
             if (auto filled = backfillStatistics(db, sqlError); !filled) {
                 return filled;
             }
             return schema::Migrator::runAll(db, Version14Indexes, sqlError);
         }},
        {15, QStringLiteral("public notices of simplified deregistrations"), statements(Version15)},
        {16, QStringLiteral("departments' queues: an entity's changes, revocation and deregistration"),
         statements(Version16)},
        {17, QStringLiteral("a case's JSON kept once, in its latest change"), statements(Version17)},
    };
}

} // namespace

schema::Migrator ExchangeSchema::migrator(ExchangeDatabase &database)
{
    const auto sqlError = [&database](const QSqlError &error) {
        return database.failure(error, QStringLiteral("schema"));
    };
    return schema::Migrator(
        steps(sqlError),
        schema::VersionKeeping{
            // The version as committed; 0 when the meta table does not exist yet.
            .read = [sqlError](QSqlDatabase &db) -> Result<int> {
                if (!db.tables().contains(QStringLiteral("meta"))) {
                    return 0;
                }
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
                    return sqlError(q.lastError());
                }
                return q.next() ? q.value(0).toInt() : 0;
            },
            .write =
                [sqlError](QSqlDatabase &db, int version) {
                    return schema::Migrator::runAll(
                        db,
                        {QStringLiteral("DELETE FROM meta WHERE key = 'schema_version'"),
                         QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '%1')")
                             .arg(version)},
                        sqlError);
                },
            .begin = database.schemaTransaction(),
            .sqlError = sqlError,
            .newer =
                [](int found, int) {
                    return Error{
                        protocol::errors::ServerInternal,
                        QStringLiteral("The exchange's store is from a newer version (%1).").arg(found),
                        {}};
                },
            .stepFailed =
                [](const Error &cause, int version) {
                    Error error = cause;
                    error.message = QStringLiteral("Updating the exchange's store to schema %1 failed: %2")
                                        .arg(version)
                                        .arg(cause.message);
                    return error;
                },
        });
}

Result<void> ExchangeSchema::migrate(ExchangeDatabase &database, int targetVersion)
{
    const Result<int> migrated = migrator(database).migrate(database.connection(), targetVersion);
    return migrated ? Result<void>() : Result<void>(migrated.error());
}

} // namespace ow::exchange
