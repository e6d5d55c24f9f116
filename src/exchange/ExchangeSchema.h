#pragma once

#include "core/Result.h"
#include "schema/SchemaMigrator.h"

namespace ow::exchange {

class ExchangeDatabase;

// The schema of the exchange's store, step by step through the shared runner (schema::Migrator):
//   1  users, workstations (certificates), sessions, cases, applied events, changes, request log
//   2  request log index by time; sign-in failure count and lock on users
//   3  receipt numbers, unique
//   4  the registration authority (core::Authority) of users, workstations, cases and changes;
//      the feed indexed by (authority, seq) and (province, seq)
//   5–8 credit codes, licences, attachments, reserved serials
//   9  numbered blank stock: stock_batches, sheet_uses, licences.sheets
//   10 credit lists; 11 former names; 13 departments, their queues, claims and credit records
//   14 statistics' columns and indexes; 15 deregistration notices; 16 department queues per occasion
//   17 a case's JSON kept once, in its latest change (cases.change_seq)
// The version is kept in meta.schema_version (as every release so far kept it). Each step runs in
// its own transaction under the dialect's schema lock (PostgreSQL: pg_advisory_xact_lock), so
// exchange processes starting at once over one database create it once.
class ExchangeSchema
{
public:
    static constexpr int Version = 17;
    // The authority step 4 gives what a store of schema 3 holds (the demo's, 小店区).
    static constexpr char BackfillAuthority[] = "140105";

    static schema::Migrator migrator(ExchangeDatabase &database);
    // Creates or upgrades the schema of `database`; refuses a store of a newer version.
    static Result<void> migrate(ExchangeDatabase &database, int targetVersion = Version);
};

} // namespace ow::exchange
