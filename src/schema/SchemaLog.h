#pragma once

#include <QLoggingCategory>

// The migration runner's category: onewindow.schema.migrate.
Q_DECLARE_LOGGING_CATEGORY(lcSchemaMigrate)
// SQLite's own statements (SqliteStatements): onewindow.schema.sqlite.
Q_DECLARE_LOGGING_CATEGORY(lcSchemaSqlite)
