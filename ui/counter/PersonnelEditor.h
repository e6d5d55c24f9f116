#pragma once

#include "core/OneForm.h"
#include "ui/counter/RowsEditor.h"

class QComboBox;
class QLineEdit;

namespace ow::ui {

// Key personnel of the one form (directors, supervisors, managers): one row of editors each.
class PersonnelEditor : public RowsEditor
{
    Q_OBJECT
public:
    explicit PersonnelEditor(QWidget *parent = nullptr);

    QList<core::KeyPerson> people() const;
    void setPeople(const QList<core::KeyPerson> &people);
    int rowCount() const override { return int(m_rows.size()); }

public slots:
    void addRow() override;
    void removeRow(int index) override;

private:
    struct Row
    {
        QLineEdit *name;
        QComboBox *idType; // the person's identity document
        QLineEdit *id;
        QComboBox *position;
        QPushButton *remove;
        QLabel *message;
        bool touched = false;
        // What the row does not show, kept as setPeople() gave it.
        core::KeyPerson kept = {};
    };
    QPushButton *removeButton(int row) const override { return m_rows.at(row).remove; }
    QLabel *messageLabel(int row) const override { return m_rows.at(row).message; }
    bool isTouched(int row) const override { return m_rows.at(row).touched; }
    void applyReadOnly(int row) override;
    void relayout() override;

    QList<Row> m_rows;
};

} // namespace ow::ui
