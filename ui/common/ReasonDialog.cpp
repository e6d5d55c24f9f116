#include "ui/common/ReasonDialog.h"

#include "core/Limits.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, const QString &prefill,
                           QWidget *parent, bool required)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_text);
    layout->addWidget(label);
    m_text->setObjectName(QStringLiteral("reason"));
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(prefill);
    layout->addWidget(m_text);
    // Issue 8: a reason is at most as long as the one table of limits allows (core/Limits.h); a
    // longer one (pasted) is said so under the text, and cannot be given.
    auto *tooLong = new QLabel(this);
    tooLong->setObjectName(QStringLiteral("reasonTooLong"));
    tooLong->setProperty("fieldError", true);
    tooLong->setWordWrap(true);
    layout->addWidget(tooLong);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto check = [this, ok, tooLong, required] {
        const qsizetype length = reason().size();
        const int max = core::Limits::maxLength(core::LimitScope::Case, "lastReason");
        tooLong->setText(
            length > max ? tr("The reason has %1 characters; at most %2 are allowed.").arg(length).arg(max)
                         : QString());
        tooLong->setVisible(length > max);
        ok->setEnabled((length > 0 || !required) && length <= max);
    };
    check();
    connect(m_text, &QPlainTextEdit::textChanged, this, check);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 320);
    m_text->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace ow::ui
