#include "SchemaLog.h"

Q_LOGGING_CATEGORY(lcSchemaMigrate, "onewindow.schema.migrate")
Q_LOGGING_CATEGORY(lcSchemaSqlite, "onewindow.schema.sqlite")
