#include "ui/sync/ConflictsView.h"

#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"
#include "core/DomainEvent.h"
#include "core/FieldRules.h"
#include "core/Limits.h"
#include "storage/Database.h"
#include "ui/sync/ConflictText.h"

#include <QCheckBox>
#include <QColor>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ow::ui {

using namespace conflicttext;

namespace {

enum ListColumn
{
    CaseColumn,
    ReceiptColumn,
    KindColumn,
    WhenColumn,
    ErrorColumn,
    ListColumnCount
};

// A scroll area that asks for the whole height of its widget (QScrollArea caps its size hint).
class DetailsScroll : public QScrollArea
{
public:
    explicit DetailsScroll(QWidget *parent) : QScrollArea(parent)
    {
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }
    QSize sizeHint() const override
    {
        if (!widget())
            return QScrollArea::sizeHint();
        // The height the wrapped labels need at the width they will get.
        const int w = width() > 50 ? width() : widget()->sizeHint().width();
        const int h =
            widget()->hasHeightForWidth() ? widget()->heightForWidth(w) : widget()->sizeHint().height();
        return {widget()->sizeHint().width(), h + 2 * frameWidth()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry();
    }

public:
    QSize minimumSizeHint() const override { return {QScrollArea::minimumSizeHint().width(), 120}; }
};

} // namespace

ConflictsView::ConflictsView(std::shared_ptr<storage::Database> db, const storage::CaseStore &cases,
                             core::Role role, QString userId, QWidget *parent)
    : QWidget(parent), m_store(std::make_unique<storage::ConflictStore>(db)),
      m_resolver(std::make_unique<storage::ConflictResolver>(db, cases)),
      m_canResolve(core::CaseWorkflow::mayResolveConflicts(role)), m_role(role), m_userId(std::move(userId)),
      m_heading(new QLabel(this)), m_showResolved(new QCheckBox(this)), m_refresh(new QPushButton(this)),
      m_list(new QTreeWidget(this)), m_details(new QWidget(this)), m_title(new QLabel(m_details)),
      m_explanation(new QLabel(m_details)), m_compare(new QTableWidget(m_details)),
      m_ourChange(new QLabel(m_details)), m_error(new QLabel(m_details)), m_resolution(new QLabel(m_details)),
      m_note(new QLineEdit(m_details)), m_keepExchange(new QPushButton(m_details)),
      m_sendAgain(new QPushButton(m_details)), m_resolve(new QPushButton(m_details)),
      m_resolveHint(new QLabel(m_details)), m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    buildList(layout);
    QVBoxLayout *details = buildDetails();
    buildResolveBox(details);
    details->addStretch(1);
    // The details keep the height they need; the list takes the rest.
    // In a low dock the details scroll rather than being cut off.
    auto *scroll = new DetailsScroll(this);
    scroll->setObjectName(u"conflictDetails"_s);
    scroll->setWidget(m_details);
    m_detailsScroll = scroll;
    layout->addWidget(m_detailsScroll);

