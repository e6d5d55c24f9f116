#pragma once

#include "core/RuleResult.h"

#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace ow::ui {

// What the one form's row editors (investors, key personnel) share: a grid with one row of
// editors per entry above an Add button, a Remove button and a message line on every row, a
// message line for the section as a whole, and read-only mode. A row's messages show once the
// row has been edited, or all of them with `showAll` (when the clerk asks to accept).
class RowsEditor : public QWidget
{
    Q_OBJECT
public:
    virtual int rowCount() const = 0;
    QPushButton *addButton() const { return m_add; }
    void setReadOnly(bool readOnly);
    // Shows the messages for "<section>" under the rows and for "<section>[i].*" on row i.
    void showIssues(const core::FieldIssues &issues, bool showAll);

public slots:
    virtual void addRow() = 0;
    virtual void removeRow(int row) = 0;

signals:
    void changed();

protected:
    // `section` is the field path of the list ("investors"), as core::Limits names it; `addText`
    // and `addToolTip` are the Add button's. The Add button rests once the list is full.
    RowsEditor(const char *section, const QString &addText, const QString &addToolTip, QWidget *parent);

    void setColumnHeaders(const QStringList &headers);
    QGridLayout *grid() const { return m_grid; }
    QHBoxLayout *footer() const { return m_footer; }
    bool isReadOnly() const { return m_readOnly; }

    // For a new row: its Remove button, which removes the row it stands on when clicked.
    QPushButton *newRemoveButton(const QString &toolTip);
    // Once a new row is appended: applies read-only mode to it, lays the rows out again, puts the
    // focus on `first` (the clerk added the row to type in it) and says the list changed.
    void rowAppended(QWidget *first);
    void removeAllRows();
    // Once the rows are laid out again (`tabOrder`: their widgets in reading order): Tab goes
    // through them, then to the Add button, which rests if the list is full.
    void rowsLaidOut(QList<QWidget *> tabOrder);

    virtual QPushButton *removeButton(int row) const = 0;
    virtual QLabel *messageLabel(int row) const = 0;
    virtual bool isTouched(int row) const = 0;
    // Read-only mode on the row's editors (its Remove button the base shows or hides itself).
    virtual void applyReadOnly(int row) = 0;
    virtual void relayout() = 0;

private:
    void showReadOnly(int row);

    const QString m_section;
    const int m_maxRows;
    const QString m_addToolTip;
    QGridLayout *m_grid;
    QHBoxLayout *m_footer;
    QPushButton *m_add;
    QLabel *m_sectionMessage;
    bool m_readOnly = false;
};

} // namespace ow::ui
