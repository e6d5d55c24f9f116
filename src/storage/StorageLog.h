#pragma once

#include <QLoggingCategory>

// One logging category per part of the storage module (onewindow.storage.*).
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcStorageMigrate)
Q_DECLARE_LOGGING_CATEGORY(lcStorageSearch)
Q_DECLARE_LOGGING_CATEGORY(lcStorageAudit)
Q_DECLARE_LOGGING_CATEGORY(lcStorageOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcStorageAccounts)
Q_DECLARE_LOGGING_CATEGORY(lcStorageStatistics)
