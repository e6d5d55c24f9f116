// The case workflow's rules beyond its table (DOMAIN §3): which actions need a reason, who may edit
// the form, the review lock, what acceptance needs (a receipt, a valid form, a reason outside the
// jurisdiction), the office's policy on pre-checks, drafts that stay local and the one extension.
#include "WorkflowCases.h"
#include "core/StatutoryClock.h"
#include "support/CaseForms.h"

#include <QTest>

using namespace ow::core;
using namespace ow::test::workflow;
using ow::Result;

class TestCaseRules : public QObject
{
    Q_OBJECT
private slots:
    // The office decides whether supervisors pre-check online applications (OfficePolicy): the
    // counter's buttons, the reason it shows and the check agree; a clerk is never kept from it, a
    // counter draft never depends on it, and the exchange's default policy allows what the table does.
    void officePolicyOnPreCheck_data()
    {
        QTest::addColumn<CaseState>("state");
        QTest::addColumn<bool>("isSupervisor");
        QTest::addColumn<bool>("supervisorsPreCheck");
        QTest::addColumn<bool>("offered");
        QTest::newRow("online, clerk, office says clerks only")
            << CaseState::Submitted << false << false << true;
        QTest::newRow("online, supervisor, office says clerks only")
            << CaseState::Submitted << true << false << false;
        QTest::newRow("online, supervisor, office allows supervisors")
            << CaseState::Submitted << true << true << true;
        QTest::newRow("counter draft, supervisor, office says clerks only")
            << CaseState::Draft << true << false << true;
    }

    void officePolicyOnPreCheck()
    {
        QFETCH(CaseState, state);
        QFETCH(bool, isSupervisor);
        QFETCH(bool, supervisorsPreCheck);
        QFETCH(bool, offered);
        CaseRecord record = caseIn(state);
        record.acceptedBy.clear();
        const Actor actor = isSupervisor ? supervisor() : clerk();
        OfficePolicy policy;
        policy.supervisorsPreCheck = supervisorsPreCheck;
        QCOMPARE(CaseWorkflow::available(record, actor, policy).contains(CaseAction::Accept), offered);
        QCOMPARE(CaseWorkflow::whyNot(record, CaseAction::Accept, actor, policy).isEmpty(), offered);
        // Requesting corrections or refusing stays a supervisor's to do either way.
        QCOMPARE(CaseWorkflow::available(record, actor, policy).contains(CaseAction::Refuse), true);
        TransitionRequest accept = request(CaseAction::Accept, actor);
        accept.policy = policy;
        const Result<void> checked = CaseWorkflow::check(record, accept);
        QVERIFY(!checked.ok());
        // Past the policy, the acceptance needs its receipt number: the check goes on to that.
        QCOMPARE(checked.error().code,
                 offered ? QStringLiteral("workflow.no_receipt") : QStringLiteral("workflow.office_policy"));
        if (!offered)
            QCOMPARE(checked.error().message, CaseWorkflow::preCheckRule());
        accept.policy = {};
        QCOMPARE(CaseWorkflow::check(record, accept).error().code, QStringLiteral("workflow.no_receipt"));
    }

    void reasonRule_data()
    {
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<ReasonRule>("rule");
        QTest::newRow("save draft") << CaseAction::SaveDraft << ReasonRule::None;
        QTest::newRow("accept") << CaseAction::Accept << ReasonRule::None;
        QTest::newRow("request correction") << CaseAction::RequestCorrection << ReasonRule::Required;
        QTest::newRow("refuse") << CaseAction::Refuse << ReasonRule::Required;
        QTest::newRow("withdraw") << CaseAction::Withdraw << ReasonRule::Optional;
        QTest::newRow("resume") << CaseAction::Resume << ReasonRule::None;
        QTest::newRow("take for review") << CaseAction::TakeForReview << ReasonRule::None;
        QTest::newRow("approve") << CaseAction::Approve << ReasonRule::Required;
        QTest::newRow("reject") << CaseAction::Reject << ReasonRule::Required;
        QTest::newRow("release review") << CaseAction::ReleaseReview << ReasonRule::Required;
        QTest::newRow("extend the decision") << CaseAction::ExtendDecision << ReasonRule::Required;
        QTest::newRow("issue licence") << CaseAction::IssueLicence << ReasonRule::None;
        QTest::newRow("publish") << CaseAction::Publish << ReasonRule::None;
    }

