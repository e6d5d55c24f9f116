// Issue 10 §1 and §5: an online application from the portal's intake to a published licence,
// through the real windows of two counters and the real exchange, with two supervisors.
//
//   portal ──intake──▶ exchange ──pull──▶ W01: 王建国 (super01) pre-checks and accepts it, once the
//   office allows supervisors to (Settings); before that the key says why not
//                                 ──pull──▶ W02: 李秀英 (super02) takes it, approves it with her
//   review comment, issues the licence; the exchange assigns the code, signs and publishes (已公示)
//
// Between the two, the exchange itself refuses what the rules forbid, whatever a counter sends: the
// supervisor who accepted the case approving it (four eyes), a clerk taking or approving a case.
#include "core/UsccCode.h"
#include "exchange/DemoApplications.h"
#include "protocol/WireKeys.h"
#include "support/CounterStation.h"
#include "support/GuiTyping.h"
#include "ui/admin/SettingsDialog.h"
#include "ui/common/ReasonDialog.h"
#include "ui/counter/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = test::ExchangeFixture;

class TestGuiOnlineApplication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Fixture m_exchange;
    QString m_caseId;
    QString m_proposedName;

    static storage::LocalAccount account(const QString &id, const QString &name, core::Role role)
    {
        storage::LocalAccount a;
        a.userId = id;
        a.displayName = name;
        a.role = role;
        return a;
    }

    // An event as a counter would make it, pushed with `user`'s own session at `workstation`.
    QJsonObject pushAs(const QString &workstation, const QString &user, core::Role role,
                       core::CaseRecord record, core::CaseAction action, const QString &reason = {})
    {
        core::TransitionRequest request;
        request.actor = {user, role, workstation};
        request.action = action;
        request.reason = reason;
        request.at = QDateTime::currentDateTimeUtc();
        const auto event = core::CaseWorkflow::apply(record, request);
        if (!event) {
            qWarning() << "not even the counter's workflow allows it:" << event.error().code;
            return {};
        }
        const Fixture::Reply reply = Fixture::call(
            m_exchange.sslFor(workstation), "POST", m_exchange.url(protocol::Endpoint::Events),
            {{u"events"_s, QJsonArray{event.value().toJson()}}}, m_exchange.signIn(workstation, user));
        return reply.json.value(u"results").toArray().at(0).toObject();
    }

    static QString refusalCode(const QJsonObject &result)
    {
        return result.value(u"status").toString() == u"rejected"_s
                   ? result.value(u"error").toObject().value(u"code").toString()
                   : result.value(u"status").toString();
    }

    // Answers the modal dialog that `trigger` opens: the reason dialog gets `text` and OK; a message
    // box is read into `shown` and closed.
    static void answerNextDialog(const QString &text, QString *shown = nullptr)
    {
        QTimer::singleShot(0, [text, shown] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                if (shown)
                    *shown = box->text();
                box->accept();
            } else if (auto *dialog = qobject_cast<ui::ReasonDialog *>(modal)) {
                test::typeText(dialog->editor(), text);
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            }
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QRandomGenerator random(20261202);
        const QJsonObject body = exchange::DemoApplications::intakeBody(random);
        const Fixture::Reply intake = Fixture::call(m_exchange.sslForPortal(), "POST",
                                                    m_exchange.url(protocol::Endpoint::Intake), body);
        QCOMPARE(intake.status, 201);
        m_caseId = intake.json.value(u"caseId").toString();
        QVERIFY(!m_caseId.isEmpty());
        namespace keys = protocol::keys::intake;
        m_proposedName =
            core::OneForm::fromJson(body.value(keys::Application).toObject().value(keys::Form).toObject())
                .proposedName;
        QVERIFY(!m_proposedName.isEmpty());
    }

    void aSupervisorPreChecksOnlyWhereTheOfficeAllows()
    {
        QString error;
        test::CounterStation w01 = test::openCounter(m_exchange, m_dir.path(), u"W01"_s, &error);
        QVERIFY2(w01, qPrintable(error));
        QVERIFY(!w01.settings->supervisorsPreCheck()); // clerks only, unless an office says otherwise
        QVERIFY(test::signInAndSync(*w01.wb, u"super01"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w01.wb->cases.find(m_caseId).has_value(), 20000);
        QCOMPARE(w01.wb->cases.find(m_caseId)->state, core::CaseState::Submitted);
        QCOMPARE(w01.wb->cases.find(m_caseId)->origin, core::CaseOrigin::Online);

        {
            ui::MainWindow window(*w01.wb, account(u"super01"_s, u"王建国"_s, core::Role::Supervisor));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openCase(m_caseId);
            QAction *accept = window.action(core::CaseAction::Accept);
            QVERIFY(accept && accept->isVisible());
            QCOMPARE(accept->property("whyNot").toString(), core::CaseWorkflow::preCheckRule());
            QVERIFY(window.findChild<QLabel *>(u"caseHeader"_s)
                        ->text()
                        .contains(core::CaseWorkflow::preCheckRule()));
            // The key is not dead: it says why, and nothing changes.
            QString told;
            answerNextDialog({}, &told);
            QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE(told, core::CaseWorkflow::preCheckRule());
            QCOMPARE(w01.wb->cases.find(m_caseId)->state, core::CaseState::Submitted);
        }

        // The office lets supervisors pre-check (Settings, from the keyboard).
        {
            ui::SettingsDialog dialog(*w01.wb);
            auto *box = dialog.findChild<QCheckBox *>(u"supervisorsPreCheck"_s);
            QVERIFY(box && !box->isChecked());
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
            QVERIFY(box->isChecked());
            dialog.accept();
        }
        QVERIFY(w01.settings->supervisorsPreCheck());

        ui::MainWindow window(*w01.wb, account(u"super01"_s, u"王建国"_s, core::Role::Supervisor));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(m_caseId);
        QAction *accept = window.action(core::CaseAction::Accept);
        QVERIFY(accept && accept->isEnabled() && accept->property("whyNot").toString().isEmpty());
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::Accepted);
        QCOMPARE(window.currentCase().acceptedBy, u"super01"_s);
        QVERIFY(!window.currentCase().receiptNumber.isEmpty());
        // Sent at once: the exchange holds the acceptance.
        QTRY_COMPARE_WITH_TIMEOUT(w01.wb->sync->unsentCount(), 0, 30000);
        QCOMPARE(w01.wb->sync->openConflictCount(), 0);
    }

    // Whatever a counter sends, the exchange applies the same rules: the supervisor who accepted the
    // case may not approve it, and a clerk may neither take nor approve a case.
    void theExchangeItselfRefusesWhatTheRulesForbid()
    {
        QString error;
        test::CounterStation w01 = test::openCounter(m_exchange, m_dir.path(), u"W01"_s, &error);
        QVERIFY2(w01, qPrintable(error));
        const std::optional<core::CaseRecord> accepted = w01.wb->cases.find(m_caseId);
        QVERIFY(accepted && accepted->state == core::CaseState::Accepted);

        QCOMPARE(refusalCode(pushAs(u"W01"_s, u"clerk01"_s, core::Role::Supervisor, *accepted,
                                    core::CaseAction::TakeForReview)),
                 u"workflow.role"_s);
        // super01 takes it (allowed), then approves what they accepted: refused.
        core::CaseRecord review = *accepted;
        QCOMPARE(refusalCode(pushAs(u"W01"_s, u"super01"_s, core::Role::Supervisor, review,
                                    core::CaseAction::TakeForReview)),
                 u"applied"_s);
        core::TransitionRequest take;
        take.actor = {u"super01"_s, core::Role::Supervisor, u"W01"_s};
        take.action = core::CaseAction::TakeForReview;
        take.at = QDateTime::currentDateTimeUtc();
        QVERIFY(core::CaseWorkflow::advance(review, take));
        core::CaseRecord selfApproval = review;
        selfApproval.acceptedBy = u"someone-else"_s; // a counter that lies about who accepted it
        QCOMPARE(refusalCode(pushAs(u"W01"_s, u"super01"_s, core::Role::Supervisor, selfApproval,
                                    core::CaseAction::Approve, u"材料齐全"_s)),
                 u"workflow.four_eyes"_s);
        core::CaseRecord clerkView = review; // a clerk's counter that lies about the lock as well
        clerkView.reviewer.clear();
        clerkView.reviewLockUntil = {};
        QCOMPARE(refusalCode(pushAs(u"W01"_s, u"clerk01"_s, core::Role::Supervisor, clerkView,
                                    core::CaseAction::Approve, u"材料齐全"_s)),
                 u"workflow.role"_s);
        // super01 frees the case for another supervisor, with the reason.
        QCOMPARE(refusalCode(pushAs(u"W01"_s, u"super01"_s, core::Role::Supervisor, review,
                                    core::CaseAction::ReleaseReview, u"本人受理，交由他人审核"_s)),
                 u"applied"_s);
    }

    void anotherSupervisorApprovesAndTheLicenceIsPublished()
    {
        QString error;
        test::CounterStation w02 = test::openCounter(m_exchange, m_dir.path(), u"W02"_s, &error);
        QVERIFY2(w02, qPrintable(error));
        QVERIFY(test::signInAndSync(*w02.wb, u"super02"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w02.wb->cases.find(m_caseId).has_value(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(w02.wb->cases.find(m_caseId)->state, core::CaseState::Accepted, 20000);

        ui::MainWindow window(*w02.wb, account(u"super02"_s, u"李秀英"_s, core::Role::Supervisor));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(m_caseId);
        QCOMPARE(window.currentCase().lastReason, u"本人受理，交由他人审核"_s);

        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::UnderReview);
        QCOMPARE(window.currentCase().reviewer, u"super02"_s);
        QAction *approve = window.action(core::CaseAction::Approve);
        QVERIFY(approve && approve->isEnabled()); // she did not accept it: four eyes hold
        answerNextDialog(u"材料齐全，符合法定条件，准予设立登记"_s);
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::Approved);
        QCOMPARE(window.currentCase().lastReason, u"材料齐全，符合法定条件，准予设立登记"_s);
        QTRY_COMPARE_WITH_TIMEOUT(w02.wb->sync->unsentCount(), 0, 30000);

        QAction *issue = window.action(core::CaseAction::IssueLicence);
        QTRY_VERIFY(issue && issue->isVisible() && issue->isEnabled());
        QApplication::setActiveWindow(&window);
        QTRY_VERIFY(window.isActiveWindow());
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::Licensed);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentCase().state, core::CaseState::Published, 30000);
        const core::CaseRecord published = window.currentCase();
        QVERIFY2(core::UsccCode::validate(published.creditCode).valid, qPrintable(published.creditCode));
        QVERIFY(!published.licenceSeal.isEmpty());
        QCOMPARE(published.acceptedBy, u"super01"_s);
        QCOMPARE(published.form.proposedName, m_proposedName);
        QCOMPARE(w02.wb->sync->openConflictCount(), 0);

        // The counter that accepted it sees the same: published, with its code, and the enterprise.
        test::CounterStation w01 = test::openCounter(m_exchange, m_dir.path(), u"W01"_s, &error);
        QVERIFY2(w01, qPrintable(error));
        QVERIFY(test::signInAndSync(*w01.wb, u"clerk01"_s));
        QTRY_COMPARE_WITH_TIMEOUT(w01.wb->cases.find(m_caseId)->state, core::CaseState::Published, 20000);
        QCOMPARE(w01.wb->cases.find(m_caseId)->creditCode, published.creditCode);
        QVERIFY(w01.wb->enterprises.find(published.creditCode).has_value());
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_MAIN(TestGuiOnlineApplication)
#include "test_gui_online_application.moc"
