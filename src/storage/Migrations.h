#pragma once

#include "core/Result.h"
#include "schema/SchemaMigrator.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace ow::storage {

// One step of the schema, applied by the shared runner (schema::Migrator) each in its own
// transaction together with PRAGMA user_version, so a file is always at exactly one known version.
using Migration = schema::Migration;

// The schema history of the local cache:
//   1  cases, parties, materials, outbox, audit journal
//   2  attachments and local accounts
//   3  registered-enterprise cache, search index (entries, trigrams, bigrams), receipt sequence;
//      fills the index from the stored cases and the sequence from their receipt numbers
//   4  sync state (the change-feed cursor) and conflicts (both sides, for a person to resolve)
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static const std::vector<Migration> &all();
    static int latestVersion();
    static const schema::Migrator &migrator();

    static Result<int> userVersion(QSqlDatabase &db);
    // Brings `db` from its user_version up to `targetVersion` (tests use a lower target to
    // build files of an older version). Refuses a file newer than this code knows.
    static Result<void> migrate(QSqlDatabase &db, int targetVersion);
};

} // namespace ow::storage
