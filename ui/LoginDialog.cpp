#include "LoginDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

LoginDialog::LoginDialog(storage::AccountStore &accounts, const QString &workstation, const QString &lastUser,
                         QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Sign in — OneWindow"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>OneWindow</b> — enterprise registration counter"), this);
    layout->addWidget(heading);
    auto *mode = new QLabel(tr("Offline sign-in: the exchange is not connected. You can sign in with the "
                               "account last used on this workstation (%1).")
                                .arg(workstation),
                            this);
    mode->setObjectName(QStringLiteral("signInMode"));
    mode->setWordWrap(true);
    mode->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    layout->addWidget(mode);

    auto *form = new QFormLayout;
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setText(lastUser);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User"), m_user);
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

void LoginDialog::trySignIn()
{
    const QString user = m_user->text().trimmed();
    if (user.isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your user name and password."));
        m_error->show();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ow::Result<storage::LocalAccount> result = m_accounts.verify(user, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_account = result.value();
    accept();
}

} // namespace ow::ui
