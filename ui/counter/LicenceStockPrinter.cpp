#include "ui/counter/LicenceStockPrinter.h"

#include "licence/LicenceSheet.h"
#include "ui/common/ReasonDialog.h"
#include "ui/counter/CaseLicence.h"
#include "ui/counter/SheetNumbersDialog.h"

#include <QMap>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QUuid>

namespace ow::ui {
namespace {

LicenceStockPrinter::PrinterChooser &chooser()
{
    static LicenceStockPrinter::PrinterChooser current = [](QPrinter &printer, QWidget *parent) {
        QPrintDialog dialog(&printer, parent);
        return dialog.exec() == QDialog::Accepted;
    };
    return current;
}

licence::LicenceCopy licenceCopy(core::SheetCopy copy)
{
    return copy == core::SheetCopy::Original ? licence::LicenceCopy::Original
                                             : licence::LicenceCopy::Duplicate;
}

} // namespace

void LicenceStockPrinter::setPrinterChooser(PrinterChooser printerChooser)
{
    chooser() = std::move(printerChooser);
}

core::SheetUse LicenceStockPrinter::use(const core::CaseRecord &c, core::SheetCopy copy, quint64 serial,
                                        core::SheetUseKind kind, const QString &reason) const
{
    core::SheetUse u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.caseId = c.id;
    u.copy = copy;
    u.serial = serial;
    u.kind = kind;
    u.reason = reason;
    u.actor = m_user.userId;
    u.workstation = m_wb.settings.workstationCode();
    u.at = QDateTime::currentDateTimeUtc();
    u.creditCode = c.creditCode;
    return u;
}

QList<quint64> LicenceStockPrinter::askNumbers(QWidget *parent, const QString &title,
                                               const QList<core::SheetCopy> &copies,
                                               const QString &authority) const
{
    QList<SheetNumbersDialog::Sheet> sheets;
    for (core::SheetCopy copy : copies)
        sheets.append({copy, m_wb.sheets.nextFree(copy, authority)});
    SheetNumbersDialog dialog(title, sheets, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.serials();
}

QString LicenceStockPrinter::askReason(QWidget *parent, const QString &title, const QString &prompt) const
{
    ReasonDialog dialog(title, prompt, QString(), parent, true);
    dialog.setObjectName(QStringLiteral("sheetReasonDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.reason().trimmed();
}

bool LicenceStockPrinter::recordAndPrint(QWidget *parent, const core::CaseRecord &c,
                                         const QList<core::SheetCopy> &copies, const QList<quint64> &serials,
                                         const QList<core::SheetUse> &uses)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A3));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Business licence %1").arg(c.creditCode));
    if (!chooser()(printer, parent))
        return false;
    // Recorded before it prints: a number already used stops it with nothing printed.
    if (const Result<void> recorded = m_wb.sheets.record(uses, c.form.authorityDivision); !recorded) {
        QMessageBox::warning(parent, tr("Sheet not recorded"), recorded.error().message);
        return false;
    }
    QList<licence::LicenceCopy> pages;
    QStringList numbers;
    for (qsizetype i = 0; i < copies.size(); ++i) {
        pages.append(licenceCopy(copies.at(i)));
        numbers.append(core::BlankStock::serialText(serials.at(i)));
    }
    m_wb.sync->refreshCounts();
    if (const Result<void> printed =
            licence::LicenceSheet::print(&printer, printableLicence(c), pages, numbers);
        !printed) {
        QMessageBox::warning(
            parent, tr("Printing failed"),
            tr("The printer did not take the licence: %1 The sheets are recorded as printed: if "
               "they came out spoilt or blank, void them with the reason (Licence sheets, "
               "Ctrl+Shift+N) and reprint.")
                .arg(printed.error().message));
        return false;
    }
    QMetaObject::invokeMethod(m_wb.sync.get(), "syncNow", Qt::QueuedConnection);
    return true;
}

bool LicenceStockPrinter::printLicence(QWidget *parent, const core::CaseRecord &c)
{
    const QList<core::SheetCopy> copies{core::SheetCopy::Original, core::SheetCopy::Duplicate};
    const QList<quint64> serials =
        askNumbers(parent, tr("Sheets for licence %1").arg(c.creditCode), copies, c.form.authorityDivision);
    if (serials.isEmpty())
        return false;
    QList<core::SheetUse> uses;
    for (qsizetype i = 0; i < copies.size(); ++i)
        uses.append(use(c, copies.at(i), serials.at(i), core::SheetUseKind::Printed, QString()));
    uses += voidedByChange(c);
    return recordAndPrint(parent, c, copies, serials, uses);
}

// A change's new licence replaces the old one (same code): the old licence's sheets still standing
// are voided in the same act, for the case that printed them, with the change as the reason.
QList<core::SheetUse> LicenceStockPrinter::voidedByChange(const core::CaseRecord &c) const
{
    QList<core::SheetUse> voided;
    if (c.kind != core::CaseKind::Change || c.creditCode.isEmpty())
        return voided;
    const std::optional<core::CaseRecord> before = m_wb.cases.licensedWithCode(c.creditCode, c.id);
    if (!before)
        return voided;
    QMap<std::pair<int, quint64>, core::SheetUseKind> last; // each sheet's latest use
    for (const storage::SheetEntry &entry : m_wb.sheets.forCase(before->id))
        last[{int(entry.use.copy), entry.use.serial}] = entry.use.kind;
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        if (it.value() != core::SheetUseKind::Voided)
            voided.append(use(*before, core::SheetCopy(it.key().first), it.key().second,
                              core::SheetUseKind::Voided,
                              tr("Replaced by the licence of change registration %1").arg(c.receiptNumber)));
    }
    return voided;
}

