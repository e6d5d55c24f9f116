#pragma once

#include "core/OneForm.h"
#include "core/RuleResult.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ow::core {
class EntityType;
}

namespace ow::ui {

class InvestorDetails;

// The investors (股东/发起人/合伙人) of the one form: one row of editors per investor, so
// Tab walks through them like the rest of the form; a running total against the capital.
class InvestorsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit InvestorsEditor(QWidget *parent = nullptr);

    QList<core::Investor> investors() const;
    void setInvestors(const QList<core::Investor> &investors);
    void setCapital(core::Yuan capital);
    void setReadOnly(bool readOnly);
    // Which of each row's details the type's rules ask for (partner kind, farmer, domicile).
    void setEntityType(const core::EntityType *type);
    // Shows the messages for "investors" and "investors[i].*"; `touched` limits them to edited rows.
    void showIssues(const core::FieldIssues &issues, bool showAll);

    int rowCount() const { return int(m_rows.size()); }
    QPushButton *addButton() const { return m_add; }
    QLineEdit *nameEdit(int row) const;
    QLineEdit *idEdit(int row) const;
    QLineEdit *amountEdit(int row) const;

public slots:
    void addRow();
    void removeRow(int row);

signals:
    void changed();

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
        QLabel *error;
        bool touched = false;
        // What the row does not show (deadline, ID type, partner kind, farmer, domicile in China),
        // kept as setInvestors() gave it so that investors() hands it back.
        core::Investor kept;
    };
    void relayout();
    void applyReadOnly(const Row &row) const;
    void updateTotal();

    QList<Row> m_rows;
    const core::EntityType *m_type = nullptr;
    QGridLayout *m_grid;
    QPushButton *m_add;
    QLabel *m_total;
    QLabel *m_sectionError;
    core::Yuan m_capital = 0;
    bool m_readOnly = false;
};

} // namespace ow::ui
