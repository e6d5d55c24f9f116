#pragma once

#include "storage/AccountStore.h"
#include "ui/common/WorkbenchTypes.h"

#include <QDateTime>
#include <QObject>

class QAction;
class QLabel;
class QProgressBar;
class QStatusBar;

namespace ow::ui {

// The counter's permanent status bar pieces: who is signed in at which workstation, the
// connection to the exchange (with the certificate's expiry), the unsent count, the last sync
// and a progress bar while syncing, and one of its own while scans go to the exchange after the
// events (SyncEngine::attachmentProgress). Follows the sync engine by itself.
class SyncStatusBar : public QObject
{
    Q_OBJECT
public:
    // Adds its widgets to `bar`. `syncNow` is enabled and `signIn` shown as the connection allows.
    SyncStatusBar(Workbench &workbench, const storage::LocalAccount &user, QStatusBar *bar, QAction *syncNow,
                  QAction *signIn);

    // What the status bar says about the workstation certificate expiring on `expiry`: nothing
    // until 30 days before, then how many days are left (or that it has expired) and what to do.
    static QString certificateExpiryNote(const QDateTime &expiry, const QDateTime &now);

    QProgressBar *scanProgress() const { return m_scanProgress; }

public slots:
    void updateAll();
    void updateConnection();

private:
    void connectEngine();

    Workbench &m_wb;
    storage::LocalAccount m_user;
    QAction *m_syncNow;
    QAction *m_signIn;
    QLabel *m_userLabel;
    QLabel *m_workstationLabel;
    QLabel *m_connectionLabel;
    QLabel *m_unsentLabel;
    QLabel *m_lastSyncLabel;
    QProgressBar *m_progress;
    QProgressBar *m_scanProgress;
};

} // namespace ow::ui
