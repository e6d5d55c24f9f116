#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace ow::schema {

// One step of a schema: the version it produces (1, 2, 3 …) and what it does.
struct Migration
{
    int version;
    QString description; // for the log
    std::function<Result<void>(QSqlDatabase &)> apply;
};

// What differs between the stores that use the runner: where the version is kept, how a step's
// transaction opens (and which lock keeps two migrating processes apart), and what the errors say.
struct VersionKeeping
{
    // The version as committed; 0 for an empty database.
    std::function<Result<int>(QSqlDatabase &)> read;
    // Records `version` inside the step's transaction.
    std::function<Result<void>(QSqlDatabase &, int version)> write;
    // The statements that open a step's transaction (BEGIN …, then any lock).
    QStringList begin;
    // The store's own mapping of a driver error.
    std::function<Error(const QSqlError &error)> sqlError;
    // The refusal of a database at `found`, newer than the `latest` this code knows.
    std::function<Error(int found, int latest)> newer;
    // What a failed step says: `cause` is the error of step `version`; the database stays at the
    // version before it.
    std::function<Error(const Error &cause, int version)> stepFailed;
};

// Ordered migrations over one Qt SQL connection. Each step runs in its own transaction together
// with its version, so a database is always at exactly one known version; the version is read
// again inside that transaction, so a step another process applied meanwhile is skipped. A
// database newer than the last step is refused and left untouched.
class Migrator
{
public:
    Migrator(std::vector<Migration> steps, VersionKeeping keeping);

    const std::vector<Migration> &steps() const { return m_steps; }
    int latestVersion() const;

    // Brings `db` up to `targetVersion` (tests use a lower one to build older databases);
    // returns the version it was found at.
    Result<int> migrate(QSqlDatabase &db, int targetVersion) const;
    Result<int> migrate(QSqlDatabase &db) const { return migrate(db, latestVersion()); }

    // Runs `statements` in order; the first failure stops them.
    static Result<void> runAll(QSqlDatabase &db, const QStringList &statements,
                               const std::function<Error(const QSqlError &)> &sqlError);

private:
    // Applies one step in its own transaction, unless the database has it already.
    Result<void> applyStep(QSqlDatabase &db, const Migration &step) const;
    Result<int> readChecked(QSqlDatabase &db) const;

    std::vector<Migration> m_steps;
    VersionKeeping m_keeping;
};

} // namespace ow::schema
