#include "ui/counter/PersonnelEditor.h"

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

PersonnelEditor::PersonnelEditor(QWidget *parent)
    : RowsEditor("personnel", tr("Add &key person"), tr("Add a row for another key person (Alt+K)"), parent)
{
    footer()->addStretch(1);
    addButton()->setObjectName(QStringLiteral("addKeyPerson"));
    setColumnHeaders({tr("Name"), tr("ID type"), tr("ID number"), tr("Position")});
    grid()->setColumnStretch(0, 2);
    grid()->setColumnStretch(2, 3);
    grid()->setColumnStretch(3, 2);
}

void PersonnelEditor::addRow()
{
    Row row{new QLineEdit(this),
            new QComboBox(this),
            new QLineEdit(this),
            new QComboBox(this),
            newRemoveButton(tr("Remove this key person")),
            newFieldMessage(this)};
    InvestorDetails::addIdTypes(row.idType);
    using core::Limits;
    row.name->setMaxLength(Limits::maxLength(core::LimitScope::Form, "personnel[].name"));
    row.id->setMaxLength(Limits::maxLength(core::LimitScope::Form, "personnel[].idNumber"));
    row.position->setEditable(true);
    row.position->lineEdit()->setMaxLength(Limits::maxLength(core::LimitScope::Form, "personnel[].position"));
    // Positions as registered (公司法): the list helps, any other title may be typed.
    row.position->addItems({QStringLiteral("董事长"), QStringLiteral("执行董事"), QStringLiteral("董事"),
                            QStringLiteral("监事"), QStringLiteral("经理")});
    auto touch = [this, name = row.name] {
        for (Row &r : m_rows) {
            r.touched = r.touched || r.name == name;
        }
    };
    for (QLineEdit *edit : {row.name, row.id}) {
        connect(edit, &QLineEdit::textEdited, this, touch);
        connect(edit, &QLineEdit::textChanged, this, &PersonnelEditor::changed);
    }
    connect(row.position, &QComboBox::currentTextChanged, this, &PersonnelEditor::changed);
    connect(row.idType, &QComboBox::activated, this, touch);
    connect(row.idType, &QComboBox::currentIndexChanged, this, &PersonnelEditor::changed);
    m_rows.append(row);
    rowAppended(row.name);
}

void PersonnelEditor::removeRow(int index)
{
    if (index < 0 || index >= m_rows.size()) {
        return;
    }
    const Row row = m_rows.takeAt(index);
    retireRowWidgets(grid(), {row.name, row.idType, row.id, row.position, row.remove, row.message});
    relayout();
    emit changed();
}

void PersonnelEditor::relayout()
{
    QList<QWidget *> tabOrder;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        r.name->setObjectName(QStringLiteral("keyPersonName%1").arg(i));
        r.id->setObjectName(QStringLiteral("keyPersonId%1").arg(i));
        r.position->setObjectName(QStringLiteral("keyPersonPosition%1").arg(i));
        r.idType->setObjectName(QStringLiteral("keyPersonIdType%1").arg(i));
        grid()->addWidget(r.name, 1 + 2 * i, 0);
        grid()->addWidget(r.idType, 1 + 2 * i, 1);
        grid()->addWidget(r.id, 1 + 2 * i, 2);
        grid()->addWidget(r.position, 1 + 2 * i, 3);
        grid()->addWidget(r.remove, 1 + 2 * i, 4);
        grid()->addWidget(r.message, 2 + 2 * i, 0, 1, 5);
        tabOrder << r.name << r.idType << r.id << r.position << r.remove;
    }
    rowsLaidOut(tabOrder);
}

void PersonnelEditor::applyReadOnly(int index)
{
    const Row &row = m_rows.at(index);
    row.name->setReadOnly(isReadOnly());
    row.id->setReadOnly(isReadOnly());
    row.position->setEnabled(!isReadOnly());
    row.idType->setEnabled(!isReadOnly());
}

QList<core::KeyPerson> PersonnelEditor::people() const
{
    QList<core::KeyPerson> list;
    for (const Row &r : m_rows) {
        core::KeyPerson person = r.kept;
        person.idType = core::IdType(r.idType->currentData().toInt());
        person.name = r.name->text().trimmed();
        person.idNumber = r.id->text().trimmed().toUpper();
        person.position = r.position->currentText().trimmed();
        list.append(person);
    }
    return list;
}

void PersonnelEditor::setPeople(const QList<core::KeyPerson> &people)
{
    removeAllRows();
    for (const core::KeyPerson &p : people) {
        addRow();
        Row &r = m_rows.last();
        r.kept = p;
        r.idType->setCurrentIndex(std::max(0, r.idType->findData(int(p.idType))));
        r.name->setText(p.name);
        r.id->setText(p.idNumber);
        r.position->setCurrentText(p.position);
        r.touched = false;
    }
}

} // namespace ow::ui
