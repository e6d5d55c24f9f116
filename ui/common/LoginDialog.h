#pragma once

#include "storage/AccountStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow::sync {
class SyncEngine;
struct SessionInfo;
struct SyncError;
} // namespace ow::sync

namespace ow::ui {

// Sign-in at the workstation. Until the exchange is connected every sign-in is offline:
// it checks the salted, slow verifier kept in the local cache, and says so.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(storage::AccountStore &accounts, const QString &workstation, const QString &lastUser,
                QWidget *parent = nullptr);

    // With a configured engine, sign-in is online first; when the exchange cannot be reached it
    // falls back to the offline verifier kept from the last online sign-in, and says so.
    void setSyncEngine(sync::SyncEngine *engine);

    const storage::LocalAccount &account() const { return m_account; }
    bool signedInOnline() const { return m_online; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *anotherUserButton() const { return m_anotherUser; }

private:
    void trySignIn();
    void switchUser();
    // A user name typed where the password goes (the previous user's name was filled in): it moves
    // to the user field and nothing is tried, so no failure counts against anyone. True if it was one.
    bool takeUserNameFromPassword(const QString &user);
    void signInOffline(const QString &user, const QString &password, const QString &why);
    void onlineSucceeded(const sync::SessionInfo &session);
    void onlineFailed(const sync::SyncError &error);
    void setBusy(bool busy);
    void showMessage(const QString &text); // under the fields; the dialog grows to fit it

    storage::AccountStore &m_accounts;
    storage::LocalAccount m_account;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    QPushButton *m_anotherUser;
    QLabel *m_mode;
    sync::SyncEngine *m_engine = nullptr;
    QString m_pendingPassword;
    bool m_online = false;
};

} // namespace ow::ui
