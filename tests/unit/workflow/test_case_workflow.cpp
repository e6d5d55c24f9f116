// The case state machine of DOMAIN §3: every state against every action and role, four eyes, and what
// is offered to whom (test_case_rules has the rules beyond the table).
#include "WorkflowCases.h"

#include <QSet>
#include <QTest>

using namespace ow::core;
using namespace ow::test::workflow;
using ow::Result;

class TestCaseWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void transitionTable_data()
    {
        QTest::addColumn<CaseState>("from");
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("errorCode"); // empty = allowed
        QTest::addColumn<CaseState>("to");

        const QString ok;
        // Allowed transitions (accept is covered separately: it needs a valid form).
        QTest::newRow("draft save by clerk")
            << S(CaseState::Draft) << CaseAction::SaveDraft << Role::Clerk << ok << CaseState::Draft;
        QTest::newRow("draft refuse")
            << CaseState::Draft << CaseAction::Refuse << Role::Clerk << ok << CaseState::Refused;
        QTest::newRow("draft correction") << CaseState::Draft << CaseAction::RequestCorrection << Role::Clerk
                                          << ok << CaseState::CorrectionRequired;
        QTest::newRow("submitted correction by supervisor")
            << CaseState::Submitted << CaseAction::RequestCorrection << Role::Supervisor << ok
            << CaseState::CorrectionRequired;
        QTest::newRow("draft withdraw")
            << CaseState::Draft << CaseAction::Withdraw << Role::Clerk << ok << CaseState::Withdrawn;
        QTest::newRow("online application withdrawn")
            << CaseState::Submitted << CaseAction::Withdraw << Role::Clerk << ok << CaseState::Withdrawn;
        QTest::newRow("accepted case withdrawn")
            << CaseState::Accepted << CaseAction::Withdraw << Role::Clerk << ok << CaseState::Withdrawn;
        QTest::newRow("case under review withdrawn") << CaseState::UnderReview << CaseAction::Withdraw
                                                     << Role::Supervisor << ok << CaseState::Withdrawn;
        QTest::newRow("correction resumed")
            << CaseState::CorrectionRequired << CaseAction::Resume << Role::Clerk << ok << CaseState::Draft;
        QTest::newRow("correction withdrawn") << CaseState::CorrectionRequired << CaseAction::Withdraw
                                              << Role::Clerk << ok << CaseState::Withdrawn;
        QTest::newRow("accepted taken") << CaseState::Accepted << CaseAction::TakeForReview
                                        << Role::Supervisor << ok << CaseState::UnderReview;
        QTest::newRow("review approved")
            << CaseState::UnderReview << CaseAction::Approve << Role::Supervisor << ok << CaseState::Approved;
        QTest::newRow("accepted case's time limit extended")
            << CaseState::Accepted << CaseAction::ExtendDecision << Role::Supervisor << ok
            << CaseState::Accepted;
        QTest::newRow("time limit extended under review")
            << CaseState::UnderReview << CaseAction::ExtendDecision << Role::Supervisor << ok
            << CaseState::UnderReview;
        QTest::newRow("clerk extends a time limit")
            << CaseState::Accepted << CaseAction::ExtendDecision << Role::Clerk
            << QStringLiteral("workflow.role") << CaseState::Accepted;
        QTest::newRow("review released") << CaseState::UnderReview << CaseAction::ReleaseReview
                                         << Role::Supervisor << ok << CaseState::Accepted;
        QTest::newRow("review rejected")
            << CaseState::UnderReview << CaseAction::Reject << Role::Supervisor << ok << CaseState::Rejected;
        QTest::newRow("review correction") << CaseState::UnderReview << CaseAction::RequestCorrection
                                           << Role::Supervisor << ok << CaseState::CorrectionRequired;
        QTest::newRow("approved licensed")
            << CaseState::Approved << CaseAction::IssueLicence << Role::Clerk << ok << CaseState::Licensed;
        QTest::newRow("licensed published")
            << CaseState::Licensed << CaseAction::Publish << Role::Admin << ok << CaseState::Published;

        // Wrong role.
        const QString role = QStringLiteral("workflow.role");
        QTest::newRow("clerk takes for review")
            << CaseState::Accepted << CaseAction::TakeForReview << Role::Clerk << role << CaseState::Accepted;
        QTest::newRow("clerk approves")
            << CaseState::UnderReview << CaseAction::Approve << Role::Clerk << role << CaseState::UnderReview;
        QTest::newRow("clerk releases a review") << CaseState::UnderReview << CaseAction::ReleaseReview
                                                 << Role::Clerk << role << CaseState::UnderReview;
        QTest::newRow("clerk rejects")
            << CaseState::UnderReview << CaseAction::Reject << Role::Clerk << role << CaseState::UnderReview;
        QTest::newRow("admin accepts")
            << CaseState::Draft << CaseAction::Accept << Role::Admin << role << CaseState::Draft;
        QTest::newRow("clerk sends back a case under review")
            << CaseState::UnderReview << CaseAction::RequestCorrection << Role::Clerk << role
            << CaseState::UnderReview;
        QTest::newRow("clerk publishes")
            << CaseState::Licensed << CaseAction::Publish << Role::Clerk << role << CaseState::Licensed;

        // Wrong state: every final state refuses everything.
        const QString wrong = QStringLiteral("workflow.wrong_state");
        for (CaseState finalState :
             {CaseState::Refused, CaseState::Rejected, CaseState::Published, CaseState::Withdrawn}) {
            QSet<CaseAction> seen;
            for (const CaseWorkflow::Transition &t : CaseWorkflow::transitions()) {
                if (seen.contains(t.action)) {
                    continue;
                }
                seen.insert(t.action);
                QTest::addRow("final %s %s", qPrintable(CaseStates::toKey(finalState)),
                              qPrintable(CaseWorkflow::actionKey(t.action)))
                    << finalState << t.action << t.roles.first() << wrong << finalState;
            }
        }
        QTest::newRow("approve a draft")
            << CaseState::Draft << CaseAction::Approve << Role::Supervisor << wrong << CaseState::Draft;
        QTest::newRow("licence before approval") << CaseState::UnderReview << CaseAction::IssueLicence
                                                 << Role::Supervisor << wrong << CaseState::UnderReview;
        QTest::newRow("save an accepted case")
            << CaseState::Accepted << CaseAction::SaveDraft << Role::Clerk << wrong << CaseState::Accepted;
        QTest::newRow("withdraw after approval")
            << CaseState::Approved << CaseAction::Withdraw << Role::Clerk << wrong << CaseState::Approved;
        QTest::newRow("resume a draft")
            << CaseState::Draft << CaseAction::Resume << Role::Clerk << wrong << CaseState::Draft;
    }

    void transitionTable()
    {
        QFETCH(CaseState, from);
        QFETCH(CaseAction, action);
        QFETCH(Role, role);
        QFETCH(QString, errorCode);
        QFETCH(CaseState, to);

        CaseRecord record = caseIn(from);
        const CaseRecord before = record;
        const Actor actor{QStringLiteral("user02"), role, QStringLiteral("W01")};
        const Result<DomainEvent> result =
            CaseWorkflow::apply(record, request(action, actor, QStringLiteral("why")));
        if (errorCode.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            QCOMPARE(record.state, to);
            QCOMPARE(record.version, before.version + 1);
            QCOMPARE(result.value().caseVersion, record.version);
            QCOMPARE(result.value().caseId, record.id);
            QCOMPARE(result.value().payload.value(u"from").toString(), CaseStates::toKey(from));
            QCOMPARE(result.value().payload.value(u"to").toString(), CaseStates::toKey(to));
            QVERIFY(!result.value().id.isEmpty());
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, errorCode);
            QVERIFY(!result.error().message.isEmpty());
            QCOMPARE(record.state, before.state);
            QCOMPARE(record.version, before.version);
        }
    }

    void fourEyes()
    {
        CaseRecord record = caseIn(CaseState::UnderReview);
        record.acceptedBy = QStringLiteral("super01");
        record.reviewer = QStringLiteral("super01");
        const Result<DomainEvent> own = CaseWorkflow::apply(
            record, request(CaseAction::Approve, supervisor(), QStringLiteral("材料齐全")));
        QVERIFY(!own.ok());
        QCOMPARE(own.error().code, QStringLiteral("workflow.four_eyes"));
        QCOMPARE(record.state, CaseState::UnderReview);

        record.reviewer.clear();
        const Result<DomainEvent> other =
            CaseWorkflow::apply(record, request(CaseAction::Approve, supervisor(QStringLiteral("super02")),
                                                QStringLiteral("材料齐全，符合法定条件")));
        QVERIFY(other.ok());
        QCOMPARE(record.lastReason, QStringLiteral("材料齐全，符合法定条件")); // the review comment is kept
        QCOMPARE(record.state, CaseState::Approved);
        QCOMPARE(other.value().type, QStringLiteral("case.approved"));
    }

    // The four-eyes rule is the workflow's, for the counter's buttons (available) and for the
    // exchange's judgement (check/apply) alike: both must agree, row by row.
    void fourEyesInAvailable_data()
    {
        QTest::addColumn<QString>("acceptedBy");
        QTest::addColumn<QString>("supervisorId");
        QTest::addColumn<bool>("offered");
        QTest::newRow("accepted by this supervisor")
            << QStringLiteral("super01") << QStringLiteral("super01") << false;
        QTest::newRow("accepted by a clerk")
            << QStringLiteral("clerk01") << QStringLiteral("super01") << true;
        QTest::newRow("accepted by another supervisor")
            << QStringLiteral("super02") << QStringLiteral("super01") << true;
        QTest::newRow("online application, nobody accepted at a counter")
            << QString() << QStringLiteral("super01") << true;
    }

    void fourEyesInAvailable()
    {
        QFETCH(QString, acceptedBy);
        QFETCH(QString, supervisorId);
        QFETCH(bool, offered);
        CaseRecord record = caseIn(CaseState::UnderReview);
        record.acceptedBy = acceptedBy;
        const Actor actor = supervisor(supervisorId);
        const QList<CaseAction> actions = CaseWorkflow::available(record, actor);
        QCOMPARE(actions.contains(CaseAction::Approve), offered);
        // The rest of a supervisor's choices stay: the case can still be sent back or rejected.
        QVERIFY(actions.contains(CaseAction::Reject));
        QVERIFY(actions.contains(CaseAction::RequestCorrection));
        const Result<void> checked =
            CaseWorkflow::check(record, request(CaseAction::Approve, actor, QStringLiteral("材料齐全")));
        QCOMPARE(checked.ok(), offered);
        // The supervisor kept from approving is told why where they look; nobody else is.
        QCOMPARE(CaseWorkflow::whyNot(record, CaseAction::Approve, actor).isEmpty(), offered);
        QVERIFY(CaseWorkflow::whyNot(record, CaseAction::Reject, actor).isEmpty());
        QVERIFY(CaseWorkflow::whyNot(record, CaseAction::Approve, clerk()).isEmpty());
        if (!offered) {
            QCOMPARE(checked.error().code, QStringLiteral("workflow.four_eyes"));
            QCOMPARE(CaseWorkflow::whyNot(record, CaseAction::Approve, actor), checked.error().message);
        }
        // Approving is a decision: without a review comment it is refused.
        const Result<void> bare =
            CaseWorkflow::check(record, request(CaseAction::Approve, supervisor(QStringLiteral("super03"))));
        QVERIFY(!bare.ok());
        QCOMPARE(bare.error().code, QStringLiteral("workflow.reason_required"));
    }

    void noActorNoChange()
    {
        CaseRecord record = caseIn(CaseState::Draft);
        const Result<DomainEvent> r = CaseWorkflow::apply(record, request(CaseAction::SaveDraft, Actor{}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("workflow.no_actor"));
    }

    void availableFollowsTable()
    {
        // Under review a clerk may only record the applicant's withdrawal.
        QCOMPARE(CaseWorkflow::available(caseIn(CaseState::UnderReview), clerk()),
                 QList<CaseAction>{CaseAction::Withdraw});
        const QList<CaseAction> supervisorActions =
            CaseWorkflow::available(caseIn(CaseState::UnderReview), supervisor());
        QVERIFY(supervisorActions.contains(CaseAction::Approve));
        QVERIFY(supervisorActions.contains(CaseAction::Reject));
        QVERIFY(supervisorActions.contains(CaseAction::RequestCorrection));
        QVERIFY(!supervisorActions.contains(CaseAction::Accept));
        const QList<CaseAction> draftActions = CaseWorkflow::available(caseIn(CaseState::Draft), clerk());
        QVERIFY(draftActions.contains(CaseAction::Accept));
        QVERIFY(draftActions.contains(CaseAction::SaveDraft));
        QVERIFY(!draftActions.contains(CaseAction::Approve));
    }

    // A new case not stored yet: nothing to withdraw; while its form is blank, no application to
    // ask corrections of or to refuse. Once something is typed, those are offered; once stored, all.
    void blankNewCaseOffersOnlyItsOwnWork()
    {
        CaseRecord fresh;
        fresh.form.entityTypeId = QStringLiteral("llc_natural_multi"); // preselected by the counter
        fresh.form.investors = {Investor{}};                           // an empty row
        QVERIFY(fresh.form.isBlank());
        const QList<CaseAction> blank = CaseWorkflow::available(fresh, clerk());
        QVERIFY(blank.contains(CaseAction::SaveDraft));
        QVERIFY(blank.contains(CaseAction::Accept));
        QVERIFY(!blank.contains(CaseAction::RequestCorrection));
        QVERIFY(!blank.contains(CaseAction::Refuse));
        QVERIFY(!blank.contains(CaseAction::Withdraw));

        fresh.form.legalRep.name = QStringLiteral("张三");
        QVERIFY(!fresh.form.isBlank());
        const QList<CaseAction> typed = CaseWorkflow::available(fresh, clerk());
        QVERIFY(typed.contains(CaseAction::RequestCorrection));
        QVERIFY(typed.contains(CaseAction::Refuse));
        QVERIFY(!typed.contains(CaseAction::Withdraw));

        CaseRecord stored = caseIn(CaseState::Draft); // version 3, blank form
        QVERIFY(CaseWorkflow::available(stored, clerk()).contains(CaseAction::Withdraw));
        QVERIFY(CaseWorkflow::available(stored, clerk()).contains(CaseAction::Refuse));
    }

private:
    static CaseState S(CaseState s) { return s; }
};

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "test_case_workflow.moc"
