#pragma once

#include "core/OneForm.h"
#include "ui/counter/RowsEditor.h"

class QComboBox;
class QLineEdit;

namespace ow::core {
class EntityType;
}

namespace ow::ui {

class InvestorDetails;

// The investors (股东/发起人/合伙人) of the one form: one row of editors per investor, so
// Tab walks through them like the rest of the form; a running total against the capital.
class InvestorsEditor : public RowsEditor
{
    Q_OBJECT
public:
    explicit InvestorsEditor(QWidget *parent = nullptr);

    QList<core::Investor> investors() const;
    void setInvestors(const QList<core::Investor> &investors);
    void setCapital(core::Yuan capital);
    // Which of each row's details the type's rules ask for (partner kind, farmer, domicile).
    void setEntityType(const core::EntityType *type);
    int rowCount() const override { return int(m_rows.size()); }
    QLineEdit *nameEdit(int row) const;
    QLineEdit *idEdit(int row) const;
    QLineEdit *amountEdit(int row) const;

public slots:
    void addRow() override;
    void removeRow(int row) override;

private:
    struct Row
    {
        QComboBox *kind;
        QLineEdit *name;
        QLineEdit *id;
        QLineEdit *amount;
        QComboBox *form;
        QPushButton *remove;
        InvestorDetails *details;
        QLabel *message;
        bool touched = false;
        // What the row does not show (deadline, ID type, partner kind, farmer, domicile in China),
        // kept as setInvestors() gave it so that investors() hands it back.
        core::Investor kept;
    };
    QPushButton *removeButton(int row) const override { return m_rows.at(row).remove; }
    QLabel *messageLabel(int row) const override { return m_rows.at(row).message; }
    bool isTouched(int row) const override { return m_rows.at(row).touched; }
    void applyReadOnly(int row) override;
    void relayout() override;
    void updateTotal();

    QList<Row> m_rows;
    const core::EntityType *m_type = nullptr;
    QLabel *m_total;
    core::Yuan m_capital = 0;
};

} // namespace ow::ui
