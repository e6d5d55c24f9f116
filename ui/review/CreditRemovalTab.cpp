#include "ui/review/CreditRemovalTab.h"

#include "core/ResidentId.h"
#include "workbench/Workbench.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ow::ui {
namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

CreditRemovalTab::CreditRemovalTab(Workbench &wb, QWidget *parent) : QWidget(parent), m_wb(wb)
{
    auto *layout = new QVBoxLayout(this);
    auto *find = new QFormLayout;
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("removalSubject"));
    m_subject->setMaxLength(core::CreditList::MaxSubject);
    m_subject->setPlaceholderText(tr("ID number or credit code, then Enter"));
    find->addRow(tr("ID number or &code"), m_subject);
    layout->addLayout(find);
    m_entries = new QTableWidget(0, 4, this);
    m_entries->setObjectName(QStringLiteral("removalEntries"));
    m_entries->setHorizontalHeaderLabels({tr("List"), tr("Name"), tr("In force from"), tr("Decision")});
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entries->horizontalHeader()->setStretchLastSection(true);
    m_entries->verticalHeader()->hide();
    layout->addWidget(m_entries, 1);
    auto *form = new QFormLayout;
    m_on = new QDateEdit(core::ResidentId::chinaToday(), this);
    m_on->setObjectName(QStringLiteral("removalOn"));
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Removed &on"), m_on);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("removalReason"));
    m_reason->setMaxLength(core::CreditList::MaxReason);
    m_reason->setPlaceholderText(tr("e.g. 已补报年度报告，申请移出"));
    form->addRow(tr("Reaso&n"), m_reason);
    m_proposeButton = new QPushButton(tr("Propose the &removal for confirmation (Ctrl+Enter)"), this);
    m_proposeButton->setObjectName(QStringLiteral("removalPropose"));
    form->addRow(QString(), m_proposeButton);
    layout->addLayout(form);
    connect(m_subject, &QLineEdit::returnPressed, this, &CreditRemovalTab::find);
    connect(m_proposeButton, &QPushButton::clicked, this, &CreditRemovalTab::propose);
    auto *key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    key->setContext(Qt::WidgetWithChildrenShortcut); // this tab's, not the entry tab's
    connect(key, &QShortcut::activated, this, &CreditRemovalTab::propose);
}

void CreditRemovalTab::find()
{
    const QString subject = core::CreditList::normalisedSubject(m_subject->text());
    m_found.clear();
    for (const core::CreditSubjectKind kind :
         {core::CreditSubjectKind::Person, core::CreditSubjectKind::Entity})
        m_found += m_wb.creditLists.entriesFor(kind, subject);
    const QDate today = core::ResidentId::chinaToday();
    std::stable_sort(m_found.begin(), m_found.end(),
                     [&](const core::CreditEntry &a, const core::CreditEntry &b) {
                         return a.inForce(today) && !b.inForce(today);
                     });
    m_entries->setRowCount(int(m_found.size()));
    for (int row = 0; row < m_found.size(); ++row) {
        const core::CreditEntry &e = m_found.at(row);
        const QString list =
            e.inForce(today) ? core::CreditList::label(e.list)
                             : tr("%1 (removed %2)")
                                   .arg(core::CreditList::label(e.list), e.removedOn.toString(Qt::ISODate));
        m_entries->setItem(row, 0, cell(list));
        m_entries->setItem(row, 1, cell(e.subjectName));
        m_entries->setItem(row, 2, cell(e.from.toString(Qt::ISODate)));
        m_entries->setItem(row, 3, cell(tr("%1 — %2").arg(e.authority, e.basis)));
    }
    if (m_found.isEmpty()) {
        emit message(tr("This counter's lists hold no entry of %1 (as of its last sync).")
                         .arg(core::CreditList::masked(subject)),
                     true);
        return;
    }
    m_entries->selectRow(0);
    m_entries->setFocus();
    emit message(tr("%n entry(ies) found. Select the one to remove.", nullptr, int(m_found.size())), false);
}

std::optional<core::CreditEntry> CreditRemovalTab::selectedEntry() const
{
    const int row = m_entries->currentRow();
    if (row < 0 || row >= m_found.size())
        return std::nullopt;
    return m_found.at(row);
}

QDate CreditRemovalTab::removedOn() const
{
    return m_on->date();
}

QString CreditRemovalTab::reason() const
{
    return m_reason->text().trimmed();
}

QString CreditRemovalTab::problem() const
{
    const std::optional<core::CreditEntry> entry = selectedEntry();
    if (!entry)
        return tr("Find the entry by its ID number or code and select it.");
    return core::CreditList::removalProblem(*entry, removedOn(), reason(), core::ResidentId::chinaToday());
}

void CreditRemovalTab::propose()
{
    if (const QString why = problem(); !why.isEmpty()) {
        emit message(why, true);
        return;
    }
    emit proposeRemoval(*selectedEntry(), removedOn(), reason());
}

} // namespace ow::ui
