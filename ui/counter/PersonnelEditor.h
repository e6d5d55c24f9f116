#pragma once

#include "core/OneForm.h"
#include "core/RuleResult.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ow::ui {

// Key personnel of the one form (directors, supervisors, managers): one row of editors each.
class PersonnelEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PersonnelEditor(QWidget *parent = nullptr);

    QList<core::KeyPerson> people() const;
    void setPeople(const QList<core::KeyPerson> &people);
    void setReadOnly(bool readOnly);
    // Shows the messages for "personnel[i].*" of edited rows, or of all rows with `showAll`.
    void showIssues(const core::FieldIssues &issues, bool showAll);
    int rowCount() const { return int(m_rows.size()); }
    QPushButton *addButton() const { return m_add; }

public slots:
    void addRow();

signals:
    void changed();

private:
    struct Row
    {
        QLineEdit *name;
        QLineEdit *id;
        QComboBox *position;
        QPushButton *remove;
        QLabel *error;
        bool touched = false;
        QComboBox *idType = nullptr; // the person's identity document
        // What the row does not show, kept as setPeople() gave it.
        core::KeyPerson kept = {};
    };
    void removeRow(int index);
    void relayout();
    void applyReadOnly(const Row &row) const;

    QList<Row> m_rows;
    QGridLayout *m_grid;
    QPushButton *m_add;
    bool m_readOnly = false;
};

} // namespace ow::ui
