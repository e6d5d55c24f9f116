#include "ui/review/StockAccountingDialog.h"

#include "ui/counter/SheetNumbersDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

void fillRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        t->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QString stateText(const QString &state)
{
    if (state == u"printed")
        return StockAccountingDialog::tr("printed");
    if (state == u"reprinted")
        return StockAccountingDialog::tr("reprinted");
    if (state == u"voided")
        return StockAccountingDialog::tr("voided");
    return StockAccountingDialog::tr("unused");
}

} // namespace

StockAccountingDialog::StockAccountingDialog(Workbench &wb, const QString &authority, QWidget *parent)
    : QDialog(parent), m_wb(wb), m_batches(table(this, QStringLiteral("stockBatches"),
                                                 {tr("Batch"), tr("Paper"), tr("Serials"), tr("Unused"),
                                                  tr("Printed"), tr("Reprinted"), tr("Voided")})),
      m_sheets(table(this, QStringLiteral("stockSheets"),
                     {tr("Sheet no."), tr("State"), tr("Credit code"), tr("By"), tr("When"), tr("Reason")})),
      m_totals(new QLabel(this))
{
    setObjectName(QStringLiteral("stockAccountingDialog"));
    setWindowTitle(tr("Blank stock of authority %1").arg(authority));
    resize(980, 560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_batches, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_sheets, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (const core::StockBatch &batch : m_wb.sheets.batches(authority)) {
        QList<core::SheetUse> uses;
        for (const storage::SheetEntry &e : m_wb.sheets.usesOfBatch(batch.id))
            uses.append(e.use);
        m_accounts.append(core::BlankStock::account(batch, uses));
    }
    m_batches->setRowCount(int(m_accounts.size()));
    for (int i = 0; i < int(m_accounts.size()); ++i) {
        const core::BatchAccount &a = m_accounts.at(i);
        fillRow(m_batches, i,
                {a.batch.id, SheetNumbersDialog::copyLabel(a.batch.copy),
                 QStringLiteral("%1–%2").arg(a.batch.first).arg(a.batch.last), QString::number(a.unused),
                 QString::number(a.printed), QString::number(a.reprinted), QString::number(a.voided)});
    }
    m_batches->resizeColumnsToContents();
    connect(m_batches, &QTableWidget::currentCellChanged, this, [this](int row) { showBatch(row); });
    if (m_accounts.isEmpty())
        m_totals->setText(
            tr("No batch of blank stock is registered for this authority yet; the exchange's "
               "administrator registers each delivery (stock add) and it arrives with the sync."));
    else
        m_batches->selectRow(0);
    m_batches->setFocus();
}

void StockAccountingDialog::showBatch(int row)
{
    if (row < 0 || row >= m_accounts.size())
        return;
    const core::BatchAccount &a = m_accounts.at(row);
    m_totals->setText(tr("Batch %1: %2 sheets, %3 unused, %4 printed, %5 reprinted, %6 voided.")
                          .arg(a.batch.id)
                          .arg(a.lines.size())
                          .arg(a.unused)
                          .arg(a.printed)
                          .arg(a.reprinted)
                          .arg(a.voided));
    m_sheets->setRowCount(int(a.lines.size()));
    for (int i = 0; i < int(a.lines.size()); ++i) {
        const core::SheetAccount &l = a.lines.at(i);
        fillRow(m_sheets, i,
                {core::BlankStock::serialText(l.serial), stateText(l.state), l.creditCode,
                 l.actor.isEmpty() ? QString() : l.actor + QStringLiteral(" @ ") + l.workstation,
                 l.at.isValid() ? l.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(),
                 l.reason});
    }
    m_sheets->resizeColumnsToContents();
}

} // namespace ow::ui
