// MainWindow: cases about a registered enterprise (issue 12 §1) — a change registration (变更登记)
// or a deregistration (注销登记) started from the enterprise found by search, the one form pre-filled
// as registered; what a change changes and which materials it asks for, kept in step with the form;
// a deregistration's procedure and its public notice in the header.
#include "core/ChangeRegistration.h"
#include "core/Deregistration.h"
#include "ui/counter/EntityCaseStart.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/MaterialsChecklist.h"
#include "ui/counter/OneFormWidget.h"
#include "ui/counter/SearchResultsModel.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace ow::ui {

void MainWindow::buildEntityActions(QMenu *menu)
{
    m_changeEntity = new QAction(tr("&Change registration…"), this);
    m_changeEntity->setObjectName(QStringLiteral("changeEntity"));
    m_changeEntity->setShortcut(QKeySequence(Qt::Key_F9));
    m_changeEntity->setToolTip(
        tr("Change registration of the enterprise selected in the search results (F9)"));
    connect(m_changeEntity, &QAction::triggered, this, [this] { startChange(); });
    menu->addAction(m_changeEntity);
    m_deregisterEntity = new QAction(tr("&Deregistration…"), this);
    m_deregisterEntity->setObjectName(QStringLiteral("deregisterEntity"));
    m_deregisterEntity->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    m_deregisterEntity->setToolTip(
        tr("Deregistration of the enterprise selected in the search results (Shift+F9)"));
    connect(m_deregisterEntity, &QAction::triggered, this, [this] { startDeregistration(); });
    menu->addAction(m_deregisterEntity);
}

QString MainWindow::selectedEnterpriseCode() const
{
    const QModelIndex index = m_view->currentIndex();
    if (m_view->model() == m_hits && index.isValid() && index.row() < m_hits->hits().size()) {
        const storage::SearchHit &hit = m_hits->hits().at(index.row());
        if (!hit.code.isEmpty()) // the enterprise, or a case that registered it
            return hit.code;
    }
    const core::CaseRecord &current = m_actions.current();
    return current.creditCode.isEmpty() ? current.subjectCode : current.creditCode;
}

static QString askCode(QWidget *parent, const QString &title, const QString &preset)
{
    if (!preset.isEmpty())
        return preset;
    bool ok = false;
    const QString code = QInputDialog::getText(
        parent, title, MainWindow::tr("Unified social credit code of the enterprise (as on its licence):"),
        QLineEdit::Normal, QString(), &ok);
    return ok ? code.trimmed().toUpper() : QString();
}

void MainWindow::startChange(const QString &code)
{
    if (!confirmLeavingEdits())
        return;
    const QString wanted =
        askCode(this, tr("Change registration"), code.isEmpty() ? selectedEnterpriseCode() : code);
    if (wanted.isEmpty())
        return;
    const EntityCaseStart::Started started = EntityCaseStart::change(m_wb, wanted);
    if (!started.record) {
        QMessageBox::information(this, tr("Change registration"), started.problem);
        return;
    }
    showStarted(*started.record, started.note);
}

void MainWindow::startDeregistration(const QString &code, std::optional<bool> simplified)
{
    if (!confirmLeavingEdits())
        return;
    const QString wanted =
        askCode(this, tr("Deregistration"), code.isEmpty() ? selectedEnterpriseCode() : code);
    if (wanted.isEmpty())
        return;
    if (!simplified) {
        const QStringList procedures{core::CaseKinds::deregistrationLabel(false),
                                     core::CaseKinds::deregistrationLabel(true)};
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Deregistration"),
            tr("Procedure (simplified: no debts or all settled, every investor's commitment; a 20-day public "
               "notice first):"),
            procedures, 0, false, &ok);
        if (!ok)
            return;
        simplified = chosen == procedures.at(1);
    }
    const EntityCaseStart::Started started = EntityCaseStart::deregistration(m_wb, wanted, *simplified);
    if (!started.record) {
        QMessageBox::information(this, tr("Deregistration"), started.problem);
        return;
    }
    showStarted(*started.record, started.note);
}

void MainWindow::showStarted(const core::CaseRecord &record, const QString &note)
{
    core::CaseRecord started = record;
    started.state = core::CaseState::Draft;
    showCase(started);
    m_view->clearSelection();
    if (!note.isEmpty())
        statusBar()->showMessage(note, 15000);
    m_form->focusFirstField();
}

void MainWindow::refreshEntityCase()
{
    const core::CaseRecord &c = m_actions.current();
    if (!m_entityPanel)
        return;
    m_entityPanel->setVisible(c.isAboutEntity());
    if (!c.isAboutEntity())
        return;
    if (c.kind == core::CaseKind::Deregistration) {
        QString text = tr("<b>%1</b> of the enterprise %2, registered with the code %3.")
                           .arg(core::CaseKinds::deregistrationLabel(c.simplified),
                                c.registered.proposedName.toHtmlEscaped(), c.subjectCode);
        if (c.simplified)
            text += QStringLiteral("<br>") +
                    core::Deregistration::noticeStatus(m_wb.notices.forCase(c.id), QDate::currentDate())
                        .toHtmlEscaped();
        m_entityPanel->setText(text);
        return;
    }
    const core::OneForm onScreen = m_form->isReadOnly() ? c.form : m_form->form();
    const QList<core::ChangedItem> changes = core::ChangeRegistration::changes(c.registered, onScreen);
    if (!m_form->isReadOnly()) {
        // The materials of what is changed now, marks kept; set only when the list differs.
        MaterialsChecklist *checklist = m_form->materialsChecklist();
        const QList<core::MaterialItem> wanted =
            core::ChangeRegistration::checklist(changes, checklist->items());
        QStringList have, want;
        for (const core::MaterialItem &m : checklist->items())
            have << m.id;
        for (const core::MaterialItem &m : wanted)
            want << m.id;
        if (have != want)
            checklist->setItems(wanted);
    }
    QString text = tr("<b>Change registration</b> of %1 (code %2).")
                       .arg(c.registered.proposedName.toHtmlEscaped(), c.subjectCode);
    if (changes.isEmpty()) {
        text += QStringLiteral(" ") + tr("Nothing changed yet: edit the items the applicant asks to change.");
    } else {
        text += QStringLiteral(" ") + (core::ChangeRegistration::needsNewLicence(changes)
                                           ? tr("A new licence with the same code is issued; the old one is "
                                                "voided.")
                                           : tr("Recorded without a new licence."));
        text += QStringLiteral("<table cellspacing=\"2\">");
        for (const core::ChangedItem &item : changes)
            text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>→</td><td>%3</td></tr>")
                        .arg(core::ChangeRegistration::itemLabel(item.item).toHtmlEscaped(),
                             item.before.toHtmlEscaped(), item.after.toHtmlEscaped());
        text += QStringLiteral("</table>");
    }
    m_entityPanel->setText(text);
}

QString MainWindow::entityHeader() const
{
    const core::CaseRecord &c = m_actions.current();
    if (!c.isAboutEntity())
        return {};
    return c.kind == core::CaseKind::Deregistration ? core::CaseKinds::deregistrationLabel(c.simplified)
                                                    : core::CaseKinds::label(c.kind);
}

} // namespace ow::ui
