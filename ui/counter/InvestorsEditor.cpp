#include "ui/counter/InvestorsEditor.h"

#include "core/FieldRules.h"
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
    : QWidget(parent), m_grid(new QGridLayout), m_add(new QPushButton(tr("&Add investor"), this)),
      m_total(new QLabel(this)), m_sectionError(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_add);
    footer->addWidget(m_total, 1);
    layout->addLayout(footer);
    layout->addWidget(m_sectionError);
    m_add->setObjectName(QStringLiteral("addInvestor"));
    m_add->setToolTip(tr("Add a row for another investor (Alt+A)"));
    m_sectionError->setObjectName(QStringLiteral("investorsError"));
    m_sectionError->setProperty("fieldError", true);
    m_sectionError->setWordWrap(true);
    m_sectionError->hide();

    const QStringList headers{tr("Kind"), tr("Name"), tr("ID number / credit code"),
                              tr("Subscribed (10k yuan)"), tr("Contribution form")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *header = new QLabel(headers.at(c), this);
        header->setProperty("columnHeader", true);
        m_grid->addWidget(header, 0, c);
    }
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 3);
    m_grid->setColumnStretch(3, 1);
    connect(m_add, &QPushButton::clicked, this, &InvestorsEditor::addRow);
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
    row.remove = new QPushButton(tr("Remove"), this);
    row.remove->setToolTip(tr("Remove this investor"));
    row.details = new InvestorDetails(this);
    row.details->setEntityType(m_type);
    row.error = new QLabel(this);
    row.error->setProperty("fieldError", true);
    row.error->setWordWrap(true);
    row.error->hide();
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
        row.kind->setFocus();
    }
    updateTotal();
    emit changed();
}

void InvestorsEditor::removeRow(int index)
{
    if (index < 0 || index >= m_rows.size()) {
        return;
    }
    const Row row = m_rows.takeAt(index);
    for (QWidget *editor : row.details->editors())
        editor->setObjectName(QString()); // as retireRowWidgets does: the next row takes the name
    retireRowWidgets(m_grid,
                     {row.kind, row.name, row.id, row.amount, row.form, row.remove, row.details, row.error});
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
        m_grid->addWidget(r.kind, gridRow, 0);
        m_grid->addWidget(r.name, gridRow, 1);
        m_grid->addWidget(r.id, gridRow, 2);
        m_grid->addWidget(r.amount, gridRow, 3);
        m_grid->addWidget(r.form, gridRow, 4);
        m_grid->addWidget(r.remove, gridRow, 5);
        m_grid->addWidget(r.details, gridRow + 1, 1, 1, 5);
        m_grid->addWidget(r.error, gridRow + 2, 1, 1, 5);
        tabOrder << r.kind << r.name << r.id << r.amount << r.form << r.details->editors() << r.remove;
    }
    chainTabOrder(this, tabOrder << m_add);
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
    while (!m_rows.isEmpty()) {
        removeRow(int(m_rows.size()) - 1);
    }
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

void InvestorsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    for (const Row &r : std::as_const(m_rows)) {
        applyReadOnly(r);
    }
}

void InvestorsEditor::applyReadOnly(const Row &r) const
{
    r.kind->setEnabled(!m_readOnly);
    r.form->setEnabled(!m_readOnly);
    r.name->setReadOnly(m_readOnly);
    r.id->setReadOnly(m_readOnly);
    r.amount->setReadOnly(m_readOnly);
    r.remove->setVisible(!m_readOnly);
    r.details->setReadOnly(m_readOnly);
}

void InvestorsEditor::setEntityType(const core::EntityType *type)
{
    m_type = type;
    for (const Row &r : std::as_const(m_rows))
        r.details->setEntityType(type);
}

void InvestorsEditor::showIssues(const core::FieldIssues &issues, bool showAll)
{
    QStringList section;
    QList<QStringList> perRow(m_rows.size());
    for (const core::FieldIssue &issue : issues) {
        if (issue.field == u"investors") {
            section.append(issue.message);
            continue;
        }
        const int row = rowOfFieldPath(issue.field, u"investors");
        if (row >= 0 && row < perRow.size()) {
            perRow[row].append(issue.message);
        }
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool show = (showAll || m_rows.at(i).touched) && !perRow.at(i).isEmpty();
        m_rows[i].error->setText(perRow.at(i).join(QLatin1Char('\n')));
        m_rows[i].error->setVisible(show);
    }
    const bool anyTouched =
        std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.touched; });
    m_sectionError->setText(section.join(QLatin1Char('\n')));
    m_sectionError->setVisible(!section.isEmpty() && (showAll || anyTouched));
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
