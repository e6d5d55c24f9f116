// CaseActions, the counter's controller without widgets: which actions the window offers (the
// workflow's rules, four eyes included), carrying one out, and the notice it leaves.
#include "ui/common/DemoData.h"
#include "ui/counter/CaseActions.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using core::CaseAction;
using core::CaseState;
using core::Role;

Q_DECLARE_METATYPE(ow::core::CaseAction)
Q_DECLARE_METATYPE(ow::core::CaseState)
Q_DECLARE_METATYPE(ow::core::Role)

namespace {

storage::LocalAccount account(const QString &userId, Role role)
{
    storage::LocalAccount a;
    a.userId = userId;
    a.displayName = userId;
    a.role = role;
    return a;
}

} // namespace

class TestCaseActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<workbench::AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        auto wb = workbench::Workbench::open(m_dir.filePath(QStringLiteral("data")), *m_settings);
        QVERIFY2(wb, wb ? "" : qPrintable(wb.error().message));
        m_wb = std::move(wb.value());
    }

    void offersFollowTheWorkflow_data()
    {
        QTest::addColumn<CaseState>("state");
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("acceptedBy");
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<bool>("formComplete");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("visible");
        const QString nobody;
        const QString clerk = QStringLiteral("clerk01");
        const QString self = QStringLiteral("super01");
        QTest::newRow("clerk accepts a complete draft")
            << CaseState::Draft << Role::Clerk << nobody << CaseAction::Accept << true << true << true;
        QTest::newRow("acceptance waits for a complete form")
            << CaseState::Draft << Role::Clerk << nobody << CaseAction::Accept << false << false << true;
        QTest::newRow("saving stays in view under review") << CaseState::UnderReview << Role::Clerk << clerk
                                                           << CaseAction::SaveDraft << true << false << true;
        QTest::newRow("a clerk is not offered approval") << CaseState::UnderReview << Role::Clerk << clerk
                                                         << CaseAction::Approve << true << false << false;
        QTest::newRow("a supervisor approves a clerk's case")
            << CaseState::UnderReview << Role::Supervisor << clerk << CaseAction::Approve << true << true
            << true;
        // Not offered, but in view with the rule that keeps them from it (whyNot).
        QTest::newRow("four eyes: not a case the supervisor accepted")
            << CaseState::UnderReview << Role::Supervisor << self << CaseAction::Approve << true << false
            << true;
        QTest::newRow("who accepted may still reject") << CaseState::UnderReview << Role::Supervisor << self
                                                       << CaseAction::Reject << true << true << true;
    }

    void offersFollowTheWorkflow()
    {
        QFETCH(CaseState, state);
        QFETCH(Role, role);
        QFETCH(QString, acceptedBy);
        QFETCH(CaseAction, action);
        QFETCH(bool, formComplete);
        QFETCH(bool, enabled);
        QFETCH(bool, visible);
        ui::CaseActions actions(
            *m_wb,
            account(role == Role::Clerk ? QStringLiteral("clerk01") : QStringLiteral("super01"), role));
        core::CaseRecord record;
        record.id = QStringLiteral("case-1");
        record.version = 3;
        record.state = state;
        record.acceptedBy = acceptedBy;
        actions.setCurrent(record);
        const ui::CaseActions::ActionState offered = actions.stateOf(action, record.form, formComplete);
        QCOMPARE(offered.enabled, enabled);
        QCOMPARE(offered.visible, visible);
        const bool fourEyes = action == CaseAction::Approve && role == Role::Supervisor &&
                              acceptedBy == QStringLiteral("super01");
        QCOMPARE(offered.whyNot, fourEyes ? core::CaseWorkflow::fourEyesRule() : QString());
        QCOMPARE(actions.formEditable(), state == CaseState::Draft);
    }

    void aCorrectionRequestLeavesItsNotice()
    {
        ui::CaseActions actions(*m_wb, account(QStringLiteral("clerk01"), Role::Clerk));
        core::CaseRecord blank;
        blank.state = CaseState::Draft;
        actions.setCurrent(blank);
        QRandomGenerator random(7);
        const core::CaseRecord edited = actions.edited(ui::DemoData::sampleLimitedCompany(random), {});
        QCOMPARE(edited.form.authorityDivision, m_settings->authorityDivision());

        const auto saved = actions.perform(edited, actions.request(CaseAction::SaveDraft, {}));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        actions.setCurrent(saved.value());
        const ui::CaseActions::Followup draft = actions.afterStored(CaseAction::SaveDraft);
        QVERIFY(!draft.message.isEmpty());
        QVERIFY(actions.lastNotice().isEmpty());

        // The workflow refuses a correction request without a reason; nothing is stored.
        const auto noReason =
            actions.perform(actions.current(), actions.request(CaseAction::RequestCorrection, {}));
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, QStringLiteral("workflow.reason_required"));
        QCOMPARE(m_wb->cases.find(saved.value().id)->state, CaseState::Draft);

        const auto corrected =
            actions.perform(actions.current(),
                            actions.request(CaseAction::RequestCorrection, QStringLiteral("请补交公司章程")));
        QVERIFY2(corrected, corrected ? "" : qPrintable(corrected.error().message));
        actions.setCurrent(corrected.value());
        const ui::CaseActions::Followup followup = actions.afterStored(CaseAction::RequestCorrection);
        QVERIFY2(followup.noticeError.isEmpty(), qPrintable(followup.noticeError));
        QVERIFY(QFile::exists(actions.lastNotice()));
        QCOMPARE(actions.lastNoticeKind(), licence::NoticeKind::Correction);

        // Opened again later, the case finds its notice.
        ui::CaseActions again(*m_wb, account(QStringLiteral("clerk01"), Role::Clerk));
        again.setCurrent(corrected.value());
        QCOMPARE(again.lastNotice(), actions.lastNotice());
        QVERIFY(!again.formEditable());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<workbench::AppSettings> m_settings;
    std::unique_ptr<workbench::Workbench> m_wb;
};

QTEST_MAIN(TestCaseActions)
#include "test_case_actions.moc"
