#include "StorageLog.h"

Q_LOGGING_CATEGORY(lcStorage, "onewindow.storage")
Q_LOGGING_CATEGORY(lcStorageMigrate, "onewindow.storage.migrate")
Q_LOGGING_CATEGORY(lcStorageSearch, "onewindow.storage.search")
Q_LOGGING_CATEGORY(lcStorageAudit, "onewindow.storage.audit")
Q_LOGGING_CATEGORY(lcStorageOutbox, "onewindow.storage.outbox")
Q_LOGGING_CATEGORY(lcStorageAccounts, "onewindow.storage.accounts")
Q_LOGGING_CATEGORY(lcStorageStatistics, "onewindow.storage.statistics")
