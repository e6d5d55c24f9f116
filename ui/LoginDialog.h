#pragma once

#include "storage/AccountStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow::ui {

// Sign-in at the workstation. Until the exchange is connected every sign-in is offline:
// it checks the salted, slow verifier kept in the local cache, and says so.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(storage::AccountStore &accounts, const QString &workstation, const QString &lastUser,
                QWidget *parent = nullptr);

    const storage::LocalAccount &account() const { return m_account; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }

private:
    void trySignIn();

    storage::AccountStore &m_accounts;
    storage::LocalAccount m_account;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace ow::ui
