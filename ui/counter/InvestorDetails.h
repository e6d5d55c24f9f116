#pragma once

#include "core/OneForm.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace ow::core {
class EntityType;
}

namespace ow::ui {

// The second line of an investor's row on the one form (issue 12): a natural person's identity
// document, the contribution deadline, and what the entity type's rules ask of its investors — a
// partner's kind, a co-operative member's being a farmer, a promoter's domicile outside China.
// Shown by the type (setEntityType); what it does not show is handed back as it came in.
class InvestorDetails : public QWidget
{
    Q_OBJECT
public:
    explicit InvestorDetails(QWidget *parent = nullptr);

    void setInvestor(const core::Investor &investor);
    // Writes the shown values into `investor`.
    void apply(core::Investor &investor) const;
    void setEntityType(const core::EntityType *type);
    // A natural person has an identity document; a legal one its credit code, no document type.
    void setNatural(bool natural);
    void setReadOnly(bool readOnly);
    // Names the editors after the row (investorDeadline0 …), as the row's other editors are.
    void setRowIndex(int row);
    // The identity documents of a natural person, for any combo box of them (key personnel too).
    static void addIdTypes(QComboBox *box);
    // Its editors in reading order, for the row's Tab order (hidden ones are skipped by Qt).
    QList<QWidget *> editors() const;

signals:
    void edited();

private:
    QComboBox *m_idType;
    QDateEdit *m_deadline;
    QComboBox *m_partner;
    QCheckBox *m_farmer;
    QCheckBox *m_abroad;
    QWidget *m_partnerLabel;
};

} // namespace ow::ui
