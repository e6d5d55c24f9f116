#pragma once

#include "core/BlankStock.h"
#include "ui/common/WorkbenchTypes.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ow::ui {

// The supervisor's account of the office's numbered blank stock (DOMAIN §6): each batch the exchange
// registered for the authority with its totals, and every sheet of the selected batch: unused,
// printed or reprinted (case's credit code, who, when), voided (reason). What this counter knows: its
// own sheets and the other counters' that the feed brought (the exchange's `stock report` is the
// office's record).
class StockAccountingDialog : public QDialog
{
    Q_OBJECT
public:
    StockAccountingDialog(Workbench &wb, const QString &authority, QWidget *parent = nullptr);

    QTableWidget *batchTable() const { return m_batches; }
    QTableWidget *sheetTable() const { return m_sheets; }

private:
    void showBatch(int row);

    Workbench &m_wb;
    QList<core::BatchAccount> m_accounts;
    QTableWidget *m_batches;
    QTableWidget *m_sheets;
    QLabel *m_totals;
};

} // namespace ow::ui
