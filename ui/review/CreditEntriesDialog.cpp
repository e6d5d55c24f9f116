#include "ui/review/CreditEntriesDialog.h"

#include "core/Authority.h"
#include "core/ResidentId.h"
#include "sync/SyncEngine.h"
#include "ui/review/CreditRemovalTab.h"
#include "workbench/Workbench.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

QLineEdit *line(const QString &objectName, int max, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(max);
    return edit;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

CreditEntriesDialog::CreditEntriesDialog(Workbench &wb, const QString &userId, QWidget *parent)
    : QDialog(parent), m_wb(wb), m_userId(userId)
{
    setWindowTitle(tr("Credit list entries of the registry"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("An entry you make here is recorded once another supervisor of the office confirms "
                      "it (four eyes); every counter of the province then checks against it."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildEntryTab(), tr("&Enter an entry"));
    m_removal = new CreditRemovalTab(m_wb, this);
    tabs->addTab(m_removal, tr("Remo&ve an entry"));
    connect(m_removal, &CreditRemovalTab::message, this, &CreditEntriesDialog::say);
    connect(m_removal, &CreditRemovalTab::proposeRemoval, this, &CreditEntriesDialog::proposeRemoval);
    const int pendingTab = tabs->addTab(buildPendingTab(), tr("A&waiting confirmation"));
    layout->addWidget(tabs);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("creditEntriesStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(tabs, &QTabWidget::currentChanged, this, [this, pendingTab](int index) {
        if (index == pendingTab)
            refresh();
    });
    resize(760, 520);
    if (!onlineClient())
        say(tr("The exchange cannot be reached: entries are made and confirmed at the exchange. Connect, "
               "then "
               "sync (F5)."),
            true);
}

QWidget *CreditEntriesDialog::buildEntryTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_list = new QComboBox(page);
    m_list->setObjectName(QStringLiteral("creditList"));
    for (const core::CreditListKind list : core::CreditList::all())
        m_list->addItem(core::CreditList::label(list), core::CreditList::key(list));
    form->addRow(tr("&List"), m_list);
    m_subjectKind = new QComboBox(page);
    m_subjectKind->setObjectName(QStringLiteral("creditSubjectKind"));
    m_subjectKind->addItem(tr("A person (ID number)"),
                           core::CreditList::subjectKey(core::CreditSubjectKind::Person));
    m_subjectKind->addItem(tr("An entity (credit code)"),
                           core::CreditList::subjectKey(core::CreditSubjectKind::Entity));
    form->addRow(tr("&Names"), m_subjectKind);
    m_subject = line(QStringLiteral("creditSubject"), core::CreditList::MaxSubject, page);
    form->addRow(tr("ID number or &code"), m_subject);
    m_subjectName = line(QStringLiteral("creditSubjectName"), core::CreditList::MaxSubjectName, page);
    form->addRow(tr("Na&me"), m_subjectName);
    m_reason = line(QStringLiteral("creditReason"), core::CreditList::MaxReason, page);
    form->addRow(tr("&Reason for listing"), m_reason);
    m_authority = line(QStringLiteral("creditAuthority"), core::CreditList::MaxAuthority, page);
    m_authority->setText(core::Authority::officeName(m_wb.authorityDivision()));
    form->addRow(tr("Deciding &authority"), m_authority);
    m_basis = line(QStringLiteral("creditBasis"), core::CreditList::MaxBasis, page);
    form->addRow(tr("Decision and &basis"), m_basis);
    m_from = new QDateEdit(core::ResidentId::chinaToday(), page);
    m_from->setObjectName(QStringLiteral("creditFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("In force &from"), m_from);
    m_proposeButton = new QPushButton(tr("&Propose for confirmation (Ctrl+Enter)"), page);
    m_proposeButton->setObjectName(QStringLiteral("creditPropose"));
    form->addRow(QString(), m_proposeButton);
    connect(m_proposeButton, &QPushButton::clicked, this, &CreditEntriesDialog::propose);
    auto *key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), page);
    key->setContext(Qt::WidgetWithChildrenShortcut); // this tab's: the removal tab has its own
    connect(key, &QShortcut::activated, this, &CreditEntriesDialog::propose);
    return page;
}

QWidget *CreditEntriesDialog::buildPendingTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_pending = new QTableWidget(0, 5, page);
    m_pending->setObjectName(QStringLiteral("creditPending"));
    m_pending->setHorizontalHeaderLabels(
        {tr("List"), tr("Names"), tr("In force from"), tr("Entered by"), tr("Reason and basis")});
    m_pending->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pending->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pending->horizontalHeader()->setStretchLastSection(true);
    m_pending->verticalHeader()->hide();
    layout->addWidget(m_pending);
    auto *row = new QHBoxLayout;
    auto *reload = new QPushButton(tr("Re&fresh"), page);
    m_confirmButton = new QPushButton(tr("&Confirm the selected entry"), page);
    m_confirmButton->setObjectName(QStringLiteral("creditConfirm"));
    row->addWidget(reload);
    row->addStretch(1);
    row->addWidget(m_confirmButton);
    layout->addLayout(row);
    connect(reload, &QPushButton::clicked, this, &CreditEntriesDialog::refresh);
    connect(m_confirmButton, &QPushButton::clicked, this, &CreditEntriesDialog::confirmSelected);
    return page;
}

