// Issue 12 §1 and §5, a registered enterprise's later life through the real window and the real
// exchange: a change of name found by search (F9), its items and materials as typed, ending in a new
// licence with the same code and the old name kept as a former name; a change of legal
// representative blocked by the credit lists as it is typed; a simplified deregistration through
// its 20-day public notice (the decision's clock counted from its end), refused while it runs,
// decided when it is over.
#include "core/ChangeRegistration.h"
#include "core/EnterpriseName.h"
#include "core/ResidentId.h"
#include "exchange/CreditListAdmin.h"
#include "exchange/ExchangeStore.h"
#include "support/CounterCases.h"
#include "support/CounterStation.h"
#include "support/ExchangeFixture.h"
#include "support/GuiTyping.h"
#include "ui/counter/CaseListModel.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/OneFormWidget.h"
#include "workbench/Workbench.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = test::ExchangeFixture;

class TestGuiEntityCases : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Fixture m_exchange;
    test::CounterCases m_cases{20261203};
    test::CounterStation m_w01;
    QString m_code;
    QString m_firstName;

    Fixture::Reply push(const QString &workstation, const QString &user,
                        const QList<core::DomainEvent> &events)
    {
        QJsonArray list;
        for (const core::DomainEvent &e : events)
            list.append(e.toJson());
        return Fixture::call(m_exchange.sslFor(workstation), "POST",
                             m_exchange.url(protocol::Endpoint::Events), {{u"events"_s, list}},
                             m_exchange.signIn(workstation, user));
    }

    static QString status(const Fixture::Reply &reply, int i)
    {
        return reply.json.value(u"results").toArray().at(i).toObject().value(u"status").toString();
    }
    static QString errorCode(const Fixture::Reply &reply, int i)
    {
        return reply.json.value(u"results")
            .toArray()
            .at(i)
            .toObject()
            .value(u"error")
            .toObject()
            .value(u"code")
            .toString();
    }

    // Taken for review and approved by super01 at W02 at the exchange: the push's answer to the approval.
    Fixture::Reply approveAtW02(const core::CaseRecord &accepted)
    {
        core::CaseRecord review = accepted;
        core::TransitionRequest take;
        take.actor = {u"super01"_s, core::Role::Supervisor, u"W02"_s};
        take.action = core::CaseAction::TakeForReview;
        take.at = QDateTime::currentDateTimeUtc();
        const auto taken = core::CaseWorkflow::apply(review, take);
        core::TransitionRequest approve = take;
        approve.action = core::CaseAction::Approve;
        approve.reason = u"材料齐全，符合法定条件"_s;
        // W02 stands for a counter whose notice says it is over: the exchange decides from its own.
        approve.notice = core::DeregistrationNotice{};
        approve.notice->until = QDate(2000, 1, 1);
        approve.notice->from = QDate(2000, 1, 1);
        const auto approved = core::CaseWorkflow::apply(review, approve);
        if (!taken || !approved)
            return {};
        return push(u"W02"_s, u"super01"_s, {taken.value(), approved.value()});
    }

    static storage::LocalAccount clerk()
    {
        storage::LocalAccount a;
        a.userId = u"clerk01"_s;
        a.displayName = u"张丽"_s;
        a.role = core::Role::Clerk;
        return a;
    }

    // Every material of the checklist on screen marked as the original seen, as the clerk picks it.
    static void markMaterials(ui::MainWindow &window)
    {
        for (QComboBox *status : window.findChildren<QComboBox *>()) {
            if (status->objectName().startsWith(u"materialStatus"_s) && status->isEnabled())
                status->setCurrentIndex(status->findData(int(core::MaterialStatus::OriginalSeen)));
        }
    }

    // The materials marked, Accept once it is offered, the case accepted and sent to the exchange:
    // what the clerk accepted, in `accepted`.
    static void acceptAndSync(ui::MainWindow &window, workbench::Workbench &wb, core::CaseRecord *accepted)
    {
        markMaterials(window);
        QTRY_VERIFY(window.action(core::CaseAction::Accept)->isEnabled());
        window.action(core::CaseAction::Accept)->trigger();
        QTRY_COMPARE(window.currentCase().state, core::CaseState::Accepted);
        *accepted = window.currentCase();
        QVERIFY(test::syncOnce(wb));
    }

    static void retype(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        test::typeText(field, text);
    }

    QString panel(ui::MainWindow &window) const { return window.entityPanel()->text(); }

    // With OW_SCREENSHOT_DIR set (scripts/screenshots.sh), the window in the clerk's language as a PNG.
    static QString screenshotDir() { return qEnvironmentVariable("OW_SCREENSHOT_DIR"); }
    static void screenshot(QWidget &window, const QString &name)
    {
        if (screenshotDir().isEmpty())
            return;
        QTest::qWait(150); // the layout settles on the translated texts
        QVERIFY(window.grab().save(QDir(screenshotDir()).filePath(name)));
    }
    // The clerk's language and dates while it lives, when screenshots are asked for (as
    // translations::install sets them up in the program).
    struct Chinese
    {
        QTranslator translator;
        QLocale previous;
        bool installed = false;
        Chinese()
        {
            if (screenshotDir().isEmpty())
                return;
            QVERIFY(translator.load(QStringLiteral(":/onewindow/i18n/onewindow_zh_CN.qm")));
            installed = QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
        }
        ~Chinese()
        {
            if (!installed)
                return;
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(previous);
        }
    };

    // Finds the enterprise by its code in the search box and selects its row, as a clerk would.
    void findEnterprise(ui::MainWindow &window)
    {
        QLineEdit *search = window.searchEdit();
        search->setFocus();
        search->selectAll();
        test::typeText(search, m_code);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(window.caseView()->model()->rowCount() > 0);
        window.caseView()->setFocus();
        window.caseView()->selectRow(window.caseView()->model()->rowCount() - 1);
    }

    // The window shown and active, the enterprise found by its code, F9 pressed on its row.
    void startChangeByKeyboard(ui::MainWindow &window)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window)); // F9 is the window's shortcut
        findEnterprise(window);
        QTest::keyClick(window.caseView(), Qt::Key_F9);
        QTRY_COMPARE(window.currentCase().kind, core::CaseKind::Change);
    }

    // The case approved at the exchange, brought to W01 by a sync and licensed there as a clerk does
    // it (Ctrl+Shift+I), and the licensing pushed.
    static void issueLicenceAtW01(workbench::Workbench &wb, ui::MainWindow &window, const QString &caseId)
    {
        QVERIFY(test::syncOnce(wb));
        QTRY_COMPARE_WITH_TIMEOUT(wb.cases.find(caseId)->state, core::CaseState::Approved, 20000);
        window.openCase(caseId);
        QTRY_VERIFY(window.action(core::CaseAction::IssueLicence)->isEnabled());
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::Licensed);
        QVERIFY(test::syncOnce(wb));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        // An enterprise established through the exchange: accepted at W01, approved at W02, licensed.
        core::CaseRecord record;
        QCOMPARE(status(push(u"W01"_s, u"clerk01"_s, {m_cases.accepted(record)}), 0), u"applied"_s);
        QCOMPARE(status(approveAtW02(record), 1), u"applied"_s);
        m_w01 = test::openCounter(m_exchange, m_dir.path(), u"W01"_s, &error);
        QVERIFY2(m_w01, qPrintable(error));
        workbench::Workbench &wb = *m_w01.wb;
        QVERIFY(test::signInAndSync(wb, u"clerk01"_s));
        QTRY_COMPARE_WITH_TIMEOUT(wb.cases.find(record.id)->state, core::CaseState::Approved, 20000);
        core::CaseRecord approved = *wb.cases.find(record.id);
        core::TransitionRequest issue;
        issue.actor = {u"clerk01"_s, core::Role::Clerk, u"W01"_s};
        issue.action = core::CaseAction::IssueLicence;
        issue.at = QDateTime::currentDateTimeUtc();
        QVERIFY(wb.cases.perform(approved, issue, nullptr));
        QVERIFY(test::syncOnce(wb));
        QTRY_VERIFY_WITH_TIMEOUT(!wb.cases.find(record.id)->creditCode.isEmpty(), 20000);
        m_code = wb.cases.find(record.id)->creditCode;
        m_firstName = record.form.proposedName;
        QVERIFY(test::syncOnce(wb));
        QTRY_VERIFY_WITH_TIMEOUT(wb.enterprises.find(m_code).has_value(), 20000);
    }

    void aChangeOfNameEndsInANewLicenceWithTheSameCode()
    {
        workbench::Workbench &wb = *m_w01.wb;
        ui::MainWindow window(wb, clerk());
        startChangeByKeyboard(window);
        QCOMPARE(window.currentCase().kind, core::CaseKind::Change);
        QCOMPARE(window.currentCase().subjectCode, m_code);
        auto *name = window.findChild<QLineEdit *>(u"entityName"_s);
        QCOMPARE(name->text(), m_firstName); // pre-filled as registered
        QVERIFY2(panel(window).contains(u"Nothing changed yet"_s), qPrintable(panel(window)));

        const QString tradeName = core::EnterpriseName::parse(m_firstName).tradeName;
        QVERIFY(!tradeName.isEmpty());
        const QString newName = QString(m_firstName).replace(tradeName, u"恒晟"_s);
        retype(name, newName);
        QTRY_VERIFY2(panel(window).contains(m_firstName) && panel(window).contains(newName),
                     qPrintable(panel(window)));
        QVERIFY2(panel(window).contains(u"new licence"_s), qPrintable(panel(window)));
        // The materials of a change of name: the application, the resolution, the licence, the declaration.
        QStringList ids;
        for (const core::MaterialItem &m : window.formWidget()->materials())
            ids << m.id;
        QCOMPARE(ids, (QStringList{u"change_application"_s, u"change_resolution"_s, u"licence_originals"_s,
                                   u"name_declaration"_s}));
        core::CaseRecord accepted;
        acceptAndSync(window, wb, &accepted);
        if (QTest::currentTestFailed())
            return;

        // Approved by a supervisor at W02; the clerk issues the new licence.
        const Fixture::Reply approved = approveAtW02(accepted);
        QVERIFY2(status(approved, 1) == u"applied"_s, qPrintable(errorCode(approved, 1)));
        issueLicenceAtW01(wb, window, accepted.id);
        QTRY_COMPARE_WITH_TIMEOUT(wb.cases.find(accepted.id)->creditCode, m_code, 20000);
        QVERIFY(test::syncOnce(wb));
        QTRY_COMPARE_WITH_TIMEOUT(wb.enterprises.find(m_code)->name, newName, 20000);
        // The name it left stays protected for a year: a new enterprise of that name clashes with it.
        const auto clash = wb.enterprises.findNameClash(m_firstName, wb.authorityDivision(), {}, QString());
        QVERIFY(clash);
        QVERIFY2(clash->reason.contains(m_code), qPrintable(clash->reason));
    }

    void aChangeOfLegalRepresentativeIsBlockedByTheLists()
    {
        workbench::Workbench &wb = *m_w01.wb;
        const QString first17 = u"14010519800101123"_s;
        const QString barred = first17 + core::ResidentId::checkCharacter(first17);
        const QDate today = core::ResidentId::chinaToday();
        const QString csv = u"list,subject_kind,subject,subject_name,reason,authority,basis,from\n"_s +
                            u"serious,person,%1,张晋生,法定代表人所在企业被列入严重违法失信企业名单,"
                            u"太原市市场监督管理局,并市监严〔2026〕9号,%2\n"_s.arg(
                                barred, today.addDays(-30).toString(Qt::ISODate));
        const auto imported =
            exchange::CreditListAdmin::importCsv(m_exchange.dir(), csv.toUtf8(), u"140100"_s, u"admin01"_s);
        QVERIFY(imported && imported.value().added == 1);
        QVERIFY(test::syncOnce(wb));
        QTRY_VERIFY_WITH_TIMEOUT(wb.creditLists.count() > 0, 20000);

        ui::MainWindow window(wb, clerk());
        startChangeByKeyboard(window);
        QCOMPARE(window.currentCase().kind, core::CaseKind::Change);
        retype(window.findChild<QLineEdit *>(u"legalRepName"_s), u"张晋生"_s);
        retype(window.findChild<QLineEdit *>(u"legalRepId"_s), barred);
        QTRY_VERIFY2(panel(window).contains(u"Legal representative"_s), qPrintable(panel(window)));
        auto *credit = window.findChild<QLabel *>(u"creditCheck"_s);
        QTRY_VERIFY2(credit && credit->text().contains(u"Acceptance blocked"_s), qPrintable(credit->text()));
        markMaterials(window);
        QVERIFY(!window.action(core::CaseAction::Accept)->isEnabled());
    }

    // A change accepted at W01 (a new domicile) while another change of the enterprise (its term) is
    // accepted at W02 and licensed first: W01's licence is issued on the registration as it had
    // become, both changes stand, and W01's case header asks for the printed sheet to be reprinted.
    void aLicenceIssuedOnAMovedRegistrationAsksForAReprint()
    {
        workbench::Workbench &wb = *m_w01.wb;
        ui::MainWindow window(wb, clerk());
        startChangeByKeyboard(window);
        const QString domicile = u"太原市小店区长风街66号"_s;
        retype(window.findChild<QLineEdit *>(u"domicile"_s), domicile);
        core::CaseRecord ours;
        acceptAndSync(window, wb, &ours);
        if (QTest::currentTestFailed())
            return;

        // W02's change of the term, on the same registration, accepted, approved and licensed first.
        core::CaseRecord theirs = core::ChangeRegistration::start(m_code, ours.registered, ours.established);
        theirs.form.termYears = 30;
        theirs.materials = core::ChangeRegistration::checklist(
            core::ChangeRegistration::changes(theirs.registered, theirs.form));
        for (core::MaterialItem &m : theirs.materials)
            m.status = core::MaterialStatus::OriginalSeen;
        core::TransitionRequest step;
        step.actor = {u"clerk01"_s, core::Role::Clerk, u"W02"_s};
        step.at = QDateTime::currentDateTimeUtc();
        step.action = core::CaseAction::SaveDraft;
        QVERIFY(core::CaseWorkflow::apply(theirs, step));
        step.action = core::CaseAction::Accept;
        step.receiptNumber = m_cases.nextReceipt(u"W02"_s);
        const auto accepted = core::CaseWorkflow::apply(theirs, step);
        QVERIFY(accepted);
        QCOMPARE(status(push(u"W02"_s, u"clerk01"_s, {accepted.value()}), 0), u"applied"_s);
        QCOMPARE(status(approveAtW02(theirs), 1), u"applied"_s);
        theirs.state = core::CaseState::Approved;
        theirs.version += 2;
        step.action = core::CaseAction::IssueLicence;
        step.receiptNumber.clear();
        const auto issued = core::CaseWorkflow::apply(theirs, step);
        QVERIFY(issued);
        QCOMPARE(status(push(u"W02"_s, u"clerk01"_s, {issued.value()}), 0), u"applied"_s);

        // Ours approved, then licensed at W01.
        QCOMPARE(status(approveAtW02(ours), 1), u"applied"_s);
        issueLicenceAtW01(wb, window, ours.id);
        QTRY_VERIFY_WITH_TIMEOUT(storage::SheetLedger::awaitsReprint(wb.audit.forCase(ours.id)), 20000);
        QVERIFY(test::syncOnce(wb));
        QTRY_COMPARE_WITH_TIMEOUT(wb.cases.find(ours.id)->form.termYears, 30, 20000);
        QCOMPARE(wb.cases.find(ours.id)->form.domicile, domicile);
        window.newCase();
        window.openCase(ours.id);
        const QString header = window.findChild<QLabel *>(u"caseHeader"_s)->text();
        QVERIFY2(header.contains(u"print the licence again"_s), qPrintable(header));
    }

    // The change form as a clerk sees it, for docs/: a new domicile and a new legal representative.
    void aChangeFormInTheClerksLanguage()
    {
        if (screenshotDir().isEmpty())
            QSKIP("screenshots only (OW_SCREENSHOT_DIR)");
        const Chinese chinese;
        workbench::Workbench &wb = *m_w01.wb;
        ui::MainWindow window(wb, clerk());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startChange(m_code);
        QTRY_COMPARE(window.currentCase().kind, core::CaseKind::Change);
        retype(window.findChild<QLineEdit *>(u"domicile"_s), u"太原市小店区长风街108号3层"_s);
        retype(window.findChild<QLineEdit *>(u"legalRepName"_s), u"王建国"_s);
        QTRY_VERIFY(panel(window).contains(u"王建国"_s));
        screenshot(window, u"change-form.png"_s);
    }

    void aSimplifiedDeregistrationRunsThroughItsNotice()
    {
        const Chinese chinese;
        workbench::Workbench &wb = *m_w01.wb;
        ui::MainWindow window(wb, clerk());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startDeregistration(m_code, true);
        QTRY_COMPARE(window.currentCase().kind, core::CaseKind::Deregistration);
        QVERIFY(window.formWidget()->isReadOnly());
        QVERIFY(!window.action(core::CaseAction::Accept)->isEnabled()); // materials missing
        core::CaseRecord accepted;
        acceptAndSync(window, wb, &accepted);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(test::syncOnce(wb));
        QTRY_VERIFY_WITH_TIMEOUT(wb.notices.forCase(accepted.id).has_value(), 20000);
        const core::DeregistrationNotice notice = *wb.notices.forCase(accepted.id);
        QCOMPARE(notice.until, notice.from.addDays(19));
        window.newCase(); // away and back: the case read again from the cache
        window.openCase(accepted.id);
        QTRY_VERIFY2(panel(window).contains(notice.until.toString(Qt::ISODate)), qPrintable(panel(window)));
        screenshot(window, u"deregistration-notice.png"_s);
        // The decision's clock counts from the notice's last day, in the header and in the list; the
        // header names the notice's end once (its line of its own says the rest of the notice).
        const QDate due = wb.calendar().addWorkingDays(notice.until, wb.clocks().decisionDays());
        const QString header = window.findChild<QLabel *>(u"caseHeader"_s)->text();
        QVERIFY2(
            header.contains(QLocale().toString(notice.until, QLocale::ShortFormat).toHtmlEscaped()) &&
                !header.contains(QLocale().toString(notice.until, QLocale::LongFormat).toHtmlEscaped()) &&
                header.contains(QLocale().toString(due, QLocale::LongFormat).toHtmlEscaped()),
            qPrintable(header));
        auto *model = qobject_cast<ui::CaseListModel *>(window.caseView()->model());
        QTRY_VERIFY(model->rowOf(accepted.id) >= 0);
        QTRY_VERIFY(model->index(model->rowOf(accepted.id), ui::CaseListModel::ClockColumn)
                        .data()
                        .toString()
                        .contains(QLocale().toString(notice.until, QLocale::ShortFormat)));

        // While the notice runs the exchange refuses the decision, whatever the counter thought.
        const Fixture::Reply early = approveAtW02(accepted);
        QCOMPARE(errorCode(early, 1), u"deregistration.notice_running"_s);

        // The notice over (its days moved back in the exchange's store: time cannot be waited for here).
        {
            auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"notice-over"_s);
            QVERIFY(store);
            core::DeregistrationNotice over = notice;
            over.from = notice.from.addDays(-21);
            over.until = notice.until.addDays(-21);
            QVERIFY(store.value()->begin());
            QVERIFY(store.value()->notices().put(over));
            QVERIFY(store.value()->commit());
        }
        const Fixture::Reply decided = approveAtW02(accepted);
        QVERIFY2(status(decided, 1) == u"applied"_s, qPrintable(errorCode(decided, 1)));
        QVERIFY(test::syncOnce(wb));
        QTRY_COMPARE_WITH_TIMEOUT(wb.enterprises.find(m_code)->status,
                                  core::RegisteredEntity::StatusDeregistered, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(wb.cases.find(accepted.id)->state, core::CaseState::Published, 20000);
    }
};

QTEST_MAIN(TestGuiEntityCases)
#include "test_gui_entity_cases.moc"