bool LicenceStockPrinter::voidSheet(QWidget *parent, const core::CaseRecord &c,
                                    const storage::SheetEntry &sheet)
{
    const QString reason = askReason(parent, tr("Void sheet %1").arg(sheet.use.serial),
                                     tr("Why is sheet %1 (%2) void? (spoilt, jammed, misprinted…)")
                                         .arg(sheet.use.serial)
                                         .arg(SheetNumbersDialog::copyLabel(sheet.use.copy)));
    if (reason.isEmpty())
        return false;
    const core::SheetUse voided =
        use(c, sheet.use.copy, sheet.use.serial, core::SheetUseKind::Voided, reason);
    if (const Result<void> recorded = m_wb.sheets.record({voided}, c.form.authorityDivision); !recorded) {
        QMessageBox::warning(parent, tr("Sheet not voided"), recorded.error().message);
        return false;
    }
    m_wb.sync->refreshCounts();
    QMetaObject::invokeMethod(m_wb.sync.get(), "syncNow", Qt::QueuedConnection);
    return true;
}

bool LicenceStockPrinter::reprint(QWidget *parent, const core::CaseRecord &c,
                                  const storage::SheetEntry &sheet)
{
    const QString reason = askReason(parent, tr("Reprint sheet %1").arg(sheet.use.serial),
                                     tr("Why is the %1 reprinted? Sheet %2 is voided with this reason.")
                                         .arg(SheetNumbersDialog::copyLabel(sheet.use.copy))
                                         .arg(sheet.use.serial));
    if (reason.isEmpty())
        return false;
    const QList<quint64> serials = askNumbers(parent, tr("New sheet for licence %1").arg(c.creditCode),
                                              {sheet.use.copy}, c.form.authorityDivision);
    if (serials.isEmpty())
        return false;
    QList<core::SheetUse> uses;
    const QList<storage::SheetEntry> known = m_wb.sheets.forCase(c.id);
    const bool voided = std::any_of(known.begin(), known.end(), [&](const storage::SheetEntry &e) {
        return e.use.kind == core::SheetUseKind::Voided && e.use.copy == sheet.use.copy &&
               e.use.serial == sheet.use.serial && e.status != storage::SheetStatus::Refused;
    });
    if (!voided)
        uses.append(use(c, sheet.use.copy, sheet.use.serial, core::SheetUseKind::Voided, reason));
    uses.append(use(c, sheet.use.copy, serials.first(), core::SheetUseKind::Reprinted, reason));
    return recordAndPrint(parent, c, {sheet.use.copy}, serials, uses);
}

} // namespace ow::ui
