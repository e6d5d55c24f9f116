#include "ui/counter/CaseActions.h"

#include "ui/counter/CaseLicence.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCaseActions, "onewindow.ui.caseactions")

namespace ow::ui {

using core::CaseAction;
using licence::NoticeKind;

namespace {

struct NoticeFile
{
    NoticeKind kind;
    const char *suffix;
};

// In the order the counter looks for an existing notice: the last one found is shown.
constexpr NoticeFile NoticeFiles[] = {
    {NoticeKind::Acceptance, "acceptance"}, {NoticeKind::Correction, "correction"},
    {NoticeKind::Refusal, "refusal"},       {NoticeKind::Approval, "approval"},
    {NoticeKind::Rejection, "rejection"},
};

} // namespace

CaseActions::CaseActions(Workbench &workbench, storage::LocalAccount user)
    : m_wb(workbench), m_user(std::move(user))
{}

core::Actor CaseActions::actor() const
{
    return {m_user.userId, m_user.role, m_wb.settings.workstationCode()};
}

QString CaseActions::noticePath(NoticeKind kind) const
{
    for (const NoticeFile &f : NoticeFiles) {
        if (f.kind == kind) {
            return QDir(m_wb.noticesDir())
                .filePath(QStringLiteral("%1-%2.pdf").arg(m_current.id, QLatin1String(f.suffix)));
        }
    }
    return {};
}

void CaseActions::setCurrent(const core::CaseRecord &record)
{
    m_current = record;
    m_lastNotice.clear();
    if (record.id.isEmpty()) {
        return;
    }
    for (const NoticeFile &f : NoticeFiles) {
        const QString candidate = noticePath(f.kind);
        if (QFile::exists(candidate)) {
            m_lastNotice = candidate;
        }
    }
}

bool CaseActions::formEditable() const
{
    return core::CaseWorkflow::mayEditForm(m_current, actor());
}

bool CaseActions::licenceProvisional() const
{
    return licenceIsProvisional(m_current);
}

CaseActions::ActionState CaseActions::stateOf(CaseAction action, const core::OneForm &onScreen,
                                              bool formComplete) const
{
    core::CaseRecord asOnScreen = m_current;
    asOnScreen.form = onScreen;
    const core::OfficePolicy policy = m_wb.settings.officePolicy();
    const bool offered = core::CaseWorkflow::available(asOnScreen, actor(), policy).contains(action);
    ActionState state;
    state.enabled = offered && (action != CaseAction::Accept || formComplete);
    state.visible = offered || action == CaseAction::SaveDraft || action == CaseAction::Accept;
    if (!offered) {
        state.whyNot = core::CaseWorkflow::whyNot(asOnScreen, action, actor(), policy);
        state.visible = state.visible || !state.whyNot.isEmpty();
    }
    return state;
}

core::CaseRecord CaseActions::edited(const core::OneForm &form,
                                     const QList<core::MaterialItem> &materials) const
{
    core::CaseRecord record = m_current;
    record.form = form;
    record.form.authorityDivision = m_wb.authorityDivision();
    record.materials = materials;
    return record;
}

core::TransitionRequest CaseActions::request(CaseAction action, const QString &reason) const
{
    core::TransitionRequest request;
    request.action = action;
    request.actor = actor();
    request.at = QDateTime::currentDateTimeUtc();
    request.reason = reason;
    request.policy = m_wb.settings.officePolicy();
    return request;
}

ow::Result<core::CaseRecord> CaseActions::perform(const core::CaseRecord &edited,
                                                  const core::TransitionRequest &request)
{
    // Issuing while the exchange cannot be reached, where the office allows it: provisional, from
    // this workstation's reserved credit codes, confirmed when it syncs.
    // A change's new licence keeps the entity's code: the exchange confirms it, never a reserved one.
    const bool offline = request.action == CaseAction::IssueLicence && !edited.isAboutEntity() &&
                         m_wb.provisionalIssuer() && m_wb.sync->state() != sync::ConnectionState::Online;
    // 一处违法、处处受限: the parties checked against the lists this counter holds, offline too.
    core::TransitionRequest checked = request;
    if ((request.action == CaseAction::Accept || request.action == CaseAction::Approve) && !checked.credit) {
        checked.credit = m_wb.creditReport(edited.form);
    }
    // A simplified deregistration's decision waits for its notice as this counter last synced it.
    if (request.action == CaseAction::Approve && !checked.notice)
        checked.notice = m_wb.notices.forCase(edited.id);
    const ow::Result<core::CaseRecord> result =
        m_wb.cases.perform(edited, checked, offline ? m_wb.provisionalIssuer() : nullptr);
    if (!result) {
        qCWarning(lcCaseActions) << "action" << core::CaseWorkflow::actionKey(request.action)
                                 << "failed:" << result.error().code;
    }
    return result;
}

CaseActions::Followup CaseActions::afterStored(CaseAction action)
{
    Followup followup;
    auto notice = [&](NoticeKind kind) {
        if (const ow::Result<QString> written = writeNotice(kind); !written) {
            followup.noticeError = written.error().message;
        }
    };
    switch (action) {
    case CaseAction::Accept:
        notice(NoticeKind::Acceptance);
        followup.message = tr("Accepted. Receipt no. %1. The acceptance notice is ready to print (Ctrl+P).")
                               .arg(m_current.receiptNumber);
        followup.timeoutMs = 15000;
        break;
    case CaseAction::RequestCorrection:
        notice(NoticeKind::Correction);
        followup.message = tr("Correction requested. The correction notice is ready to print (Ctrl+P).");
        followup.timeoutMs = 15000;
        break;
    case CaseAction::Refuse:
        notice(NoticeKind::Refusal);
        followup.message = tr("Refused. The refusal notice is ready to print (Ctrl+P).");
        followup.timeoutMs = 15000;
        break;
    case CaseAction::Approve:
        notice(NoticeKind::Approval);
        followup.message = tr("Approved. The notice of approval is ready to print (Ctrl+P).");
        followup.timeoutMs = 15000;
        break;
    case CaseAction::Reject:
        notice(NoticeKind::Rejection);
        followup.message = tr("Rejected. The notice of rejection, with the applicant's rights of appeal, is "
                              "ready to print (Ctrl+P).");
        followup.timeoutMs = 15000;
        break;
    case CaseAction::IssueLicence:
        // Issued offline, the case holds its provisional code already (CaseStore::ProvisionalIssuer).
        followup.message =
            m_current.creditCode.isEmpty()
                ? tr("Licence issued: the exchange assigns the unified social credit code when "
                     "this counter syncs; the case shows it then.")
                : tr("Licence issued offline with the provisional code %1 from this workstation's reserved "
                     "codes; the exchange confirms it when this counter syncs.")
                      .arg(m_current.creditCode);
        followup.timeoutMs = 12000;
        break;
    case CaseAction::ExtendDecision:
        followup.message = tr("Time limit extended: the case's clock shows the new date.");
        followup.timeoutMs = 8000;
        break;
    case CaseAction::ReleaseReview:
        followup.message = tr("Review released: the case is back in the review queue.");
        followup.timeoutMs = 8000;
        break;
    case CaseAction::SaveDraft:
        followup.message = tr("Draft saved.");
        followup.timeoutMs = 5000;
        break;
    default:
        followup.message = tr("Done: %1.").arg(core::CaseWorkflow::actionLabel(action));
        followup.timeoutMs = 5000;
        break;
    }
    return followup;
}

void CaseActions::syncSoon()
{
    if (m_wb.syncConfigured()) {
        m_wb.sync->refreshCounts();
        m_wb.sync->syncNow();
    }
}

ow::Result<QString> CaseActions::writeNotice(NoticeKind kind)
{
    const QString path = noticePath(kind);
    QString error;
    if (!licence::NoticeRenderer::writePdf(noticeData(kind), path, &error)) {
        qCWarning(lcCaseActions) << "notice not written:" << error;
        return Error{QStringLiteral("notice.write"), error, {}};
    }
    m_lastNotice = path;
    return path;
}

NoticeKind CaseActions::lastNoticeKind() const
{
    for (const NoticeFile &f : NoticeFiles) {
        if (m_lastNotice.endsWith(QStringLiteral("-%1.pdf").arg(QLatin1String(f.suffix)))) {
            return f.kind;
        }
    }
    return NoticeKind::Acceptance;
}

licence::NoticeData CaseActions::noticeData(NoticeKind kind) const
{
    licence::NoticeData data =
        licence::NoticeData::fromCase(m_current, kind, m_wb.authorityName(), m_user.displayName,
                                      QDate::currentDate(), m_wb.notices.forCase(m_current.id));
    if (const int days = m_wb.clocks().decisionDays(); days > 0)
        data.timeLimitWorkingDays = days; // the office's, as the case's clock counts them
    return data;
}

} // namespace ow::ui
