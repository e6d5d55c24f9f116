#pragma once

#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"
#include "licence/Notice.h"
#include "storage/AccountStore.h"
#include "ui/common/WorkbenchTypes.h"

#include <QCoreApplication>
#include <QString>

namespace ow::ui {

// What the counter's actions do, without widgets: which workflow actions the signed-in person is
// offered for the case on screen, carrying one out through the case store, the notice it leaves
// and what the status bar says about it. The rules themselves are core's (core::CaseWorkflow);
// the window (MainWindow) asks this class and shows the outcome.
class CaseActions
{
    Q_DECLARE_TR_FUNCTIONS(CaseActions)
public:
    CaseActions(Workbench &workbench, storage::LocalAccount user);

    core::Actor actor() const;
    const storage::LocalAccount &user() const { return m_user; }
    const core::CaseRecord &current() const { return m_current; }
    // Makes `record` the case on screen and finds the notice it already has, if any.
    void setCurrent(const core::CaseRecord &record);
    // Whether the one form of the current case may be edited (core::CaseWorkflow::mayEditForm).
    bool formEditable() const;
    // Whether the case's licence was issued offline and the exchange has not confirmed it yet (its
    // QR code carries this workstation's provisional signature, not the authority's).
    bool licenceProvisional() const;

    struct ActionState
    {
        bool enabled = false;
        bool visible = false;
        QString whyNot; // a rule that keeps this person from it now, to be told (the four-eyes rule)
    };
    // How the window offers `action` now: enabled when the workflow offers it to this person for the
    // case with the form as on screen (an acceptance only with a complete form); shown when offered,
    // saving and accepting always, and when a rule the person should know keeps them from it (whyNot).
    ActionState stateOf(core::CaseAction action, const core::OneForm &onScreen, bool formComplete) const;

    // The current case as the counter would store it: with the editor's form and materials and
    // the office's authority when the form is editable.
    core::CaseRecord edited(const core::OneForm &form, const QList<core::MaterialItem> &materials) const;
    // A request for `action` by the signed-in person now, with the reason asked for (if any).
    core::TransitionRequest request(core::CaseAction action, const QString &reason) const;
    // Stores the action (one transaction, see storage::CaseStore::perform); nothing changes on error.
    ow::Result<core::CaseRecord> perform(const core::CaseRecord &edited,
                                         const core::TransitionRequest &request);

    // What follows a stored action: its notice written (if it has one) and what to tell the clerk.
    struct Followup
    {
        QString message;     // for the status bar
        int timeoutMs = 0;   // how long it stays
        QString noticeError; // the notice could not be written (the case is stored all the same)
    };
    Followup afterStored(core::CaseAction action);
    // Sends what is waiting to the exchange at once, when one is configured.
    void syncSoon();

    // The notice PDF of the current case last written or found, or "".
    QString lastNotice() const { return m_lastNotice; }
    licence::NoticeKind lastNoticeKind() const;
    licence::NoticeData noticeData(licence::NoticeKind kind) const;

private:
    ow::Result<QString> writeNotice(licence::NoticeKind kind);
    QString noticePath(licence::NoticeKind kind) const;

    Workbench &m_wb;
    storage::LocalAccount m_user;
    core::CaseRecord m_current;
    QString m_lastNotice;
};

} // namespace ow::ui
