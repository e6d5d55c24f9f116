#include "SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "onewindow.sync")
Q_LOGGING_CATEGORY(lcSyncTls, "onewindow.sync.tls")
Q_LOGGING_CATEGORY(lcSyncNet, "onewindow.sync.net")
Q_LOGGING_CATEGORY(lcSyncPush, "onewindow.sync.push")
Q_LOGGING_CATEGORY(lcSyncPull, "onewindow.sync.pull")
Q_LOGGING_CATEGORY(lcSyncAttachments, "onewindow.sync.attachments")
Q_LOGGING_CATEGORY(lcSyncState, "onewindow.sync.state")
Q_LOGGING_CATEGORY(lcSyncSecrets, "onewindow.sync.secrets")
