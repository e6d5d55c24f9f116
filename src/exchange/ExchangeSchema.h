#pragma once

#include "core/Result.h"
#include "schema/SchemaMigrator.h"

namespace ow::exchange {

class ExchangeDatabase;

// The schema of the exchange's store, step by step through the shared runner (schema::Migrator):
//   1  users, workstations (certificates), sessions, cases, applied events, changes, request log
//   2  request log index by time; sign-in failure count and lock on users
// The version is kept in meta.schema_version (as every release so far kept it). Each step runs in
// its own transaction under the dialect's schema lock (PostgreSQL: pg_advisory_xact_lock), so
// exchange processes starting at once over one database create it once.
class ExchangeSchema
{
public:
    static constexpr int Version = 3;

    static schema::Migrator migrator(ExchangeDatabase &database);
    // Creates or upgrades the schema of `database`; refuses a store of a newer version.
    static Result<void> migrate(ExchangeDatabase &database, int targetVersion = Version);
};

} // namespace ow::exchange
