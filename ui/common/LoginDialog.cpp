#include "ui/common/LoginDialog.h"

#include "sync/SyncEngine.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

LoginDialog::LoginDialog(storage::AccountStore &accounts, const QString &workstation, const QString &lastUser,
                         QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this)), m_anotherUser(new QPushButton(tr("A&nother user"), this)),
      m_mode(new QLabel(this))
{
    setWindowTitle(tr("Sign in — OneWindow"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>OneWindow</b> — enterprise registration counter"), this);
    layout->addWidget(heading);
    m_mode->setObjectName(QStringLiteral("signInMode"));
    m_mode->setWordWrap(true);
    m_mode->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_mode->setText(
        tr("Offline sign-in: the exchange is not connected. You can sign in with the account last "
           "used on this workstation (%1).")
            .arg(workstation));
    layout->addWidget(m_mode);

    auto *form = new QFormLayout;
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setText(lastUser);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    // The last user is filled in and the cursor waits in the password field; "Another user" (Alt+N)
    // clears the name for someone else.
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_user, 1);
    m_anotherUser->setObjectName(QStringLiteral("anotherUser"));
    m_anotherUser->setAutoDefault(false);
    m_anotherUser->setToolTip(tr("Sign in as someone else (Alt+N)"));
    m_anotherUser->setVisible(!lastUser.isEmpty());
    connect(m_anotherUser, &QPushButton::clicked, this, &LoginDialog::switchUser);
    userRow->addWidget(m_anotherUser);
    form->addRow(tr("&User"), userRow);
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::trySignIn);
    (lastUser.isEmpty() ? m_user : m_password)->setFocus();
    setMinimumWidth(420);
}

void LoginDialog::setSyncEngine(sync::SyncEngine *engine)
{
    m_engine = engine && engine->isConfigured() ? engine : nullptr;
    if (!m_engine) {
        return;
    }
    m_mode->setText(
        tr("Signing in at the exchange %1. If it cannot be reached, you are signed in offline with "
           "the password of your last online sign-in here.")
            .arg(m_engine->client() ? m_engine->client()->baseUrl().toString() : QString()));
    m_mode->setStyleSheet(QString());
    connect(m_engine, &sync::SyncEngine::signedIn, this, &LoginDialog::onlineSucceeded);
    connect(m_engine, &sync::SyncEngine::signInFailed, this, &LoginDialog::onlineFailed);
}

void LoginDialog::showMessage(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    // A longer message wraps onto more lines: the dialog grows so the fields keep their height.
    if (QLayout *l = layout()) {
        l->activate();
        const int needed =
            l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
        if (height() < needed)
            resize(width(), needed);
    }
}

void LoginDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy) {
        m_error->setStyleSheet(QString());
        showMessage(tr("Signing in…"));
    } else {
        m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
}

void LoginDialog::switchUser()
{
    m_user->clear();
    m_password->clear();
    m_error->hide();
    m_anotherUser->hide();
    m_user->setFocus(Qt::OtherFocusReason);
}

bool LoginDialog::takeUserNameFromPassword(const QString &user)
{
    const QString typed = m_password->text().trimmed();
    const bool isUserName =
        typed.compare(user, Qt::CaseInsensitive) == 0 || m_accounts.find(typed).has_value();
    if (!isUserName) {
        return false;
    }
    m_user->setText(typed);
    m_password->clear();
    m_password->setFocus(Qt::OtherFocusReason);
    m_error->setStyleSheet(QString());
    showMessage(tr("%1 is a user name, so it was not tried as a password: it is now in the user field. "
                   "Enter the password of %1.")
                    .arg(typed));
    return true;
}

void LoginDialog::trySignIn()
{
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    const QString user = m_user->text().trimmed();
    if (user.isEmpty() || m_password->text().isEmpty()) {
        showMessage(tr("Enter your user name and password."));
        return;
    }
    if (takeUserNameFromPassword(user)) {
        return;
    }
    if (m_engine) {
        m_pendingPassword = m_password->text();
        setBusy(true);
        m_engine->signIn(user, m_pendingPassword);
        return;
    }
    signInOffline(user, m_password->text(), QString());
}

void LoginDialog::signInOffline(const QString &user, const QString &password, const QString &why)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ow::Result<storage::LocalAccount> result = m_accounts.verify(user, password);
    QApplication::restoreOverrideCursor();
    if (!result) {
        showMessage(why.isEmpty() ? result.error().message
                                  : why + QLatin1Char('\n') + result.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_account = result.value();
    m_online = false;
    accept();
}

void LoginDialog::onlineSucceeded(const sync::SessionInfo &session)
{
    setBusy(false);
    m_pendingPassword.clear();
    // The engine has kept the fresh offline verifier and the account in the local store.
    const std::optional<storage::LocalAccount> account = m_accounts.find(session.userId);
    if (!account) {
        showMessage(tr("Signed in at the exchange, but the account could not be kept on this workstation."));
        return;
    }
    m_account = *account;
    m_online = true;
    accept();
}

void LoginDialog::onlineFailed(const sync::SyncError &error)
{
    setBusy(false);
    const QString password = m_pendingPassword;
    m_pendingPassword.clear();
    // Only the exchange's "no" to these credentials ends the sign-in; when it is down, out of reach
    // or its connection is not trustworthy, the counter keeps working offline.
    const bool answeredNo =
        error.kind == sync::SyncErrorKind::Authentication || error.kind == sync::SyncErrorKind::Refused;
    if (!answeredNo) {
        signInOffline(m_user->text().trimmed(), password,
                      tr("The exchange cannot be reached (%1); signing in offline.").arg(error.message));
        return;
    }
    showMessage(error.displayText());
    m_password->clear();
    m_password->setFocus();
}

} // namespace ow::ui