    void reasonRule()
    {
        QFETCH(CaseAction, action);
        QFETCH(ReasonRule, rule);
        QCOMPARE(CaseWorkflow::reasonRule(action), rule);
        // Every row of the action says the same.
        for (const CaseWorkflow::Transition &t : CaseWorkflow::transitions()) {
            if (t.action == action) {
                QCOMPARE(t.reason, rule);
            }
        }
    }

    void optionalReasonIsRecordedWhenGiven()
    {
        CaseRecord record = caseIn(CaseState::Draft);
        const Result<DomainEvent> without =
            CaseWorkflow::apply(record, request(CaseAction::Withdraw, clerk()));
        QVERIFY(without.ok());
        QVERIFY(!without.value().payload.contains(u"reason"));
        CaseRecord other = caseIn(CaseState::Draft);
        const Result<DomainEvent> with =
            CaseWorkflow::apply(other, request(CaseAction::Withdraw, clerk(), QStringLiteral("申请人撤回")));
        QVERIFY(with.ok());
        QCOMPARE(other.lastReason, QStringLiteral("申请人撤回"));
        QCOMPARE(with.value().payload.value(u"reason").toString(), QStringLiteral("申请人撤回"));
    }

    void mayEditForm_data()
    {
        QTest::addColumn<CaseState>("state");
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("editable");
        for (CaseState state : CaseStates::all()) {
            for (Role role : {Role::Clerk, Role::Supervisor, Role::Admin}) {
                QTest::addRow("%s %s", qPrintable(CaseStates::toKey(state)),
                              qPrintable(CaseStates::roleKey(role)))
                    << state << role << (state == CaseState::Draft && role != Role::Admin);
            }
        }
    }

    void mayEditForm()
    {
        QFETCH(CaseState, state);
        QFETCH(Role, role);
        QFETCH(bool, editable);
        const Actor actor{QStringLiteral("u"), role, QStringLiteral("W01")};
        QCOMPARE(CaseWorkflow::mayEditForm(caseIn(state), actor), editable);
    }

    void reviewLockNamesTheReviewerOnlyUnderReview_data()
    {
        QTest::addColumn<CaseState>("state");
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<bool>("locked");
        QTest::newRow("under review, held") << CaseState::UnderReview << QStringLiteral("super01") << true;
        QTest::newRow("under review, nobody") << CaseState::UnderReview << QString() << false;
        QTest::newRow("approved keeps no reviewer")
            << CaseState::Approved << QStringLiteral("super01") << false;
        QTest::newRow("accepted, not yet taken") << CaseState::Accepted << QStringLiteral("super01") << false;
    }

    void reviewLockNamesTheReviewerOnlyUnderReview()
    {
        QFETCH(CaseState, state);
        QFETCH(QString, reviewer);
        QFETCH(bool, locked);
        CaseRecord record = caseIn(state);
        record.reviewer = reviewer;
        record.reviewLockUntil = QDateTime(QDate(2026, 11, 26), QTime(13, 30), Qt::UTC);
        const auto lock = CaseWorkflow::reviewLock(record);
        QCOMPARE(bool(lock), locked);
        if (lock) {
            QCOMPARE(lock->reviewer, reviewer);
            QCOMPARE(lock->until, record.reviewLockUntil);
        }
    }

    void reviewLockHoldsOthersOff()
    {
        CaseRecord record = caseIn(CaseState::Accepted);
        QVERIFY(CaseWorkflow::apply(record, request(CaseAction::TakeForReview, supervisor())).ok());
        QCOMPARE(record.reviewer, QStringLiteral("super01"));
        QCOMPARE(record.reviewLockUntil, request(CaseAction::Approve, supervisor()).at.addSecs(4 * 3600));

        const Result<DomainEvent> other = CaseWorkflow::apply(
            record, request(CaseAction::Reject, supervisor(QStringLiteral("super02")), QStringLiteral("x")));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("workflow.locked"));
        QVERIFY(other.error().message.contains(QStringLiteral("super01")));

