#pragma once

#include "core/CaseRecord.h"
#include "storage/AccountStore.h"
#include "storage/SheetLedger.h"
#include "ui/common/WorkbenchTypes.h"

#include <QCoreApplication>

#include <functional>

class QPrinter;
class QWidget;

namespace ow::ui {

// Printing a licence on numbered blank stock, and the clerk's other acts on the ledger (DOMAIN §6):
// asks the sheet numbers (SheetNumbersDialog), then the printer (the system's print dialog, or
// PDF), records the act in the ledger (one transaction with its audit entries; the sync engine
// sends it to the exchange) and prints. A void asks a reason; a reprint voids the old sheet and
// records the new one with the reason, in one act.
class LicenceStockPrinter
{
    Q_DECLARE_TR_FUNCTIONS(LicenceStockPrinter)
public:
    // Chooses and sets up the printer; false when the person cancelled. The system's print dialog
    // by default; tests print to a PDF file instead.
    using PrinterChooser = std::function<bool(QPrinter &printer, QWidget *parent)>;
    static void setPrinterChooser(PrinterChooser chooser);

    LicenceStockPrinter(Workbench &wb, const storage::LocalAccount &user) : m_wb(wb), m_user(user) {}

    // One original and one duplicate on fresh sheets. False when cancelled or refused (said to the person).
    bool printLicence(QWidget *parent, const core::CaseRecord &c);
    bool voidSheet(QWidget *parent, const core::CaseRecord &c, const storage::SheetEntry &sheet);
    bool reprint(QWidget *parent, const core::CaseRecord &c, const storage::SheetEntry &sheet);

private:
    QList<core::SheetUse> voidedByChange(const core::CaseRecord &c) const;
    core::SheetUse use(const core::CaseRecord &c, core::SheetCopy copy, quint64 serial,
                       core::SheetUseKind kind, const QString &reason) const;
    // Asks the numbers of `copies`' sheets; empty when cancelled.
    QList<quint64> askNumbers(QWidget *parent, const QString &title, const QList<core::SheetCopy> &copies,
                              const QString &authority) const;
    QString askReason(QWidget *parent, const QString &title, const QString &prompt) const;
    // Chooses the printer, records `uses`, prints `copies` with their serials: the one path of every print.
    bool recordAndPrint(QWidget *parent, const core::CaseRecord &c, const QList<core::SheetCopy> &copies,
                        const QList<quint64> &serials, const QList<core::SheetUse> &uses);

    Workbench &m_wb;
    storage::LocalAccount m_user;
};

} // namespace ow::ui
