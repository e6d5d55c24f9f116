// OneFormWidget: the form's problems — the field rules and sections (core::OneFormValidator), the
// name check, the credit check as each ID number is typed — shown beside their fields and summed up
// in one line; F8 goes to the next one.
#include "core/Authority.h"
#include "core/CaseWorkflow.h"
#include "core/Divisions.h"
#include "core/FieldLabels.h"
#include "core/FieldRules.h"
#include "core/OneFormValidator.h"
#include "core/PriorApproval.h"
#include "ui/counter/CreditCheckPanel.h"
#include "ui/counter/FormRows.h"
#include "ui/counter/InvestorsEditor.h"
#include "ui/counter/MaterialsChecklist.h"
#include "ui/counter/OneFormWidget.h"
#include "ui/counter/PersonnelEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>

namespace ow::ui {

QList<core::MaterialItem> OneFormWidget::missingMaterials() const
{
    // The approval document counts as required when the scope needs one (前置审批).
    return core::PriorApproval::missingMaterials(form(), m_materials->items());
}

QString OneFormWidget::summary() const
{
    const int problems = int(m_issues.size());
    const int missing = int(missingMaterials().size());
    if (problems == 0 && missing == 0) {
        return tr("The form is complete and every required material is there: ready to accept.");
    }
    QStringList parts;
    if (problems > 0) {
        parts.append(tr("%n problem(s) on the form", nullptr, problems));
    }
    if (missing > 0) {
        parts.append(tr("%n required material(s) missing", nullptr, missing));
    }
    QString text = parts.join(tr("; "));
    if (problems > 0) {
        text += tr(" — first: %1").arg(core::FieldLabels::located(m_issues.first(), currentType()));
    }
    return text + tr(" (F8: next problem)");
}

void OneFormWidget::validate()
{
    if (m_loading) {
        return;
    }
    core::OneForm f = form();
    f.authorityDivision = m_authority; // as the counter stores it (CaseActions::edited)
    const core::EntityType *type = currentType();
    m_issues = type ? core::OneFormValidator::validate(f, *type) : core::OneFormValidator::validate(f);
    if (m_nameClash && !f.proposedName.isEmpty()) {
        const bool nameOk = std::none_of(m_issues.cbegin(), m_issues.cend(),
                                         [](const core::FieldIssue &i) { return i.field == u"entity.name"; });
        if (nameOk) {
            const QString clash = m_nameClash(f);
            if (!clash.isEmpty()) {
                m_issues.append({QStringLiteral("entity.name"), clash});
            }
        }
    }
    const core::FieldIssues creditNotes = checkCredit(f);
    m_investors->setCapital(f.capital);

    const core::FieldIssues shown = m_issues + creditNotes;
    QHash<QString, QStringList> byField;
    for (const core::FieldIssue &issue : shown) {
        byField[issue.field].append(issue.message);
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        const bool show = !m_readOnly && !messages.isEmpty() && (m_showAll || m_touched.contains(it.key()));
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(show);
    }
    m_investors->showIssues(m_readOnly ? core::FieldIssues{} : shown, m_showAll);
    m_personnel->showIssues(m_readOnly ? core::FieldIssues{} : shown, m_showAll);
    m_materials->showMissing(m_showAll && !m_readOnly);

    const bool outside = !m_readOnly && core::CaseWorkflow::outsideJurisdiction(f);
    m_jurisdiction->setVisible(outside);
    m_jurisdiction->setText(outside ? tr("%1 lies outside the jurisdiction of %2: accepting the case here "
                                         "asks for a reason.")
                                          .arg(core::Divisions::instance().fullName(f.domicileDivision),
                                               core::Authority::officeName(m_authority))
                                    : QString());

    const QStringList licensed = core::FieldRules::licensedScopeItems(f.businessScope);
    m_scopeLicences->setText(licensed.isEmpty()
                                 ? QString()
                                 : tr("Needs a licence before operating: %1").arg(licensed.join(tr(", "))));
    m_scopeLicences->setVisible(!licensed.isEmpty());

    const bool complete = isComplete();
    if (complete != m_complete) {
        m_complete = complete;
        emit completenessChanged(complete);
    }
    emit contentChanged();
}

void OneFormWidget::setCreditCheck(CreditCheckFn check, CreditEntriesFn entries)
{
    m_creditCheck = std::move(check);
    m_creditEntries = std::move(entries);
    m_creditPanel->setVisible(bool(m_creditCheck));
    validate();
}

core::FieldIssues OneFormWidget::checkCredit(const core::OneForm &form)
{
    core::FieldIssues notes;
    if (!m_creditCheck) {
        return notes;
    }
    const core::CreditReport report = m_creditCheck(form);
    for (const core::CreditFinding &finding : report.findings) {
        m_touched.insert(finding.party.field); // shown at once: the clerk must see it before going on
        (finding.outcome == core::CreditOutcome::Block ? m_issues : notes)
            .append({finding.party.field, finding.message()});
    }
    m_creditPanel->showReport(report, m_creditEntries ? m_creditEntries() : 0);
    return notes;
}

void OneFormWidget::revealAllIssues()
{
    m_showAll = true;
    validate();
}

QWidget *OneFormWidget::editorFor(const QString &path) const
{
    if (QWidget *w = m_editors.value(path)) {
        return w;
    }
    if (const int row = rowOfFieldPath(path, u"personnel"); row >= 0) {
        const QString part = path.endsWith(u".idNumber")   ? QStringLiteral("keyPersonId")
                             : path.endsWith(u".position") ? QStringLiteral("keyPersonPosition")
                                                           : QStringLiteral("keyPersonName");
        return m_personnel->findChild<QWidget *>(part + QString::number(row));
    }
    if (const int row = rowOfFieldPath(path, u"investors"); row >= 0) {
        if (path.endsWith(u".idNumber")) {
            return m_investors->idEdit(row);
        }
        if (path.endsWith(u".amount")) {
            return m_investors->amountEdit(row);
        }
        return m_investors->nameEdit(row);
    }
    return nullptr;
}

void OneFormWidget::focusNextProblem()
{
    revealAllIssues();
    QWidget *target = nullptr;
    for (const core::FieldIssue &issue : std::as_const(m_issues)) {
        QWidget *editor = editorFor(issue.field);
        if (editor && editor->isVisibleTo(this) && !editor->hasFocus()) {
            target = editor;
            break;
        }
    }
    if (!target && !missingMaterials().isEmpty()) {
        const QList<core::MaterialItem> items = m_materials->items();
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).required && items.at(i).status == core::MaterialStatus::Missing) {
                target = m_materials->statusBox(i);
                break;
            }
        }
    }
    if (target) {
        target->setFocus(Qt::ShortcutFocusReason);
        m_scroll->ensureWidgetVisible(target);
    }
}

} // namespace ow::ui