        // The applicant's withdrawal passes the lock: it is not another reviewer's decision.
        CaseRecord withdrawn = record;
        QVERIFY(CaseWorkflow::apply(withdrawn,
                                    request(CaseAction::Withdraw, clerk(), QStringLiteral("申请人撤回")))
                    .ok());
        QCOMPARE(withdrawn.state, CaseState::Withdrawn);

        // Another supervisor may free the lock, saying why: the case is accepted again, nobody holds it.
        CaseRecord released = record;
        const Result<DomainEvent> bare = CaseWorkflow::apply(
            released, request(CaseAction::ReleaseReview, supervisor(QStringLiteral("super02"))));
        QVERIFY(!bare.ok());
        QCOMPARE(bare.error().code, QStringLiteral("workflow.reason_required"));
        QVERIFY(CaseWorkflow::apply(released,
                                    request(CaseAction::ReleaseReview, supervisor(QStringLiteral("super02")),
                                            QStringLiteral("王审核员休假")))
                    .ok());
        QCOMPARE(released.state, CaseState::Accepted);
        QVERIFY(released.reviewer.isEmpty());
        QVERIFY(!released.reviewLockUntil.isValid());
        QCOMPARE(released.lastReason, QStringLiteral("王审核员休假"));
        QVERIFY(CaseWorkflow::apply(released,
                                    request(CaseAction::TakeForReview, supervisor(QStringLiteral("super02"))))
                    .ok());
        QCOMPARE(released.reviewer, QStringLiteral("super02"));

