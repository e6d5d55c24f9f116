#include "SchemaMigrator.h"

#include "SchemaLog.h"

#include <QSqlQuery>

namespace ow::schema {

Migrator::Migrator(std::vector<Migration> steps, VersionKeeping keeping)
    : m_steps(std::move(steps)), m_keeping(std::move(keeping))
{}

int Migrator::latestVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().version;
}

Result<void> Migrator::runAll(QSqlDatabase &db, const QStringList &statements,
                              const std::function<Error(const QSqlError &)> &sqlError)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            qCWarning(lcSchemaMigrate) << "failed:" << statement << query.lastError().text();
            return sqlError(query.lastError());
        }
    }
    return {};
}

Result<int> Migrator::readChecked(QSqlDatabase &db) const
{
    Result<int> version = m_keeping.read(db);
    if (version && version.value() > latestVersion()) {
        return m_keeping.newer(version.value(), latestVersion());
    }
    return version;
}

Result<int> Migrator::migrate(QSqlDatabase &db, int targetVersion) const
{
    const Result<int> found = readChecked(db);
    if (!found) {
        return found;
    }
    for (const Migration &step : m_steps) {
        if (step.version <= found.value() || step.version > targetVersion) {
            continue;
        }
        if (auto applied = applyStep(db, step); !applied) {
            return applied.error();
        }
    }
    return found;
}

Result<void> Migrator::applyStep(QSqlDatabase &db, const Migration &step) const
{
    const auto abandon = [&db](const Error &error) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    if (auto begun = runAll(db, m_keeping.begin, m_keeping.sqlError); !begun) {
        return abandon(begun.error());
    }
    // Under the transaction's lock: another process may have applied this step meanwhile.
    const Result<int> now = readChecked(db);
    if (!now) {
        return abandon(now.error());
    }
    if (now.value() >= step.version) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    qCInfo(lcSchemaMigrate) << "migrating" << db.databaseName() << "to schema" << step.version
                            << step.description;
    Result<void> result = step.apply(db);
    if (result) {
        result = m_keeping.write(db, step.version);
    }
    if (result) {
        result = runAll(db, {QStringLiteral("COMMIT")}, m_keeping.sqlError);
    }
    if (!result) {
        qCCritical(lcSchemaMigrate) << "migration to schema" << step.version
                                    << "failed:" << result.error().message;
        return abandon(m_keeping.stepFailed(result.error(), step.version));
    }
    return {};
}

} // namespace ow::schema
