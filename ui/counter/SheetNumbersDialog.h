#pragma once

#include "core/BlankStock.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ow::ui {

// Before the print dialog: the numbers of the blank sheets loaded in the printer, one per copy
// (正本 on A3, 副本 on A4), each pre-filled with the office's next unused serial. Keyboard-first:
// the first number is selected, Tab moves on, Enter prints once every number is one.
class SheetNumbersDialog : public QDialog
{
    Q_OBJECT
public:
    struct Sheet
    {
        core::SheetCopy copy = core::SheetCopy::Original;
        std::optional<quint64> suggested; // the next unused serial, if the office has one
    };
    SheetNumbersDialog(const QString &title, const QList<Sheet> &sheets, QWidget *parent = nullptr);

    // The numbers typed, in the order of the sheets (only once every field holds one).
    QList<quint64> serials() const;
    QLineEdit *numberField(int i) const { return m_fields.value(i); }

    static QString copyLabel(core::SheetCopy copy);

private:
    void check();

    QList<QLineEdit *> m_fields;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ow::ui
