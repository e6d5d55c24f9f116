#include "ui/counter/PersonnelEditor.h"

#include "core/Limits.h"
#include "ui/counter/FormRows.h"
#include "ui/counter/InvestorDetails.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

PersonnelEditor::PersonnelEditor(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout), m_add(new QPushButton(tr("Add &key person"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_add);
    footer->addStretch(1);
    layout->addLayout(footer);
    m_add->setObjectName(QStringLiteral("addKeyPerson"));
    const QStringList headers{tr("Name"), tr("ID type"), tr("ID number"), tr("Position")};
    for (int c = 0; c < headers.size(); ++c) {
        m_grid->addWidget(new QLabel(headers.at(c), this), 0, c);
    }
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(2, 3);
    m_grid->setColumnStretch(3, 2);
    connect(m_add, &QPushButton::clicked, this, &PersonnelEditor::addRow);
}

void PersonnelEditor::addRow()
{
    Row row{new QLineEdit(this), new QLineEdit(this), new QComboBox(this),
            new QPushButton(tr("Remove"), this), new QLabel(this)};
    row.idType = new QComboBox(this);
    InvestorDetails::addIdTypes(row.idType);
    using core::Limits;
    row.name->setMaxLength(Limits::maxLength(core::LimitScope::Form, "personnel[].name"));
    row.id->setMaxLength(Limits::maxLength(core::LimitScope::Form, "personnel[].idNumber"));
    row.position->setEditable(true);
    row.position->lineEdit()->setMaxLength(Limits::maxLength(core::LimitScope::Form, "personnel[].position"));
    // Positions as registered (公司法): the list helps, any other title may be typed.
    row.position->addItems({QStringLiteral("董事长"), QStringLiteral("执行董事"), QStringLiteral("董事"),
                            QStringLiteral("监事"), QStringLiteral("经理")});
    row.error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    row.error->setWordWrap(true);
    row.error->hide();
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
    connect(row.remove, &QPushButton::clicked, this, [this, remove = row.remove] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).remove == remove) {
                removeRow(i);
                return;
            }
        }
    });
    applyReadOnly(row);
    m_rows.append(row);
    relayout();
    if (isVisible()) {
        row.name->setFocus();
    }
    emit changed();
}

void PersonnelEditor::removeRow(int index)
{
    if (index < 0 || index >= m_rows.size()) {
        return;
    }
    const Row row = m_rows.takeAt(index);
    retireRowWidgets(m_grid, {row.name, row.idType, row.id, row.position, row.remove, row.error});
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
        m_grid->addWidget(r.name, 1 + 2 * i, 0);
        m_grid->addWidget(r.idType, 1 + 2 * i, 1);
        m_grid->addWidget(r.id, 1 + 2 * i, 2);
        m_grid->addWidget(r.position, 1 + 2 * i, 3);
        m_grid->addWidget(r.remove, 1 + 2 * i, 4);
        m_grid->addWidget(r.error, 2 + 2 * i, 0, 1, 5);
        tabOrder << r.name << r.idType << r.id << r.position << r.remove;
    }
    chainTabOrder(this, tabOrder << m_add);
}

void PersonnelEditor::applyReadOnly(const Row &row) const
{
    row.name->setReadOnly(m_readOnly);
    row.id->setReadOnly(m_readOnly);
    row.position->setEnabled(!m_readOnly);
    row.idType->setEnabled(!m_readOnly);
    row.remove->setVisible(!m_readOnly);
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
    while (!m_rows.isEmpty()) {
        removeRow(int(m_rows.size()) - 1);
    }
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

void PersonnelEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    for (const Row &r : std::as_const(m_rows)) {
        applyReadOnly(r);
    }
}

void PersonnelEditor::showIssues(const core::FieldIssues &issues, bool showAll)
{
    QList<QStringList> perRow(m_rows.size());
    for (const core::FieldIssue &issue : issues) {
        const int row = rowOfFieldPath(issue.field, u"personnel");
        if (row >= 0 && row < perRow.size()) {
            perRow[row].append(issue.message);
        }
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].error->setText(perRow.at(i).join(QLatin1Char('\n')));
        m_rows[i].error->setVisible((showAll || m_rows.at(i).touched) && !perRow.at(i).isEmpty());
    }
}

} // namespace ow::ui
