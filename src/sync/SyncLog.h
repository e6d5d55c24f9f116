#pragma once

#include <QLoggingCategory>

// One logging category per part of the sync module (onewindow.sync.*).
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcSyncTls)
Q_DECLARE_LOGGING_CATEGORY(lcSyncNet)
Q_DECLARE_LOGGING_CATEGORY(lcSyncPush)
Q_DECLARE_LOGGING_CATEGORY(lcSyncPull)
Q_DECLARE_LOGGING_CATEGORY(lcSyncAttachments)
Q_DECLARE_LOGGING_CATEGORY(lcSyncState)
Q_DECLARE_LOGGING_CATEGORY(lcSyncSecrets)
