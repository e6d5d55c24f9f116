#include "ui/common/ReasonDialog.h"

#include "core/Limits.h"
#include "ui/common/FieldMessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, const QString &prefill,
                           QWidget *parent, bool required)
    : QDialog(parent), m_text(new QPlainTextEdit(this)), m_required(required)
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
    m_tooLong = newFieldMessage(this);
    m_tooLong->setObjectName(QStringLiteral("reasonTooLong"));
    layout->addWidget(m_tooLong);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    check();
    connect(m_text, &QPlainTextEdit::textChanged, this, &ReasonDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 320);
    m_text->setFocus();
}

void ReasonDialog::check()
{
    const qsizetype length = reason().size();
    const int max = core::Limits::maxLength(core::LimitScope::Case, "lastReason");
    m_tooLong->setText(length > max
                           ? tr("The reason has %1 characters; at most %2 are allowed.").arg(length).arg(max)
                           : QString());
    m_tooLong->setVisible(length > max);
    m_ok->setEnabled((length > 0 || !m_required) && length <= max);
}

void ReasonDialog::offerStandardReasons(const QList<core::StandardReason> &reasons)
{
    if (reasons.isEmpty()) {
        return;
    }
    m_offered = reasons;
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    auto *label = new QLabel(tr("&Standard reasons (Space ticks one; the notice prints each):"), this);
    m_standard = new QListWidget(this);
    m_standard->setObjectName(QStringLiteral("standardReasons"));
    label->setBuddy(m_standard);
    for (const core::StandardReason &reason : reasons) {
        auto *item = new QListWidgetItem(reason.text, m_standard);
        item->setData(Qt::UserRole, reason.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_standard->setCurrentRow(0);
    m_standard->setMaximumHeight(m_standard->sizeHintForRow(0) * std::min<int>(int(reasons.size()), 6) + 8);
    layout->insertWidget(0, label);
    layout->insertWidget(1, m_standard);
    connect(m_standard, &QListWidget::itemChanged, this, &ReasonDialog::check);
    setTabOrder(m_standard, m_text);
    resize(width(), height() + m_standard->maximumHeight() + label->sizeHint().height());
    m_standard->setFocus();
}

QList<core::StandardReason> ReasonDialog::picked() const
{
    QList<core::StandardReason> picked;
    for (int row = 0; m_standard && row < m_standard->count(); ++row) {
        if (m_standard->item(row)->checkState() == Qt::Checked) {
            picked.append(m_offered.at(row));
        }
    }
    return picked;
}

QString ReasonDialog::reason() const
{
    return core::ReasonCatalogue::compose(picked(), m_text->toPlainText());
}

QStringList ReasonDialog::reasonCodes() const
{
    QStringList codes;
    for (const core::StandardReason &reason : picked()) {
        codes.append(reason.code);
    }
    return codes;
}

} // namespace ow::ui
