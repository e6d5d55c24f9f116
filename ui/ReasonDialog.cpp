#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, const QString &prefill,
                           QWidget *parent)
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!prefill.trimmed().isEmpty());
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
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
