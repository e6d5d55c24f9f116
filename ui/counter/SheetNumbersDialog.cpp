#include "ui/counter/SheetNumbersDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ow::ui {

QString SheetNumbersDialog::copyLabel(core::SheetCopy copy)
{
    return copy == core::SheetCopy::Original ? tr("Original (正本, A3)") : tr("Duplicate (副本, A4)");
}

SheetNumbersDialog::SheetNumbersDialog(const QString &title, const QList<Sheet> &sheets, QWidget *parent)
    : QDialog(parent), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("sheetNumbersDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Licences are printed on numbered blank stock. Type the number printed on each "
                      "sheet loaded in the printer; it is printed on the licence and recorded."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    static const QRegularExpression digits(QStringLiteral("[0-9]{1,12}"));
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        auto *field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("sheetNumber%1").arg(i));
        field->setValidator(new QRegularExpressionValidator(digits, field));
        field->setMaxLength(12);
        if (sheets.at(i).suggested)
            field->setText(core::BlankStock::serialText(*sheets.at(i).suggested));
        else
            field->setPlaceholderText(tr("no unused sheet known: type the number"));
        connect(field, &QLineEdit::textChanged, this, &SheetNumbersDialog::check);
        form->addRow(copyLabel(sheets.at(i).copy) + QLatin1Char(':'), field);
        m_fields.append(field);
    }
    layout->addLayout(form);
    m_problem->setObjectName(QStringLiteral("sheetNumbersProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Print…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    if (!m_fields.isEmpty()) {
        m_fields.first()->setFocus();
        m_fields.first()->selectAll();
    }
    check();
}

QList<quint64> SheetNumbersDialog::serials() const
{
    QList<quint64> list;
    for (const QLineEdit *field : m_fields) {
        const std::optional<quint64> serial = core::BlankStock::parseSerial(field->text());
        if (!serial)
            return {};
        list.append(*serial);
    }
    return list;
}

void SheetNumbersDialog::check()
{
    QString problem;
    for (const QLineEdit *field : std::as_const(m_fields)) {
        const std::optional<quint64> serial = core::BlankStock::parseSerial(field->text());
        if (!serial) {
            problem = tr("Every sheet needs its number (digits, not 0).");
            break;
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace ow::ui