core::CreditEntry CreditEntriesDialog::typedEntry() const
{
    core::CreditEntry entry;
    entry.list =
        core::CreditList::fromKey(m_list->currentData().toString()).value_or(core::CreditListKind::Abnormal);
    entry.subjectKind = core::CreditList::subjectFromKey(m_subjectKind->currentData().toString())
                            .value_or(core::CreditSubjectKind::Person);
    entry.subject = core::CreditList::normalisedSubject(m_subject->text());
    entry.subjectName = m_subjectName->text().trimmed();
    entry.reason = m_reason->text().trimmed();
    entry.authority = m_authority->text().trimmed();
    entry.basis = m_basis->text().trimmed();
    entry.from = m_from->date();
    return entry;
}

sync::ExchangeClient *CreditEntriesDialog::onlineClient()
{
    if (!m_wb.sync || m_wb.sync->state() != sync::ConnectionState::Online || !m_wb.sync->client() ||
        m_wb.sync->client()->token().isEmpty())
        return nullptr;
    return m_wb.sync->client();
}

void CreditEntriesDialog::say(const QString &text, bool failure)
{
    m_status->setText(text);
    m_status->setStyleSheet(failure ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #1b5e20;"));
}

void CreditEntriesDialog::propose()
{
    const core::CreditEntry entry = typedEntry();
    if (const QString problem = core::CreditList::problem(entry, core::ResidentId::chinaToday());
        !problem.isEmpty()) {
        say(problem, true);
        return;
    }
    sync::ExchangeClient *client = onlineClient();
    if (!client) {
        say(tr("The exchange cannot be reached; nothing was sent. Connect, then try again."), true);
        return;
    }
    m_proposeButton->setEnabled(false);
    const QPointer<CreditEntriesDialog> self(this);
    client->proposeCreditEntry(QUuid::createUuid().toString(QUuid::WithoutBraces), entry,
                               [self](Result<QString, sync::SyncError> result) {
                                   if (!self)
                                       return;
                                   self->m_proposeButton->setEnabled(true);
                                   if (!result) {
                                       self->say(result.error().message, true);
                                       return;
                                   }
                                   self->say(
                                       tr("Entered. It is recorded once another supervisor confirms it."));
                                   self->m_subject->clear();
                                   self->m_subjectName->clear();
                               });
}

void CreditEntriesDialog::proposeRemoval(const core::CreditEntry &entry, const QDate &removedOn,
                                         const QString &reason)
{
    sync::ExchangeClient *client = onlineClient();
    if (!client) {
        say(tr("The exchange cannot be reached; nothing was sent. Connect, then try again."), true);
        return;
    }
    const QPointer<CreditEntriesDialog> self(this);
    client->proposeCreditRemoval(
        QUuid::createUuid().toString(QUuid::WithoutBraces), entry.id, removedOn, reason,
        [self, name = entry.subjectName](Result<QString, sync::SyncError> result) {
            if (!self)
                return;
            if (!result) {
                self->say(result.error().message, true);
                return;
            }
            self->say(tr("The removal of %1's entry is proposed. It is recorded once "
                         "another supervisor confirms it.")
                          .arg(name));
        });
}

void CreditEntriesDialog::refresh()
{
    reload(true);
}

void CreditEntriesDialog::reload(bool announce)
{
    sync::ExchangeClient *client = onlineClient();
    if (!client)
        return;
    const QPointer<CreditEntriesDialog> self(this);
    client->pendingCredit([self, announce](Result<QList<sync::CreditProposalInfo>, sync::SyncError> result) {
        if (!self)
            return;
        if (!result) {
            self->say(result.error().message, true);
            return;
        }
        self->m_proposals = result.value();
        self->m_pending->setRowCount(int(self->m_proposals.size()));
        for (int row = 0; row < self->m_proposals.size(); ++row) {
            const sync::CreditProposalInfo &p = self->m_proposals.at(row);
            const bool add = p.kind == u"add";
            const QString subject = p.entry.subjectKind == core::CreditSubjectKind::Person
                                        ? core::CreditList::masked(p.entry.subject)
                                        : p.entry.subject;
            self->m_pending->setItem(row, 0,
                                     cell(add ? core::CreditList::label(p.entry.list) : tr("removal")));
            self->m_pending->setItem(row, 1,
                                     cell(add ? tr("%1 (%2)").arg(p.entry.subjectName, subject) : p.entryId));
            self->m_pending->setItem(row, 2, cell((add ? p.entry.from : p.removedOn).toString(Qt::ISODate)));
            self->m_pending->setItem(row, 3, cell(p.proposedBy));
            self->m_pending->setItem(
                row, 4,
                cell(add ? tr("%1 — %2, %3").arg(p.entry.reason, p.entry.authority, p.entry.basis)
                         : p.removalReason));
        }
        if (announce)
            self->say(tr("%n entry(ies) await confirmation.", nullptr, int(self->m_proposals.size())));
    });
}

void CreditEntriesDialog::confirmSelected()
{
    const int row = m_pending->currentRow();
    if (row < 0 || row >= m_proposals.size()) {
        say(tr("Select the entry to confirm."), true);
        return;
    }
    const sync::CreditProposalInfo proposal = m_proposals.at(row);
    if (proposal.proposedBy == m_userId) {
        say(tr("You entered this one: another supervisor confirms it (four eyes)."), true);
        return;
    }
    sync::ExchangeClient *client = onlineClient();
    if (!client) {
        say(tr("The exchange cannot be reached; nothing was confirmed."), true);
        return;
    }
    const QPointer<CreditEntriesDialog> self(this);
    client->confirmCredit(proposal.id, [self](Result<core::CreditEntry, sync::SyncError> result) {
        if (!self)
            return;
        if (!result) {
            self->say(result.error().message, true);
            return;
        }
        const core::CreditEntry &entry = result.value();
        if (entry.removedOn.isValid())
            self->say(tr("Recorded: %1 removed from the %2 on %3. Every counter gets it with its next sync.")
                          .arg(entry.subjectName, core::CreditList::label(entry.list),
                               entry.removedOn.toString(Qt::ISODate)));
        else
            self->say(tr("Recorded: %1 on the %2 from %3. Every counter gets it with its next sync.")
                          .arg(entry.subjectName, core::CreditList::label(entry.list),
                               entry.from.toString(Qt::ISODate)));
        self->reload(false);
    });
}

} // namespace ow::ui