        // After the lock has run out another supervisor may take over.
        TransitionRequest late = request(CaseAction::TakeForReview, supervisor(QStringLiteral("super02")));
        late.at = late.at.addSecs(5 * 3600);
        QVERIFY(CaseWorkflow::apply(record, late).ok());
        QCOMPARE(record.reviewer, QStringLiteral("super02"));
    }

    void reasonRequired_data()
    {
        QTest::addColumn<CaseState>("from");
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<Role>("role");
        QTest::newRow("refuse") << CaseState::Draft << CaseAction::Refuse << Role::Clerk;
        QTest::newRow("correction") << CaseState::Draft << CaseAction::RequestCorrection << Role::Clerk;
        QTest::newRow("reject") << CaseState::UnderReview << CaseAction::Reject << Role::Supervisor;
    }

    void reasonRequired()
    {
        QFETCH(CaseState, from);
        QFETCH(CaseAction, action);
        QFETCH(Role, role);
        CaseRecord record = caseIn(from);
        const Actor actor{QStringLiteral("u"), role, QStringLiteral("W01")};
        const Result<DomainEvent> blank =
            CaseWorkflow::apply(record, request(action, actor, QStringLiteral("   ")));
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().code, QStringLiteral("workflow.reason_required"));
        const Result<DomainEvent> given =
            CaseWorkflow::apply(record, request(action, actor, QStringLiteral(" 住所不符 ")));
        QVERIFY(given.ok());
        QCOMPARE(record.lastReason, QStringLiteral("住所不符"));
        QCOMPARE(given.value().payload.value(u"reason").toString(), QStringLiteral("住所不符"));
    }

    void acceptNeedsReceiptAndValidForm()
    {
        CaseRecord record = caseIn(CaseState::Draft);
        TransitionRequest accept = request(CaseAction::Accept, clerk());
        Result<DomainEvent> noReceipt = CaseWorkflow::apply(record, accept);
        QVERIFY(!noReceipt.ok());
        QCOMPARE(noReceipt.error().code, QStringLiteral("workflow.no_receipt"));

        accept.receiptNumber = QStringLiteral("140105-20261126-W01-0001");
        const Result<DomainEvent> emptyForm = CaseWorkflow::apply(record, accept);
        QVERIFY(!emptyForm.ok());
        QCOMPARE(emptyForm.error().code, QStringLiteral("workflow.form_invalid"));
        QVERIFY(!emptyForm.error().field.isEmpty());
        QCOMPARE(record.state, CaseState::Draft);
    }

    // A domicile outside the office's jurisdiction (a 迎泽区 company at the 小店区 office): the
    // acceptance needs a reason, which the case and its event keep.
    void acceptOutsideTheJurisdictionNeedsAReason()
    {
        CaseRecord record = caseIn(CaseState::Draft);
        record.form = ow::test::forms::limitedCompany(1);
        record.materials = ow::test::forms::completeMaterials();
        QVERIFY(!CaseWorkflow::outsideJurisdiction(record.form));
        record.form.domicileDivision = QStringLiteral("140106"); // 迎泽区, at the 小店区 office
        record.form.domicile = QStringLiteral("太原市迎泽区迎泽大街1号");
        QVERIFY(CaseWorkflow::outsideJurisdiction(record.form));
        TransitionRequest accept = request(CaseAction::Accept, clerk());
        accept.receiptNumber = QStringLiteral("140105-20261126-W01-0001");
        const Result<DomainEvent> noReason = CaseWorkflow::apply(record, accept);
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().code, QStringLiteral("workflow.outside_jurisdiction"));
        QVERIFY2(noReason.error().message.contains(QStringLiteral("迎泽区")),
                 qPrintable(noReason.error().message));
        QCOMPARE(record.state, CaseState::Draft);

        accept.reason = QStringLiteral("市局指定由小店区局登记");
        const Result<DomainEvent> given = CaseWorkflow::apply(record, accept);
        QVERIFY2(given.ok(), given.ok() ? "" : qPrintable(given.error().message));
        QCOMPARE(record.state, CaseState::Accepted);
        QCOMPARE(record.lastReason, accept.reason);
        QCOMPARE(given.value().payload.value(u"reason").toString(), accept.reason);

        // A city's bureau registers in all its districts without a reason.
        CaseRecord city = caseIn(CaseState::Draft);
        city.form = ow::test::forms::limitedCompany(2);
        city.form.authorityDivision = QStringLiteral("140100");
        city.form.domicileDivision = QStringLiteral("140106");
        QVERIFY(!CaseWorkflow::outsideJurisdiction(city.form));
    }

    void draftSavesStayLocal()
    {
        CaseRecord record;
        const Result<DomainEvent> saved =
            CaseWorkflow::apply(record, request(CaseAction::SaveDraft, clerk()));
        QVERIFY(saved.ok());
        QVERIFY(saved.value().local);
        QCOMPARE(record.version, 1);
        QVERIFY(!record.id.isEmpty());
        QCOMPARE(record.createdBy, QStringLiteral("clerk01"));
        QCOMPARE(record.workstation, QStringLiteral("W01"));

        CaseRecord draft = caseIn(CaseState::Draft);
        const Result<DomainEvent> refused =
            CaseWorkflow::apply(draft, request(CaseAction::Refuse, clerk(), QStringLiteral("超出管辖范围")));
        QVERIFY(refused.ok());
        QVERIFY(!refused.value().local);
    }

    // The decision's time limit is extended once, by the extension of the time limits' data; a
    // second extension is refused and not offered.
    void theDecisionIsExtendedOnce()
    {
        CaseRecord record = caseIn(CaseState::Accepted);
        QVERIFY(CaseWorkflow::available(record, supervisor()).contains(CaseAction::ExtendDecision));
        QVERIFY(CaseWorkflow::apply(
                    record, request(CaseAction::ExtendDecision, supervisor(), QStringLiteral("材料需核实")))
                    .ok());
        QCOMPARE(record.decisionExtension,
                 StatutoryClock::builtIn().limitFor(CaseState::Accepted)->extensionDays);
        QCOMPARE(record.state, CaseState::Accepted);
        QVERIFY(!CaseWorkflow::available(record, supervisor()).contains(CaseAction::ExtendDecision));
        const Result<DomainEvent> again = CaseWorkflow::apply(
            record, request(CaseAction::ExtendDecision, supervisor(), QStringLiteral("再次")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("workflow.already_extended"));
        // It travels with the case.
        QCOMPARE(CaseRecord::fromJson(record.toJson()).decisionExtension, record.decisionExtension);
        QCOMPARE(StatutoryClock::inputOf(record, std::nullopt).extendedDays, record.decisionExtension);
    }
};

QTEST_GUILESS_MAIN(TestCaseRules)
#include "test_case_rules.moc"
