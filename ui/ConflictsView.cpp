#include "ConflictsView.h"

#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"
#include "core/DomainEvent.h"
#include "core/FieldRules.h"
#include "core/Limits.h"
#include "storage/Database.h"

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

const QColor DifferenceBackground(0xff, 0xf0, 0xc2);
const QColor ErrorColour(0xb3, 0x26, 0x1e);

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

// The case's receipt number from either side, or "".
QString receiptOf(const storage::SyncConflict &c)
{
    for (const QJsonObject &side : {c.localCase, c.remoteCase}) {
        const QString receipt = side.value(u"receiptNumber").toString();
        if (!receipt.isEmpty())
            return receipt;
    }
    return {};
}

// The enterprise name, else the receipt number, else the start of the case id.
QString caseName(const storage::SyncConflict &c)
{
    for (const QJsonObject &side : {c.localCase, c.remoteCase}) {
        const QString name = core::CaseRecord::fromJson(side).form.proposedName;
        if (!name.isEmpty())
            return name;
    }
    const QString receipt = receiptOf(c);
    return receipt.isEmpty() ? c.caseId.left(8) : receipt;
}

// The case's name with its receipt number, else its receipt number, else the start of its id.
QString caseLabel(const storage::SyncConflict &c)
{
    for (const QJsonObject &side : {c.localCase, c.remoteCase}) {
        if (side.isEmpty())
            continue;
        const core::CaseRecord r = core::CaseRecord::fromJson(side);
        if (!r.form.proposedName.isEmpty())
            return r.receiptNumber.isEmpty() ? r.form.proposedName
                                             : u"%1 (%2)"_s.arg(r.form.proposedName, r.receiptNumber);
        if (!r.receiptNumber.isEmpty())
            return r.receiptNumber;
    }
    return c.caseId.left(8);
}

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

QString eventLabel(const QString &type)
{
    for (const core::CaseWorkflow::Transition &t : core::CaseWorkflow::transitions()) {
        if (QLatin1String(t.eventType) == type)
            return core::CaseWorkflow::actionLabel(t.action);
    }
    return type;
}

} // namespace

// A translated reason for the exchange's per-event codes (docs/protocol.md); "" when unknown.
// The exchange's own message is in English and is shown as well, for the support desk.
QString ConflictsView::reasonFor(const QString &code)
{
    if (code == u"case.stale"_s)
        return tr("The case had changed at the exchange since this counter's version.");
    if (code == u"case.changed_elsewhere"_s)
        return tr("The case changed at the exchange while this counter had unsent changes to it.");
    if (code == u"case.unknown"_s)
        return tr("The exchange does not know this case (its acceptance has not reached the exchange).");
    if (code == u"workflow.role"_s)
        return tr("The role of the person who made the change may not do this.");
    if (code == u"workflow.wrong_state"_s)
        return tr("The case was no longer in a state that allows this change.");
    if (code == u"workflow.four_eyes"_s)
        return tr("The four-eyes rule: the person who accepted the case may not also decide it.");
    if (code == u"workflow.locked"_s)
        return tr("Another supervisor holds the review of this case.");
    if (code == u"workflow.form_invalid"_s)
        return tr("The application form does not pass the registration rules at the exchange.");
    if (code == u"workflow.materials_missing"_s)
        return tr("Required materials are missing.");
    if (code == u"workflow.reason_required"_s)
        return tr("The change needs a reason, and none was given.");
    if (code == u"auth.actor_mismatch"_s)
        return tr("The change was made under another user than the one signed in at the exchange.");
    if (code == u"event.local"_s || code == u"event.unknown_type"_s)
        return tr("The exchange does not accept this kind of change.");
    return {};
}

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

