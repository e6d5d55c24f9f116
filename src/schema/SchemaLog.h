#pragma once

#include <QLoggingCategory>

// The migration runner's category: onewindow.schema.migrate.
Q_DECLARE_LOGGING_CATEGORY(lcSchemaMigrate)
