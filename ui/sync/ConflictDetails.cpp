// ConflictsView: the details of the selected conflict — both sides field by field, what this
// counter tried to send, what the exchange said — and which decisions are offered.
#include "core/CaseRecord.h"
#include "core/DomainEvent.h"
#include "core/FieldRules.h"
#include "storage/ConflictResolver.h"
#include "ui/sync/ConflictText.h"
#include "ui/sync/ConflictsView.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace ow::ui {

using namespace conflicttext;

namespace {

const QColor DifferenceBackground(0xff, 0xf0, 0xc2);

// The protocol's codes and what the counter says of each (translated by ConflictsView::reasonFor).
const struct
{
    const char *code;
    const char *text;
} Reasons[] = {
    {"case.stale", QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                                     "The case had changed at the exchange since this counter's version.")},
    {"case.changed_elsewhere",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The case changed at the exchange while this counter had unsent changes to it.")},
    {"case.unknown",
     QT_TRANSLATE_NOOP(
         "ow::ui::ConflictsView",
         "The exchange does not know this case (its acceptance has not reached the exchange).")},
    {"case.other_authority",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The case belongs to a registration authority the signed-in user does not cover; the "
                       "exchange says nothing more of it.")},
    {"case.receipt_foreign",
     QT_TRANSLATE_NOOP(
         "ow::ui::ConflictsView",
         "The receipt number is not this workstation's, or its authority is not the case's (was the "
         "workstation's registration authority changed after the number was issued?).")},
    {"case.receipt_invalid",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The receipt number does not follow the rule authority-date-workstation-sequence.")},
    {"case.receipt_taken",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "Another case at the exchange already holds this receipt number.")},
    {"case.subject_unknown",
     QT_TRANSLATE_NOOP(
         "ow::ui::ConflictsView",
         "The exchange has not registered the enterprise this change or deregistration names, or "
         "not with this authority.")},
    {"case.subject_ended",
     QT_TRANSLATE_NOOP(
         "ow::ui::ConflictsView",
         "The enterprise this case is about was deregistered at the exchange, or its licence revoked (then "
         "only a general deregistration goes on).")},
    {"case.kind_changed",
     QT_TRANSLATE_NOOP(
         "ow::ui::ConflictsView",
         "The exchange holds this case as another kind (establishment, change, deregistration).")},
    {"case.kind_unknown",
     QT_TRANSLATE_NOOP(
         "ow::ui::ConflictsView",
         "The case is of a kind the exchange does not know: is this counter newer than the exchange?")},
    {"workflow.wrong_kind",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "This kind of case does not take that action.")},
    {"deregistration.no_notice",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The exchange has not begun the public notice of this simplified deregistration.")},
    {"deregistration.notice_running",
     QT_TRANSLATE_NOOP(
         "ow::ui::ConflictsView",
         "The public notice of this simplified deregistration was still running at the exchange.")},
    {"deregistration.objected",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "Objections were raised during the public notice: a simplified deregistration with "
                       "objections is rejected, and the applicant may apply for a general one.")},
    {"deregistration.general_only",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The enterprise's licence was revoked: it is deregistered by the general procedure "
                       "only. Withdraw this case and accept a general deregistration.")},
    {"case.too_large",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The case is larger than the exchange stores.")},
    {"field.too_long",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "A text of the case is longer than the exchange allows.")},
    {"list.too_long", QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                                        "A list of the case has more entries than the exchange allows.")},
    {"field.invalid_text",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "A text of the case holds characters that are not allowed.")},
    {"workflow.role", QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                                        "The role of the person who made the change may not do this.")},
    {"workflow.wrong_state", QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                                               "The case was no longer in a state that allows this change.")},
    {"workflow.four_eyes",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The four-eyes rule: the person who accepted the case may not also decide it.")},
    {"credit.restricted",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "A person named on the form is barred by a credit list entry the exchange holds.")},
    {"workflow.locked",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "Another supervisor holds the review of this case.")},
    {"workflow.form_invalid",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The application form does not pass the registration rules at the exchange.")},
    {"workflow.materials_missing",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "Required materials are missing.")},
    {"workflow.reason_required",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The change needs a reason, and none was given.")},
    {"workflow.outside_jurisdiction",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The domicile lies outside the office's jurisdiction, and no reason was given for "
                       "registering it here.")},
    {"workflow.already_extended",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The case's time limit was extended already; it can be extended once.")},
    {"licence.no_code",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The exchange cannot make a credit code for the case: its registration authority's "
                       "division is not in the exchange's division list. Ask IT to check the exchange's "
                       "divisions.")},
    {"licence.unsigned",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The exchange cannot sign the licence: a text of it is too long for the licence's QR "
                       "code, or the exchange's signing key is not usable. Shorten the name or domicile, or "
                       "ask IT to check the exchange's signing key.")},
    {"workflow.unknown_reason",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "A standard reason picked is not in the exchange's catalogue.")},
    {"auth.actor_mismatch",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The change was made under another user than the one signed in at the exchange.")},
    {"auth.other_authority",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The signed-in user's registration authority does not cover this workstation's.")},
    {"auth.forbidden", QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                                         "The role of the person who made the change may not do this.")},
    {"auth.service_only",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "Only the public portal may do this at the exchange.")},
    {"auth.invalid_credentials",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The user name or the password was wrong.")},
    {"auth.account_disabled",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The account is disabled at the exchange.")},
    {"auth.account_locked",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The account is locked at the exchange after too many wrong passwords.")},
    {"auth.token_expired",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The session with the exchange had ended; sign in again.")},
    {"auth.token_invalid",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The session with the exchange had ended; sign in again.")},
    {"auth.token_not_bound",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The session belongs to another workstation's certificate.")},
    {"tls.certificate_revoked",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The exchange has revoked this workstation's certificate.")},
    {"tls.certificate_unknown",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The exchange does not know this workstation's certificate.")},
    {"event.local",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The exchange does not accept this kind of change.")},
    {"event.unknown_type",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The exchange does not accept this kind of change.")},
    {"request.malformed",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The exchange could not read what this counter sent.")},
    {"request.malformed_json",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The exchange could not read what this counter sent.")},
    {"request.invalid_field",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The exchange could not read what this counter sent.")},
    {"request.unsupported_encoding",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The exchange could not read what this counter sent.")},
    {"request.malformed_encoding",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The exchange could not read what this counter sent.")},
    {"request.too_large",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "What this counter sent was too large for the exchange.")},
    {"request.header_too_large",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "What this counter sent was too large for the exchange.")},
    {"request.not_found", QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                                            "The exchange does not offer this service; check its address.")},
    {"request.method_not_allowed",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                       "The exchange does not offer this service; check its address.")},
    {"request.timeout", QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                                          "What this counter sent did not reach the exchange in time.")},
    {"server.unavailable",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The exchange was unavailable; it will be tried again.")},
    {"server.busy",
     QT_TRANSLATE_NOOP("ow::ui::ConflictsView", "The exchange was busy; it will be tried again.")},
    {"server.internal", QT_TRANSLATE_NOOP("ow::ui::ConflictsView",
                                          "The exchange had an internal error; it will be tried again.")},
};

} // namespace

// A translated reason for each code the exchange answers (docs/protocol.md: the per-event codes
// and the error table); "" when unknown. The exchange's own message is in English and is shown as
// well, for the support desk.
QString ConflictsView::reasonFor(const QString &code)
{
    for (const auto &r : Reasons) {
        if (code == QLatin1String(r.code))
            return tr(r.text);
    }
    return {};
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
    showComparison(*c);
    showExchangeAnswer(*c);
    showResolution(*c);
    updateResolveControls();
}

// Both sides, field by field, the differences marked.
void ConflictsView::showComparison(const storage::SyncConflict &c)
{
    const bool hasLocal = !c.localCase.isEmpty();
    const bool hasRemote = !c.remoteCase.isEmpty();
    const core::CaseRecord local = core::CaseRecord::fromJson(c.localCase);
    const core::CaseRecord remote = core::CaseRecord::fromJson(c.remoteCase);
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
}

// What this counter tried to send, and what the exchange said about it (for the support desk).
void ConflictsView::showExchangeAnswer(const storage::SyncConflict &c)
{
    if (!c.localEvent.isEmpty()) {
        const core::DomainEvent e = core::DomainEvent::fromJson(c.localEvent);
        m_ourChange->setText(tr("This counter's change: <b>%1</b> by %2 at workstation %3, %4.")
                                 .arg(eventLabel(e.type).toHtmlEscaped(), e.actor.toHtmlEscaped(),
                                      e.workstation.toHtmlEscaped(), timeText(e.deviceTime)));
        m_ourChange->show();
    } else {
        m_ourChange->hide();
    }

    QStringList error;
    if (const QString reason = reasonFor(c.errorCode); !reason.isEmpty())
        error << tr("Why: <b>%1</b>").arg(reason.toHtmlEscaped());
    if (!c.errorMessage.isEmpty())
        error << tr("The exchange said: %1").arg(c.errorMessage.toHtmlEscaped());
    QStringList ids;
    if (!c.errorCode.isEmpty())
        ids << tr("Error code: <b>%1</b>").arg(c.errorCode.toHtmlEscaped());
    if (!c.requestId.isEmpty())
        ids << tr("Request ID: <b>%1</b>").arg(c.requestId.toHtmlEscaped());
    if (!ids.isEmpty())
        error << ids.join(u" · "_s);
    m_error->setText(error.join(u"<br>"_s));
}

// How a resolved conflict was decided, by whom and why.
void ConflictsView::showResolution(const storage::SyncConflict &c)
{
    if (!c.isOpen()) {
        QString how = tr("Marked resolved");
        QString note = c.resolution;
        if (const auto choice = storage::ConflictResolver::choiceOf(c.resolution)) {
            note = c.resolution.mid(c.resolution.indexOf(u": "_s) + 2);
            if (*choice == storage::ConflictChoice::KeepExchange)
                how = tr("Kept the exchange's version");
            else if (*choice == storage::ConflictChoice::SendOursAgain)
                how = tr("Sent this counter's change again");
        }
        m_resolution->setText(tr("%1 — by %2 on %3: %4")
                                  .arg(how.toHtmlEscaped(), c.resolvedBy.toHtmlEscaped(),
                                       timeText(c.resolvedAt), note.toHtmlEscaped()));
        m_resolution->show();
    } else {
        m_resolution->hide();
    }
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

} // namespace ow::ui
