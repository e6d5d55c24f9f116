#include "ui/counter/RowsEditor.h"

#include "core/Limits.h"
#include "ui/common/FieldMessage.h"
#include "ui/counter/FormRows.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

RowsEditor::RowsEditor(const char *section, const QString &addText, const QString &addToolTip,
                       QWidget *parent)
    : QWidget(parent), m_section(QString::fromLatin1(section)),
      m_maxRows(core::Limits::maxCount(core::LimitScope::Form, section)), m_addToolTip(addToolTip),
      m_grid(new QGridLayout), m_footer(new QHBoxLayout), m_add(new QPushButton(addText, this)),
      m_sectionMessage(newFieldMessage(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    m_footer->addWidget(m_add);
    layout->addLayout(m_footer);
    layout->addWidget(m_sectionMessage);
    m_add->setToolTip(addToolTip);
    m_sectionMessage->setObjectName(m_section + QStringLiteral("Error"));
    connect(m_add, &QPushButton::clicked, this, &RowsEditor::addRow);
}

void RowsEditor::setColumnHeaders(const QStringList &headers)
{
    for (int c = 0; c < headers.size(); ++c) {
        auto *header = new QLabel(headers.at(c), this);
        header->setProperty("columnHeader", true);
        m_grid->addWidget(header, 0, c);
    }
}

QPushButton *RowsEditor::newRemoveButton(const QString &toolTip)
{
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setToolTip(toolTip);
    connect(remove, &QPushButton::clicked, this, [this, remove] {
        for (int i = 0; i < rowCount(); ++i) {
            if (removeButton(i) == remove) {
                removeRow(i);
                return;
            }
        }
    });
    return remove;
}

void RowsEditor::rowAppended(QWidget *first)
{
    showReadOnly(rowCount() - 1);
    relayout();
    if (isVisible()) {
        first->setFocus();
    }
    emit changed();
}

void RowsEditor::showReadOnly(int row)
{
    removeButton(row)->setVisible(!m_readOnly);
    applyReadOnly(row);
}

void RowsEditor::removeAllRows()
{
    while (rowCount() > 0) {
        removeRow(rowCount() - 1);
    }
}

void RowsEditor::rowsLaidOut(QList<QWidget *> tabOrder)
{
    chainTabOrder(this, tabOrder << m_add);
    const bool full = m_maxRows >= 0 && rowCount() >= m_maxRows;
    m_add->setEnabled(!full);
    m_add->setToolTip(full ? tr("The list is full: the form holds at most %1 rows here.").arg(m_maxRows)
                           : m_addToolTip);
}

void RowsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    for (int i = 0; i < rowCount(); ++i) {
        showReadOnly(i);
    }
}

void RowsEditor::showIssues(const core::FieldIssues &issues, bool showAll)
{
    QStringList section;
    QList<QStringList> perRow(rowCount());
    for (const core::FieldIssue &issue : issues) {
        if (issue.field == m_section) {
            section.append(issue.message);
            continue;
        }
        const int row = rowOfFieldPath(issue.field, m_section);
        if (row >= 0 && row < perRow.size()) {
            perRow[row].append(issue.message);
        }
    }
    bool anyTouched = false;
    for (int i = 0; i < rowCount(); ++i) {
        anyTouched = anyTouched || isTouched(i);
        messageLabel(i)->setText(perRow.at(i).join(QLatin1Char('\n')));
        messageLabel(i)->setVisible((showAll || isTouched(i)) && !perRow.at(i).isEmpty());
    }
    m_sectionMessage->setText(section.join(QLatin1Char('\n')));
    m_sectionMessage->setVisible(!section.isEmpty() && (showAll || anyTouched));
}

} // namespace ow::ui
