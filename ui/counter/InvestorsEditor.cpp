#include "ui/counter/InvestorsEditor.h"

#include "core/FieldRules.h"
#include "core/Limits.h"
#include "ui/common/FieldMessage.h"
#include "ui/counter/FormRows.h"
#include "ui/counter/InvestorDetails.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ow::ui {
namespace {

// Contribution forms as written on the form (DOMAIN §4); stored as the Chinese word.
const QStringList &contributionForms()
{
    static const QStringList forms{QStringLiteral("货币"),     QStringLiteral("实物"),
                                   QStringLiteral("知识产权"), QStringLiteral("土地使用权"),
                                   QStringLiteral("股权"),     QStringLiteral("债权")};
    return forms;
}

} // namespace

InvestorsEditor::InvestorsEditor(QWidget *parent)
    : RowsEditor("investors", tr("&Add investor"), tr("Add a row for another investor (Alt+A)"), parent),
      m_total(new QLabel(this))
{
    footer()->addWidget(m_total, 1);
    addButton()->setObjectName(QStringLiteral("addInvestor"));
    setColumnHeaders({tr("Kind"), tr("Name"), tr("ID number / credit code"), tr("Subscribed (10k yuan)"),
                      tr("Contribution form")});
    grid()->setColumnStretch(1, 2);
    grid()->setColumnStretch(2, 3);
    grid()->setColumnStretch(3, 1);
    updateTotal();
}

void InvestorsEditor::addRow()
{
    Row row;
    row.kind = new QComboBox(this);
    row.kind->addItem(tr("Natural person"), int(core::InvestorKind::Natural));
    row.kind->addItem(tr("Legal person"), int(core::InvestorKind::Legal));
    row.name = new QLineEdit(this);
    row.id = new QLineEdit(this);
    row.amount = new QLineEdit(this);
    row.amount->setAlignment(Qt::AlignRight);
    row.amount->setPlaceholderText(tr("e.g. 60"));
    row.form = new QComboBox(this);
    row.form->addItems(contributionForms());
    row.remove = newRemoveButton(tr("Remove this investor"));
    row.details = new InvestorDetails(this);
    row.details->setEntityType(m_type);
    row.message = newFieldMessage(this);
    const int index = int(m_rows.size());
    row.name->setAccessibleName(tr("Investor %1 name").arg(index + 1));
    row.id->setAccessibleName(tr("Investor %1 ID number").arg(index + 1));
    row.amount->setAccessibleName(tr("Investor %1 subscribed amount").arg(index + 1));
    using core::Limits;
    row.name->setMaxLength(Limits::maxLength(core::LimitScope::Form, "investors[].name"));
    row.id->setMaxLength(Limits::maxLength(core::LimitScope::Form, "investors[].idNumber"));
    if (row.form->lineEdit()) {
        row.form->lineEdit()->setMaxLength(
            Limits::maxLength(core::LimitScope::Form, "investors[].contributionForm"));
    }

    auto markTouched = [this, edit = row.name] {
        for (Row &r : m_rows) {
            if (r.name == edit) {
                r.touched = true;
            }
        }
    };
    for (QLineEdit *edit : {row.name, row.id, row.amount}) {
        connect(edit, &QLineEdit::textEdited, this, markTouched);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateTotal();
            emit changed();
        });
    }
    for (QComboBox *box : {row.kind, row.form}) {
        connect(box, &QComboBox::currentIndexChanged, this, &InvestorsEditor::changed);
    }
    connect(row.kind, &QComboBox::currentIndexChanged, row.details, [kind = row.kind, details = row.details] {
        details->setNatural(kind->currentData().toInt() == int(core::InvestorKind::Natural));
    });
    connect(row.details, &InvestorDetails::edited, this, markTouched);
    connect(row.details, &InvestorDetails::edited, this, &InvestorsEditor::changed);
    m_rows.append(row);
    updateTotal();
    rowAppended(row.kind);
}

void InvestorsEditor::removeRow(int index)
{
    if (index < 0 || index >= m_rows.size()) {
        return;
    }
    const Row row = m_rows.takeAt(index);
    for (QWidget *editor : row.details->editors())
        editor->setObjectName(QString()); // as retireRowWidgets does: the next row takes the name
    retireRowWidgets(
        grid(), {row.kind, row.name, row.id, row.amount, row.form, row.remove, row.details, row.message});
    relayout();
    updateTotal();
    emit changed();
}