void ConflictsView::showDetails()
{
    const auto c = currentConflict();
    m_note->clear();
    if (!c) {
        m_title->clear();
        m_explanation->clear();
        m_compare->setRowCount(0);
        m_ourChange->hide();
        m_error->clear();
        m_resolution->hide();
        updateResolveControls();
        return;
    }
    m_title->setText(caseLabel(*c));
    switch (c->kind) {
    case storage::ConflictKind::PushConflict:
        m_explanation->setText(
            tr("This counter sent a change, but the case had meanwhile changed at the "
               "exchange (on another workstation or online). The exchange did not apply the "
               "change; it is kept here."));
        break;
    case storage::ConflictKind::PushRejected:
        m_explanation->setText(
            tr("The exchange refused a change sent from this counter (its rules or the "
               "user's role do not allow it). The change was not applied there; it is kept "
               "here."));
        break;
    case storage::ConflictKind::PullConflict:
        m_explanation->setText(
            tr("The exchange sent a newer version of this case while this counter still had "
               "unsent changes to it. The local case was not overwritten."));
        break;
    }

    // Both sides, field by field.
    const bool hasLocal = !c->localCase.isEmpty();
    const bool hasRemote = !c->remoteCase.isEmpty();
    const core::CaseRecord local = core::CaseRecord::fromJson(c->localCase);
    const core::CaseRecord remote = core::CaseRecord::fromJson(c->remoteCase);
    auto capital = [](const core::CaseRecord &r) {
        return r.form.capital ? tr("%1 × 10,000 yuan").arg(core::FieldRules::formatWanYuan(r.form.capital))
                              : QString();
    };
    struct Row
    {
        QString field;
        QString ours;
        QString theirs;
    };
    const QList<Row> rows{
        {tr("Receipt number"), local.receiptNumber, remote.receiptNumber},
        {tr("State"), core::CaseStates::label(local.state), core::CaseStates::label(remote.state)},
        {tr("Version"), QString::number(local.version), QString::number(remote.version)},
        {tr("Enterprise name"), local.form.proposedName, remote.form.proposedName},
        {tr("Legal representative"), local.form.legalRep.name, remote.form.legalRep.name},
        {tr("Registered capital"), capital(local), capital(remote)},
        {tr("Reviewing supervisor"), local.reviewer, remote.reviewer},
        {tr("Last changed"), timeText(local.updatedAt), timeText(remote.updatedAt)},
    };
    const QString notRecorded = tr("(not recorded)");
    m_compare->setHorizontalHeaderLabels(
        {tr("Field"), hasLocal ? tr("This counter") : tr("This counter %1").arg(notRecorded),
         hasRemote ? tr("Exchange") : tr("Exchange %1").arg(notRecorded)});
    m_compare->setRowCount(int(rows.size()));
    int differences = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const bool differs = hasLocal && hasRemote && row.ours != row.theirs;
        differences += differs ? 1 : 0;
        auto *field = new QTableWidgetItem(differs ? tr("%1 ≠").arg(row.field) : row.field);
        auto *ours = new QTableWidgetItem(hasLocal && !row.ours.isEmpty() ? row.ours : u"—"_s);
        auto *theirs = new QTableWidgetItem(hasRemote && !row.theirs.isEmpty() ? row.theirs : u"—"_s);
        ours->setToolTip(ours->text());
        theirs->setToolTip(theirs->text());
        if (differs) {
            for (QTableWidgetItem *item : {field, ours, theirs}) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(DifferenceBackground);
                item->setForeground(QColor(0x20, 0x20, 0x20));
            }
            field->setToolTip(tr("The two sides differ here."));
        }
        m_compare->setItem(i, 0, field);
        m_compare->setItem(i, 1, ours);
        m_compare->setItem(i, 2, theirs);
    }
    m_compare->setProperty("differences", differences);
    // All rows at once, no scrolling.
    m_compare->setFixedHeight(m_compare->horizontalHeader()->sizeHint().height() +
                              m_compare->verticalHeader()->length() + 2 * m_compare->frameWidth());

    // What this counter tried to send.
    if (!c->localEvent.isEmpty()) {
        const core::DomainEvent e = core::DomainEvent::fromJson(c->localEvent);
        m_ourChange->setText(tr("This counter's change: <b>%1</b> by %2 at workstation %3, %4.")
                                 .arg(eventLabel(e.type).toHtmlEscaped(), e.actor.toHtmlEscaped(),
                                      e.workstation.toHtmlEscaped(), timeText(e.deviceTime)));
        m_ourChange->show();
    } else {
        m_ourChange->hide();
    }

    // What the exchange said, for the support desk.
    QStringList error;
    if (const QString reason = reasonFor(c->errorCode); !reason.isEmpty())
        error << tr("Why: <b>%1</b>").arg(reason.toHtmlEscaped());
    if (!c->errorMessage.isEmpty())
        error << tr("The exchange said: %1").arg(c->errorMessage.toHtmlEscaped());
    QStringList ids;
    if (!c->errorCode.isEmpty())
        ids << tr("Error code: <b>%1</b>").arg(c->errorCode.toHtmlEscaped());
    if (!c->requestId.isEmpty())
        ids << tr("Request ID: <b>%1</b>").arg(c->requestId.toHtmlEscaped());
    if (!ids.isEmpty())
        error << ids.join(u" · "_s);
    m_error->setText(error.join(u"<br>"_s));

    if (!c->isOpen()) {
        QString how = tr("Marked resolved");
        QString note = c->resolution;
        if (const auto choice = storage::ConflictResolver::choiceOf(c->resolution)) {
            note = c->resolution.mid(c->resolution.indexOf(u": "_s) + 2);
            if (*choice == storage::ConflictChoice::KeepExchange)
                how = tr("Kept the exchange's version");
            else if (*choice == storage::ConflictChoice::SendOursAgain)
                how = tr("Sent this counter's change again");
        }
        m_resolution->setText(tr("%1 — by %2 on %3: %4")
                                  .arg(how.toHtmlEscaped(), c->resolvedBy.toHtmlEscaped(),
                                       timeText(c->resolvedAt), note.toHtmlEscaped()));
        m_resolution->show();
    } else {
        m_resolution->hide();
    }
    updateResolveControls();
}

void ConflictsView::updateResolveControls()
{
    const auto c = currentConflict();
    const bool open = c && c->isOpen();
    m_note->setEnabled(m_canResolve && open);
    m_resolve->setEnabled(m_canResolve && open);
    m_keepExchange->setEnabled(m_canResolve && open && storage::ConflictResolver::canKeepExchange(*c));
    m_sendAgain->setEnabled(m_canResolve && open && storage::ConflictResolver::canSendOursAgain(*c));
    if (!m_canResolve) {
        m_resolveHint->setText(
            tr("Only a supervisor can resolve conflicts. Tell your supervisor about this one; "
               "nothing is lost meanwhile."));
    } else if (!open) {
        m_resolveHint->setText(c ? tr("This conflict has been resolved.") : QString());
    } else {
        QStringList hints;
        if (m_keepExchange->isEnabled())
            hints << tr("<b>Keep the exchange's version</b>: this counter's case becomes the exchange's; its "
                        "unsent changes to the case are not sent (the audit journal keeps them).");
        if (m_sendAgain->isEnabled())
            hints << tr("<b>Send ours again</b>: this counter's change goes to the exchange again, on top of "
                        "the exchange's version, with the next sync; the exchange checks it by its rules.");
        hints << tr("<b>Mark resolved</b>: records your note only; neither case changes. Make any needed "
                    "correction on the case itself.");
        m_resolveHint->setText(hints.join(u"<br>"_s));
    }
    m_resolveHint->setStyleSheet(QString());
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
