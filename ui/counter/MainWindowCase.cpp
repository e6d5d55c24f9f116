// MainWindow: the case on screen — opening and showing it, its header, which actions are offered,
// and carrying one out (through CaseActions) with the reason asked for and the outcome shown.
#include "core/Authority.h"
#include "core/Deregistration.h"
#include "core/Divisions.h"
#include "core/FieldLabels.h"
#include "core/ReasonCatalogue.h"
#include "storage/ConflictStore.h"
#include "storage/SheetLedger.h"
#include "sync/SyncEngine.h"
#include "ui/common/ReasonDialog.h"
#include "ui/counter/CaseListModel.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/MaterialsChecklist.h"
#include "ui/counter/OneFormWidget.h"
#include "ui/counter/ScanViewer.h"
#include "ui/review/ClockStyle.h"
#include "ui/sync/SyncStatusBar.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QTableView>

namespace ow::ui {

using core::CaseAction;

void MainWindow::newCase()
{
    if (!confirmLeavingEdits()) {
        return;
    }
    core::CaseRecord blank;
    blank.state = core::CaseState::Draft;
    showCase(blank);
    m_view->clearSelection();
    m_form->focusFirstField();
}

void MainWindow::openCase(const QString &caseId)
{
    if (caseId == m_actions.current().id && !caseId.isEmpty()) {
        return;
    }
    if (!confirmLeavingEdits()) {
        return;
    }
    const std::optional<core::CaseRecord> record = m_wb.cases.find(caseId);
    if (!record) {
        statusBar()->showMessage(tr("The case could not be found in the local cache."), 8000);
        return;
    }
    showCase(*record);
}

void MainWindow::showCase(const core::CaseRecord &record)
{
    const bool anotherCase = record.id != m_actions.current().id;
    m_actions.setCurrent(record);
    m_form->setAuthorityDivision(m_wb.authorityDivision());
    const bool editable = m_actions.formEditable();
    m_form->setReadOnly(!editable);
    if (record.version == 0 && record.form.entityTypeId.isEmpty()) {
        m_form->clear();
    } else {
        m_form->setContent(record.form, record.materials);
    }
    if (record.isAboutEntity()) {
        // A change keeps the entity type; a deregistration ends the form as registered, and only its
        // materials are checked at the counter. The checklist is the case's own, not the type's.
        m_form->lockEntityType(true);
        if (record.kind == core::CaseKind::Deregistration)
            m_form->setReadOnly(true);
        m_form->materialsChecklist()->setItems(record.materials);
        m_form->materialsChecklist()->setReadOnly(!editable);
    } else {
        m_form->lockEntityType(false);
    }
    refreshEntityCase();
    m_dirty = false;
    m_summary->setText(summaryText());
    updateHeader();
    updateActions();
    showScans();
    // Another case, or one that just became read-only (accepted, refused …): from its first section,
    // not where the focus leaving a disabled button scrolled the form.
    if (anotherCase || !editable) {
        m_form->scrollToTop();
    }
}

void MainWindow::showScans()
{
    if (!m_scans) {
        return; // the window is still being built
    }
    const core::CaseRecord &record = m_actions.current();
    QList<ScanViewer::Scan> scans;
    QStringList missing;
    for (const core::MaterialItem &material : record.materials) {
        for (const QString &hash : material.attachments) {
            const QString path = m_wb.attachments.pathFor(hash);
            scans.append({material.title, hash, path});
            if (path.isEmpty()) {
                missing << hash;
            }
        }
    }
    m_scans->setScans(scans);
    // A case with scans shows them beside its form; the panel stays as the user left it otherwise.
    if (!scans.isEmpty() && !m_scansDock->isVisible()) {
        m_scansDock->show();
    }
    if (!missing.isEmpty() && m_wb.syncConfigured()) {
        m_wb.sync->downloader()->fetch(record.id, missing);
    }
}

QString MainWindow::summaryText() const
{
    if (!m_form->isReadOnly()) {
        return m_form->summary();
    }
    const core::CaseRecord &c = m_actions.current();
    if (c.kind == core::CaseKind::Deregistration && m_actions.formEditable()) {
        const QList<core::MaterialItem> missing = m_form->missingMaterials();
        return missing.isEmpty()
                   ? tr("The enterprise's form as registered; the materials are complete.")
                   : tr("The enterprise's form as registered; %n material(s) still missing, first: %1",
                        nullptr, int(missing.size()))
                         .arg(missing.first().title);
    }
    return c.state == core::CaseState::Draft
               ? tr("Read only: your role does not change this case's form.")
               : tr("Read only: the case is %1, so its form is no longer changed at the counter.")
                     .arg(core::CaseStates::label(c.state));
}

void MainWindow::updateHeader()
{
    const core::CaseRecord &c = m_actions.current();
    if (c.version == 0 && c.isAboutEntity()) {
        m_header->setText(QStringLiteral("<h3>%1</h3>")
                              .arg(QString(entityHeader() + QStringLiteral(" · ") + c.registered.proposedName)
                                       .toHtmlEscaped()) +
                          tr("Tab moves to the next field; F8 jumps to the next problem."));
        return;
    }
    if (c.version == 0) {
        m_header->setText(
            tr("<h3>New case</h3>Fill in the one form with the applicant. Tab moves to the next "
               "field; F8 jumps to the next problem."));
        return;
    }
    const QString name = c.form.proposedName.isEmpty() ? tr("(no name yet)") : c.form.proposedName;
    QString text =
        QStringLiteral("<h3>%1</h3>")
            .arg((c.isAboutEntity() ? QString(entityHeader() + QStringLiteral(" · ") + name) : name)
                     .toHtmlEscaped());
    text += tr("State: <b>%1</b>").arg(core::CaseStates::label(c.state));
    if (!c.receiptNumber.isEmpty()) {
        text += QStringLiteral(" · ") + tr("Receipt no. <b>%1</b>").arg(c.receiptNumber);
    }
    if (!c.creditCode.isEmpty()) {
        text += QStringLiteral("<br>") +
                tr("Unified social credit code <b>%1</b>").arg(c.creditCode.toHtmlEscaped());
        if (m_actions.licenceProvisional()) {
            text += QStringLiteral(" <span style=\"color:#a85a00\"><b>%1</b> %2</span>")
                        .arg(tr("Provisional"),
                             tr("(issued during an outage; the exchange confirms the code and signs the "
                                "licence on the next sync)")
                                 .toHtmlEscaped());
        }
    } else if (c.state == core::CaseState::Licensed) {
        text += QStringLiteral("<br>") +
                tr("The exchange assigns the unified social credit code when this counter syncs (F5); the "
                   "licence is printed with it.");
    }
    if (const auto clock = m_wb.clocks().read(core::StatutoryClock::inputOf(c, m_wb.notices.forCase(c.id)),
                                              QDate::currentDate(), m_wb.calendar())) {
        const QColor color = clockColor(*clock);
        const QString status = core::StatutoryClock::shortText(*clock).toHtmlEscaped();
        const QString shown = color.isValid()
                                  ? QStringLiteral("<b style=\"color:%1\">%2</b>").arg(color.name(), status)
                                  : QStringLiteral("<b>%1</b>").arg(status);
        text +=
            QStringLiteral("<br>") + tr("%1: %2 · %3")
                                         .arg(core::StatutoryClock::label(clock->kind).toHtmlEscaped(), shown,
                                              core::StatutoryClock::longText(*clock, false).toHtmlEscaped());
    }
    text += headerAttention(c);
    m_header->setText(text);
}

// The header's lines that ask for something: who reviews the case, why it cannot be decided here, a
// licence to print again, the last reason given, an open conflict.
QString MainWindow::headerAttention(const core::CaseRecord &c) const
{
    QString text;
    if (const auto lock = core::CaseWorkflow::reviewLock(c)) {
        const std::optional<storage::LocalAccount> reviewer = m_wb.accounts.find(lock->reviewer);
        text +=
            QStringLiteral("<br>") +
            tr("Being reviewed by %1 until %2")
                .arg((reviewer && !reviewer->displayName.isEmpty() ? reviewer->displayName : lock->reviewer)
                         .toHtmlEscaped(),
                     lock->until.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    const CaseAction blocked =
        c.state == core::CaseState::Submitted ? CaseAction::Accept : CaseAction::Approve;
    if (const QString why =
            core::CaseWorkflow::whyNot(c, blocked, m_actions.actor(), m_wb.settings.officePolicy());
        !why.isEmpty()) {
        text += QStringLiteral("<br><span style=\"color:#a85a00\">") + why.toHtmlEscaped() +
                QStringLiteral("</span>");
    }
    if (c.kind == core::CaseKind::Change &&
        (c.state == core::CaseState::Licensed || c.state == core::CaseState::Published) &&
        storage::SheetLedger::awaitsReprint(m_wb.audit.forCase(c.id))) {
        text += QStringLiteral("<br><span style=\"color:#a85a00\"><b>%1</b></span>")
                    .arg(tr("Another change of this enterprise was licensed first: the exchange issued this "
                            "licence on the registration as it now is, and the sheet printed here differs. "
                            "Void it and print the licence again (Licence sheets).")
                             .toHtmlEscaped());
    }
    if (!c.lastReason.isEmpty()) {
        text += QStringLiteral("<br>") + tr("Reason: %1").arg(c.lastReason.toHtmlEscaped());
    }
    if (storage::ConflictStore(m_wb.db).openCountFor(c.id) > 0) {
        text += QStringLiteral("<br><span style=\"color:#b3261e\">") +
                tr("<b>Open conflict with the exchange:</b> the exchange may have this case differently. A "
                   "supervisor decides in <i>View → Conflicts</i> (Ctrl+Shift+K); until then this counter's "
                   "version "
                   "is shown.") +
                QStringLiteral("</span>");
    }
    return text;
}

void MainWindow::updateActions()
{
    const core::OneForm onScreen = m_form->isReadOnly() ? m_actions.current().form : m_form->form();
    // A deregistration's form is the registered one: its materials are what must be complete.
    const bool complete = m_actions.current().kind == core::CaseKind::Deregistration
                              ? m_form->missingMaterials().isEmpty()
                              : m_form->isComplete();
    for (auto it = m_workflowActions.cbegin(); it != m_workflowActions.cend(); ++it) {
        const CaseActions::ActionState state = m_actions.stateOf(CaseAction(it.key()), onScreen, complete);
        // An action a rule keeps this person from stays usable, so that its key says why.
        it.value()->setEnabled(state.enabled || !state.whyNot.isEmpty());
        it.value()->setVisible(state.visible);
        it.value()->setToolTip(state.whyNot.isEmpty() ? it.value()->text().remove(u'&') : state.whyNot);
        it.value()->setProperty("whyNot", state.whyNot);
    }
    m_print->setEnabled(!m_actions.lastNotice().isEmpty());
    m_openNotice->setEnabled(!m_actions.lastNotice().isEmpty());
    const core::CaseState state = m_actions.current().state;
    m_licence->setVisible(state == core::CaseState::Licensed || state == core::CaseState::Published);
    m_sheets->setVisible(m_licence->isVisible());
}

bool MainWindow::askJurisdictionReason(const core::OneForm &form, QString *reason)
{
    ReasonDialog dialog(tr("Domicile outside this office's jurisdiction"),
                        tr("The domicile (%1) lies outside the jurisdiction of %2. Why is the enterprise "
                           "registered here? The reason is kept with the case.")
                            .arg(core::Divisions::instance().fullName(form.domicileDivision),
                                 core::Authority::officeName(form.authorityDivision)),
                        QString(), this, true);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    *reason = dialog.reason();
    return true;
}

bool MainWindow::confirmLeavingEdits()
{
    const core::CaseRecord &current = m_actions.current();
    if (!m_dirty || m_form->isReadOnly() || current.state != core::CaseState::Draft) {
        return true;
    }
    if (current.version == 0 && m_form->form().proposedName.isEmpty() &&
        m_form->form().legalRep.name.isEmpty()) {
        return true; // nothing typed worth keeping
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The form has changes that are not saved. Save them as a draft?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        return false;
    }
    if (answer == QMessageBox::Save) {
        return perform(CaseAction::SaveDraft);
    }
    return true;
}

bool MainWindow::askReason(CaseAction act, QString *reason, QStringList *codes)
{
    QString prefill;
    QString prompt;
    switch (act) {
    case CaseAction::RequestCorrection: {
        prompt =
            tr("List everything the applicant must correct or supply. The notice tells them all at once.");
        QStringList lines;
        for (const core::MaterialItem &m : m_form->missingMaterials()) {
            lines.append(tr("Supply: %1").arg(m.title));
        }
        // Each names its section and row: the notice goes to the applicant.
        for (const core::FieldIssue &issue : m_form->issues()) {
            lines.append(core::FieldLabels::located(issue, m_form->currentType()));
        }
        prefill = lines.join(QLatin1Char('\n'));
        break;
    }
    case CaseAction::Refuse:
        prompt = tr("Why can this application not be accepted? The reason is printed on the refusal notice.");
        break;
    case CaseAction::Reject:
        prompt = tr("Why is this application rejected? The reasons are printed on the notice of rejection, "
                    "with the applicant's rights of appeal.");
        break;
    case CaseAction::ReleaseReview: {
        const core::CaseRecord &c = m_actions.current();
        const std::optional<storage::LocalAccount> holder = m_wb.accounts.find(c.reviewer);
        prompt = tr("Release the review that %1 holds until %2? The case goes back to the review queue. Say "
                    "why; the reason is kept with the case.")
                     .arg(holder && !holder->displayName.isEmpty() ? holder->displayName : c.reviewer,
                          QLocale().toString(c.reviewLockUntil.toLocalTime(), QLocale::ShortFormat));
        break;
    }
    case CaseAction::ExtendDecision:
        prompt = tr("Extend the time limit for the decision on %1? It can be extended once; the extension "
                    "is counted in working days. Say why; the reason is kept with the case.")
                     .arg(m_actions.current().form.proposedName);
        break;
    case CaseAction::Approve:
        prompt = tr("Approve the registration of %1? Write your review comment: what you checked. It is "
                    "kept with the case, and the notice of approval is printed.")
                     .arg(m_actions.current().form.proposedName);
        break;
    default:
        prompt = tr("Reason (optional):");
        break;
    }
    ReasonDialog dialog(core::CaseWorkflow::actionLabel(act), prompt, prefill, this,
                        core::CaseWorkflow::reasonRule(act) == core::ReasonRule::Required);
    dialog.offerStandardReasons(core::ReasonCatalogue::instance().forAction(act));
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    *reason = dialog.reason();
    *codes = dialog.reasonCodes();
    return true;
}

bool MainWindow::perform(CaseAction act)
{
    if (const QString why = m_actions.stateOf(act, m_form->form(), true).whyNot; !why.isEmpty()) {
        statusBar()->showMessage(why, 10000);
        QMessageBox::information(this, core::CaseWorkflow::actionLabel(act), why);
        return false;
    }
    core::CaseRecord edited =
        m_form->isReadOnly() ? m_actions.current() : m_actions.edited(m_form->form(), m_form->materials());
    if (edited.kind == core::CaseKind::Deregistration && m_actions.formEditable())
        edited.materials = m_form->materials(); // its form is read-only, its materials are checked here
    QString reason;
    QStringList reasonCodes;
    if (core::CaseWorkflow::reasonRule(act) != core::ReasonRule::None &&
        !askReason(act, &reason, &reasonCodes)) {
        return false;
    }
    if (act == CaseAction::Accept && core::CaseWorkflow::outsideJurisdiction(edited.form) &&
        !askJurisdictionReason(edited.form, &reason)) {
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::TransitionRequest request = m_actions.request(act, reason);
    request.reasonCodes = reasonCodes;
    const ow::Result<core::CaseRecord> result = m_actions.perform(edited, request);
    QApplication::restoreOverrideCursor();
    if (!result) {
        QMessageBox::warning(this, core::CaseWorkflow::actionLabel(act),
                             tr("%1\n\nNothing was changed.").arg(result.error().message));
        return false;
    }
    const core::CaseRecord stored = result.value();
    m_dirty = false;
    showCase(stored);
    m_cases->reload();
    const int row = m_cases->rowOf(stored.id);
    if (row >= 0 && m_view->model() == m_cases) {
        m_view->selectRow(row);
    }

    const CaseActions::Followup followup = m_actions.afterStored(act);
    if (!followup.noticeError.isEmpty()) {
        QMessageBox::warning(
            this, tr("Notice not written"),
            tr("The case was saved, but its notice could not be written: %1").arg(followup.noticeError));
    }
    statusBar()->showMessage(followup.message, followup.timeoutMs);
    updateActions();
    m_status->updateAll();
    m_actions.syncSoon();
    return true;
}

void MainWindow::printNotice()
{
    if (m_actions.lastNotice().isEmpty()) {
        return;
    }
    const licence::NoticeKind kind = m_actions.lastNoticeKind();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(licence::NoticeRenderer::title(kind));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!licence::NoticeRenderer::paint(m_actions.noticeData(kind), &printer)) {
        QMessageBox::warning(
            this, tr("Printing failed"),
            tr("The printer did not accept the notice. Check the printer, or open the PDF and "
               "print it from there."));
    }
}

} // namespace ow::ui
