// The business licence (营业执照) of a licensed case: shown and printed once the exchange has
// confirmed it (its credit code and the authority's signed QR came back with the case). And any
// licence handed over at the counter, verified offline (VerifyLicenceDialog).
#include "licence/LicenceSheet.h"
#include "ui/counter/CaseLicence.h"
#include "ui/counter/LicenceStockPrinter.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/NoticeViewer.h"
#include "ui/counter/SheetLedgerDialog.h"
#include "ui/counter/VerifyLicenceDialog.h"
#include "ui/review/CreditEntriesDialog.h"
#include "ui/review/StockAccountingDialog.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>

namespace ow::ui {
namespace {

// One 正本 and one 副本, as a licence is handed out.
const QList<licence::LicenceCopy> Copies{licence::LicenceCopy::Original, licence::LicenceCopy::Duplicate};

} // namespace

void MainWindow::buildLicenceAction(QMenu *menu, QToolBar *bar)
{
    m_licence = new QAction(tr("Business &licence…"), this);
    m_licence->setObjectName(QStringLiteral("licenceAction"));
    m_licence->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_licence->setToolTip(
        tr("Show and print the business licence (original A3, duplicate A4) (Ctrl+Shift+P)"));
    m_licence->setVisible(false);
    connect(m_licence, &QAction::triggered, this, &MainWindow::showLicence);
    menu->addAction(m_licence);
    bar->addAction(m_licence);

    m_sheets = new QAction(tr("Licence &sheets…"), this);
    m_sheets->setObjectName(QStringLiteral("licenceSheetsAction"));
    m_sheets->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_sheets->setToolTip(tr("The numbered sheets this licence was printed on: void a spoilt one, reprint "
                            "(Ctrl+Shift+N)"));
    m_sheets->setVisible(false);
    connect(m_sheets, &QAction::triggered, this, &MainWindow::showSheets);
    menu->addAction(m_sheets);

    // The office's blank stock, every sheet of each batch: a supervisor accounts for them.
    m_stockAccounting = new QAction(tr("Blank stock &accounting…"), this);
    m_stockAccounting->setObjectName(QStringLiteral("stockAccountingAction"));
    m_stockAccounting->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_stockAccounting->setVisible(m_user.role == core::Role::Supervisor);
    connect(m_stockAccounting, &QAction::triggered, this, [this] {
        auto *dialog = new StockAccountingDialog(m_wb, m_wb.authorityDivision(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    menu->addAction(m_stockAccounting);

    // The registry's own credit list entries: one supervisor enters, another confirms (four eyes).
    auto *creditEntries = new QAction(tr("Credit list &entries…"), this);
    creditEntries->setObjectName(QStringLiteral("creditEntriesAction"));
    creditEntries->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    creditEntries->setVisible(m_user.role == core::Role::Supervisor);
    connect(creditEntries, &QAction::triggered, this, [this] {
        auto *dialog = new CreditEntriesDialog(m_wb, m_user.userId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    menu->addAction(creditEntries);

    // Not the case's: any licence an applicant hands over, so always there, in the menu only.
    m_verifyLicence = new QAction(tr("&Verify a licence…"), this);
    m_verifyLicence->setObjectName(QStringLiteral("verifyLicenceAction"));
    m_verifyLicence->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_verifyLicence->setToolTip(
        tr("Check a business licence offline: paste its QR code's text or open its PDF (Ctrl+Shift+V)"));
    connect(m_verifyLicence, &QAction::triggered, this, &MainWindow::verifyLicence);
    menu->addAction(m_verifyLicence);
}

void MainWindow::verifyLicence()
{
    auto *dialog = new VerifyLicenceDialog(m_wb.settings.exchange().caBundlePath, this);
    dialog->setRevocations([this](const QString &code) -> std::optional<VerifyLicenceDialog::Revocation> {
        const std::optional<storage::EnterpriseRecord> entity = m_wb.enterprises.find(code);
        if (!entity || !entity->isRevoked())
            return std::nullopt;
        return VerifyLicenceDialog::Revocation{entity->statusSince, entity->statusDecision};
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showLicence()
{
    const core::CaseRecord &c = m_actions.current();
    if (c.creditCode.isEmpty() || c.licenceSeal.isEmpty()) {
        QMessageBox::information(this, tr("Licence not confirmed yet"),
                                 tr("The exchange has not confirmed this licence yet: it assigns the unified "
                                    "social credit code and signs the licence when this counter syncs. Press "
                                    "F5 to sync, then open the licence again."));
        return;
    }
    const QString path = QDir(m_wb.noticesDir()).filePath(QStringLiteral("%1-licence.pdf").arg(c.id));
    if (const Result<void> written = licence::LicenceSheet::writePdf(path, printableLicence(c), Copies);
        !written) {
        QMessageBox::warning(this, tr("Licence not written"),
                             tr("The licence could not be written: %1").arg(written.error().message));
        return;
    }
    const QString title = m_actions.licenceProvisional()
                              ? tr("Provisional business licence %1 (not confirmed by the exchange yet)")
                              : tr("Business licence %1");
    auto *viewer = new NoticeViewer(path, title.arg(c.creditCode), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    connect(viewer, &NoticeViewer::printRequested, this, &MainWindow::printLicence);
    viewer->open();
}

void MainWindow::printLicence()
{
    // On numbered blank stock: the sheets' numbers first, then the printer; recorded in the ledger.
    LicenceStockPrinter(m_wb, m_user).printLicence(this, m_actions.current());
}

void MainWindow::showSheets()
{
    auto *dialog = new SheetLedgerDialog(m_wb, m_user, m_actions.current(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ow::ui
