#include "ui/counter/SheetLedgerDialog.h"

#include "protocol/ErrorTexts.h"
#include "ui/counter/SheetNumbersDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ow::ui {
namespace {

enum Column
{
    Serial,
    Copy,
    Use,
    Reason,
    By,
    When,
    Exchange,
    ColumnCount
};

bool isVoided(const QList<storage::SheetEntry> &entries, const storage::SheetEntry &sheet)
{
    return std::any_of(entries.begin(), entries.end(), [&](const storage::SheetEntry &e) {
        return e.use.kind == core::SheetUseKind::Voided && e.use.copy == sheet.use.copy &&
               e.use.serial == sheet.use.serial && e.status != storage::SheetStatus::Refused;
    });
}

} // namespace

SheetLedgerDialog::SheetLedgerDialog(Workbench &wb, const storage::LocalAccount &user,
                                     const core::CaseRecord &c, QWidget *parent)
    : QDialog(parent), m_wb(wb), m_case(c), m_printer(wb, user), m_table(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_void(new QPushButton(tr("&Void sheet…"), this)),
      m_reprint(new QPushButton(tr("&Reprint…"), this))
{
    setObjectName(QStringLiteral("sheetLedgerDialog"));
    setWindowTitle(tr("Licence sheets of %1").arg(c.creditCode.isEmpty() ? c.receiptNumber : c.creditCode));
    resize(900, 360);
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setObjectName(QStringLiteral("sheetTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Sheet no."), tr("Copy"), tr("Use"), tr("Reason"), tr("By"), tr("When"), tr("Exchange")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    m_void->setObjectName(QStringLiteral("voidSheetButton"));
    m_void->setToolTip(tr("Void the selected sheet with a reason (spoilt, jammed, misprinted)"));
    m_reprint->setObjectName(QStringLiteral("reprintSheetButton"));
    m_reprint->setToolTip(tr("Void the selected sheet and print its copy again on a new sheet"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_void, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reprint, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_void, &QPushButton::clicked, this, &SheetLedgerDialog::voidSelected);
    connect(m_reprint, &QPushButton::clicked, this, &SheetLedgerDialog::reprintSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SheetLedgerDialog::updateButtons);
    connect(m_wb.sync.get(), &sync::SyncEngine::syncFinished, this, &SheetLedgerDialog::reload);
    reload();
    m_table->setFocus();
}

void SheetLedgerDialog::reload()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? m_table->currentRow() : selected.first().row();
    m_entries = m_wb.sheets.forCase(m_case.id);
    m_table->setRowCount(int(m_entries.size()));
    int live = 0;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const storage::SheetEntry &e = m_entries.at(i);
        QString exchange = tr("recorded");
        if (e.status == storage::SheetStatus::Pending)
            exchange = tr("waiting to be sent");
        else if (e.status == storage::SheetStatus::Refused)
            exchange = tr("refused: %1")
                           .arg(protocol::ProtocolErrors::message(e.errorCode).isEmpty()
                                    ? e.errorMessage
                                    : protocol::ProtocolErrors::message(e.errorCode));
        const QString use = e.use.kind == core::SheetUseKind::Printed  ? tr("printed")
                            : e.use.kind == core::SheetUseKind::Voided ? tr("voided")
                                                                       : tr("reprinted");
        const QStringList cells{core::BlankStock::serialText(e.use.serial),
                                SheetNumbersDialog::copyLabel(e.use.copy),
                                use,
                                e.use.reason,
                                e.use.actor + QStringLiteral(" @ ") + e.use.workstation,
                                e.use.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                exchange};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(i, column, new QTableWidgetItem(cells.at(column)));
        live += e.use.kind != core::SheetUseKind::Voided && e.status != storage::SheetStatus::Refused &&
                !isVoided(m_entries, e);
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        m_entries.isEmpty()
            ? tr("No numbered sheet was printed for this licence yet.")
            : tr("%n sheet(s) carry this licence now; every sheet used for it is listed.", "", live));
    if (!m_entries.isEmpty())
        m_table->selectRow(std::clamp(row, 0, int(m_entries.size()) - 1));
    updateButtons();
}

std::optional<storage::SheetEntry> SheetLedgerDialog::selectedLiveSheet() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? m_table->currentRow() : selected.first().row();
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    const storage::SheetEntry &e = m_entries.at(row);
    if (e.use.kind == core::SheetUseKind::Voided || e.status == storage::SheetStatus::Refused ||
        isVoided(m_entries, e))
        return std::nullopt;
    return e;
}

void SheetLedgerDialog::updateButtons()
{
    const bool live = selectedLiveSheet().has_value();
    m_void->setEnabled(live);
    m_reprint->setEnabled(live);
}

void SheetLedgerDialog::voidSelected()
{
    if (const std::optional<storage::SheetEntry> sheet = selectedLiveSheet()) {
        m_printer.voidSheet(this, m_case, *sheet);
        reload();
    }
}

void SheetLedgerDialog::reprintSelected()
{
    if (const std::optional<storage::SheetEntry> sheet = selectedLiveSheet()) {
        m_printer.reprint(this, m_case, *sheet);
        reload();
    }
}

} // namespace ow::ui
