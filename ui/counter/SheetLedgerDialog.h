#pragma once

#include "core/CaseRecord.h"
#include "storage/SheetLedger.h"
#include "ui/counter/LicenceStockPrinter.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ow::ui {

// The numbered sheets of a case's licence (DOMAIN §6): every sheet printed, voided or reprinted for
// it, with the reason, who, when and where the exchange stands with it (sent, waiting, refused and
// why). Void (Alt+V) and Reprint (Alt+R) act on the selected sheet that carries the licence.
class SheetLedgerDialog : public QDialog
{
    Q_OBJECT
public:
    SheetLedgerDialog(Workbench &wb, const storage::LocalAccount &user, const core::CaseRecord &c,
                      QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void reload();

private:
    // The selected entry when it is a sheet that carries the licence now (printed or reprinted,
    // not voided); none else.
    std::optional<storage::SheetEntry> selectedLiveSheet() const;
    void updateButtons();
    void voidSelected();
    void reprintSelected();

    Workbench &m_wb;
    core::CaseRecord m_case;
    LicenceStockPrinter m_printer;
    QList<storage::SheetEntry> m_entries;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_void;
    QPushButton *m_reprint;
};

} // namespace ow::ui