void InvestorsEditor::relayout()
{
    // Three grid rows per investor: the editors, their details, then its message. Tab order
    // follows the rows.
    QList<QWidget *> tabOrder;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        const int gridRow = 1 + 3 * i;
        r.name->setObjectName(QStringLiteral("investorName%1").arg(i));
        r.id->setObjectName(QStringLiteral("investorId%1").arg(i));
        r.amount->setObjectName(QStringLiteral("investorAmount%1").arg(i));
        r.details->setRowIndex(i);
        grid()->addWidget(r.kind, gridRow, 0);
        grid()->addWidget(r.name, gridRow, 1);
        grid()->addWidget(r.id, gridRow, 2);
        grid()->addWidget(r.amount, gridRow, 3);
        grid()->addWidget(r.form, gridRow, 4);
        grid()->addWidget(r.remove, gridRow, 5);
        grid()->addWidget(r.details, gridRow + 1, 1, 1, 5);
        grid()->addWidget(r.message, gridRow + 2, 1, 1, 5);
        tabOrder << r.kind << r.name << r.id << r.amount << r.form << r.details->editors() << r.remove;
    }
    rowsLaidOut(tabOrder);
}

QList<core::Investor> InvestorsEditor::investors() const
{
    QList<core::Investor> list;
    for (const Row &r : m_rows) {
        core::Investor i = r.kept;
        i.kind = core::InvestorKind(r.kind->currentData().toInt());
        i.name = r.name->text().trimmed();
        i.idNumber = r.id->text().trimmed().toUpper();
        i.subscribed = core::FieldRules::parseWanYuan(r.amount->text()).value_or(0);
        i.contributionForm = r.form->currentText();
        r.details->apply(i);
        list.append(i);
    }
    return list;
}

void InvestorsEditor::setInvestors(const QList<core::Investor> &investors)
{
    removeAllRows();
    for (const core::Investor &i : investors) {
        addRow();
        Row &r = m_rows.last();
        r.kept = i;
        r.details->setInvestor(i);
        r.kind->setCurrentIndex(r.kind->findData(int(i.kind)));
        r.name->setText(i.name);
        r.id->setText(i.idNumber);
        r.amount->setText(i.subscribed ? core::FieldRules::formatWanYuan(i.subscribed) : QString());
        const int formIndex = r.form->findText(i.contributionForm);
        if (formIndex >= 0) {
            r.form->setCurrentIndex(formIndex);
        }
        r.touched = false;
    }
    updateTotal();
}

void InvestorsEditor::setCapital(core::Yuan capital)
{
    m_capital = capital;
    updateTotal();
}

void InvestorsEditor::applyReadOnly(int row)
{
    const Row &r = m_rows.at(row);
    r.kind->setEnabled(!isReadOnly());
    r.form->setEnabled(!isReadOnly());
    r.name->setReadOnly(isReadOnly());
    r.id->setReadOnly(isReadOnly());
    r.amount->setReadOnly(isReadOnly());
    r.details->setReadOnly(isReadOnly());
}

void InvestorsEditor::setEntityType(const core::EntityType *type)
{
    m_type = type;
    for (const Row &r : std::as_const(m_rows))
        r.details->setEntityType(type);
}

QLineEdit *InvestorsEditor::nameEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : nullptr;
}

QLineEdit *InvestorsEditor::idEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : nullptr;
}

QLineEdit *InvestorsEditor::amountEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).amount : nullptr;
}

void InvestorsEditor::updateTotal()
{
    core::Yuan sum = 0;
    for (const Row &r : m_rows) {
        sum += core::FieldRules::parseWanYuan(r.amount->text()).value_or(0);
    }
    const QString text =
        tr("Total %1 of %2 (10k yuan)")
            .arg(core::FieldRules::formatWanYuan(sum), core::FieldRules::formatWanYuan(m_capital));
    m_total->setText(text);
    m_total->setProperty("mismatch", sum != m_capital);
    m_total->setStyleSheet(sum != m_capital && !m_rows.isEmpty() ? QStringLiteral("color: #b3261e;")
                                                                 : QString());
}

} // namespace ow::ui