    m_empty->setObjectName(u"conflictsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    connect(m_refresh, &QPushButton::clicked, this, &ConflictsView::reload);
    connect(m_showResolved, &QCheckBox::toggled, this, &ConflictsView::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictsView::showDetails);
    connect(m_keepExchange, &QPushButton::clicked, this,
            [this] { resolveSelected(storage::ConflictChoice::KeepExchange); });
    connect(m_sendAgain, &QPushButton::clicked, this,
            [this] { resolveSelected(storage::ConflictChoice::SendOursAgain); });
    connect(m_resolve, &QPushButton::clicked, this,
            [this] { resolveSelected(storage::ConflictChoice::MarkResolved); });
    connect(m_note, &QLineEdit::textChanged, this, &ConflictsView::updateResolveControls);

    setTabOrder(m_list, m_note);
    setTabOrder(m_note, m_keepExchange);
    setTabOrder(m_keepExchange, m_sendAgain);
    setTabOrder(m_sendAgain, m_resolve);
    setTabOrder(m_resolve, m_showResolved);
    setTabOrder(m_showResolved, m_refresh);
    setFocusProxy(m_list);
    reload();
}

void ConflictsView::buildList(QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout;
    m_heading->setObjectName(u"conflictsHeading"_s);
    bar->addWidget(m_heading);
    bar->addStretch(1);
    m_showResolved->setObjectName(u"conflictsShowResolved"_s);
    m_showResolved->setText(tr("Show re&solved ones too"));
    bar->addWidget(m_showResolved);
    m_refresh->setObjectName(u"conflictsRefresh"_s);
    m_refresh->setText(tr("Re&fresh"));
    bar->addWidget(m_refresh);
    layout->addLayout(bar);

    m_list->setObjectName(u"conflictList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Case"), tr("Receipt number"), tr("Kind"), tr("When"), tr("Error")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(CaseColumn, 230);
    m_list->setColumnWidth(ReceiptColumn, 200);
    m_list->setColumnWidth(KindColumn, 150);
    m_list->setColumnWidth(WhenColumn, 125);
    m_list->setMinimumHeight(fontMetrics().height() * 7);
    layout->addWidget(m_list, 1);
}

QVBoxLayout *ConflictsView::buildDetails()
{
    // The details of the selected conflict.
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(u"conflictTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    details->addWidget(m_title);
    m_explanation->setObjectName(u"conflictExplanation"_s);
    m_explanation->setWordWrap(true);
    details->addWidget(m_explanation);

    m_compare->setObjectName(u"conflictComparison"_s);
    m_compare->setColumnCount(3);
    m_compare->setHorizontalHeaderLabels({tr("Field"), tr("This counter"), tr("Exchange")});
    m_compare->verticalHeader()->hide();
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->setSelectionMode(QAbstractItemView::NoSelection);
    m_compare->setFocusPolicy(Qt::NoFocus);
    m_compare->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_compare->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_compare->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_compare->setWordWrap(false);
    m_compare->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_compare->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_compare->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_compare->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    details->addWidget(m_compare);

    for (QLabel *label : {m_ourChange, m_error, m_resolution}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        details->addWidget(label);
    }
    m_ourChange->setObjectName(u"conflictOurChange"_s);
    m_error->setObjectName(u"conflictError"_s);
    m_resolution->setObjectName(u"conflictResolution"_s);
    return details;
}

void ConflictsView::buildResolveBox(QVBoxLayout *details)
{
    auto *resolveBox = new QGroupBox(tr("Resolve"), m_details);
    auto *resolveLayout = new QVBoxLayout(resolveBox);
    auto *noteRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("&Note (required)"), resolveBox);
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(u"conflictNote"_s);
    m_note->setMaxLength(core::Limits::maxLength(core::LimitScope::Local, "conflict.note"));
    m_note->setPlaceholderText(tr("What was done, e.g. \"re-entered the correction on the current case\""));
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    resolveLayout->addLayout(noteRow);
    auto *choices = new QHBoxLayout;
    m_keepExchange->setObjectName(u"conflictKeepExchange"_s);
    m_keepExchange->setText(tr("Keep the &exchange's version…"));
    m_sendAgain->setObjectName(u"conflictSendAgain"_s);
    m_sendAgain->setText(tr("Send &ours again…"));
    m_resolve->setObjectName(u"conflictMarkResolved"_s);
    m_resolve->setText(tr("&Mark resolved…"));
    choices->addWidget(m_keepExchange);
    choices->addWidget(m_sendAgain);
    choices->addWidget(m_resolve);
    choices->addStretch(1);
    resolveLayout->addLayout(choices);
    m_resolveHint->setObjectName(u"conflictResolveHint"_s);
    m_resolveHint->setWordWrap(true);
    resolveLayout->addWidget(m_resolveHint);
    details->addWidget(resolveBox);
}

std::optional<storage::SyncConflict> ConflictsView::currentConflict() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(CaseColumn, Qt::UserRole).toLongLong();
    for (const storage::SyncConflict &c : m_conflicts) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

bool ConflictsView::select(qint64 conflictId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(CaseColumn, Qt::UserRole).toLongLong() == conflictId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void ConflictsView::reload()
{
    const auto previous = currentConflict();
    m_conflicts = m_store->list(!m_showResolved->isChecked(), 1000);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const storage::SyncConflict &c : std::as_const(m_conflicts)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(CaseColumn, Qt::UserRole, c.id);
        item->setText(CaseColumn, caseName(c));
        item->setToolTip(CaseColumn, tr("Case %1").arg(c.caseId));
        item->setText(ReceiptColumn, receiptOf(c));
        switch (c.kind) {
        case storage::ConflictKind::PushRejected:
            item->setText(KindColumn, tr("Rejected when sent"));
            break;
        case storage::ConflictKind::PushConflict:
            item->setText(KindColumn, tr("Conflict when sent"));
            break;
        case storage::ConflictKind::PullConflict:
            item->setText(KindColumn, tr("Conflict when received"));
            break;
        }
        item->setText(WhenColumn, timeText(c.createdAt));
        const QString reason = reasonFor(c.errorCode);
        const QString error = !reason.isEmpty()          ? reason
                              : c.errorMessage.isEmpty() ? c.errorCode
                                                         : c.errorMessage;
        item->setText(ErrorColumn, c.isOpen() ? error : tr("Resolved — %1").arg(error));
        item->setToolTip(ErrorColumn, error);
        if (!c.isOpen()) {
            for (int col = 0; col < ListColumnCount; ++col)
                item->setForeground(col, palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    const int open = m_store->openCount();
    if (open >= 0) {
        m_heading->setText(open == 0 ? tr("No open conflicts.")
                                     : tr("<b>%n open conflict(s)</b> — nothing is overwritten until a "
                                          "supervisor has looked at them.",
                                          nullptr, open));
    }
    const bool any = !m_conflicts.isEmpty();
    // The keyboard lands on the list, or, with nothing to list, on "show resolved ones too".
    setFocusProxy(any ? static_cast<QWidget *>(m_list) : m_showResolved);
    m_list->setVisible(any);
    m_detailsScroll->setVisible(any);
    m_empty->setVisible(!any);
    m_empty->setText(tr("The exchange and this counter agree on every case: there is nothing to resolve."));
    if (any) {
        if (!previous || !select(previous->id))
            m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    showDetails();
    if (open != m_openCount) {
        m_openCount = open;
        emit openCountChanged(open);
    }
}

bool ConflictsView::resolveSelected(storage::ConflictChoice choice)
{
    const auto c = currentConflict();
    if (!m_canResolve || !c || !c->isOpen())
        return false;
    if ((choice == storage::ConflictChoice::KeepExchange &&
         !storage::ConflictResolver::canKeepExchange(*c)) ||
        (choice == storage::ConflictChoice::SendOursAgain &&
         !storage::ConflictResolver::canSendOursAgain(*c)))
        return false;
    const QString note = m_note->text().simplified();
    if (note.isEmpty()) {
        m_resolveHint->setText(tr("Enter a note first: what was decided about this conflict, and why."));
        m_resolveHint->setStyleSheet(u"color: #b3261e;"_s);
        m_note->setFocus();
        return false;
    }
    QString title;
    QString question;
    QString effect;
    QString yes;
    switch (choice) {
    case storage::ConflictChoice::KeepExchange:
        title = tr("Keep the exchange's version");
        question = tr("Replace this counter's version of case %1 with the exchange's?").arg(caseLabel(*c));
        effect = tr("This counter's unsent changes to the case are not sent; the audit journal keeps them.");
        yes = tr("&Keep the exchange's version");
        break;
    case storage::ConflictChoice::SendOursAgain: {
        title = tr("Send this counter's change again");
        question = tr("Send this counter's change to case %1 again, on top of the exchange's version?")
                       .arg(caseLabel(*c));
        const QString actor =
            c->localEvent.isEmpty() ? QString() : core::DomainEvent::fromJson(c->localEvent).actor;
        effect = actor.isEmpty()
                     ? tr("It goes out with the next sync; the exchange checks it again by its rules.")
                     : tr("It goes out with the next sync while %1 is signed in; the exchange checks it "
                          "again by its rules.")
                           .arg(actor);
        yes = tr("&Send again");
        break;
    }
    case storage::ConflictChoice::MarkResolved:
        title = tr("Mark the conflict resolved");
        question = tr("Mark the conflict of case %1 as resolved?").arg(caseLabel(*c));
        effect = c->kind == storage::ConflictKind::PullConflict
                     ? tr("Neither case is changed.")
                     : tr("Neither case is changed, and this counter's change is not sent again.");
        yes = tr("&Mark resolved");
        break;
    }
    QMessageBox ask(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(u"confirmResolve"_s);
    ask.setInformativeText(tr("%1 Your note is kept with the conflict:\n\n%2").arg(effect, note));
    ask.setDefaultButton(QMessageBox::No);
    ask.button(QMessageBox::Yes)->setText(yes);
    ask.button(QMessageBox::No)->setText(tr("&Cancel"));
    if (ask.exec() != QMessageBox::Yes)
        return false;

    if (auto done = m_resolver->resolve(c->id, choice, core::Actor{m_userId, m_role, {}}, note); !done) {
        QMessageBox::warning(this, title, done.error().message);
        reload();
        return false;
    }
    m_note->clear();
    emit resolved(c->id);
    reload();
    return true;
}

} // namespace ow::ui
