#include "SchemaLog.h"

Q_LOGGING_CATEGORY(lcSchemaMigrate, "onewindow.schema.migrate")
