// Issue 11 §2 and §5, 一处违法、处处受限 at the counter, through real windows and the real exchange:
//   - a blacklist entry imported at the exchange (`credit import`) reaches a counter with its next
//     sync, and the legal representative typed there is blocked as it is typed: the entry's list,
//     authority, date and basis beside the field, Accept not possible; a clean person shows clean;
//   - the same with the exchange down (offline, the list cached);
//   - an acceptance made before an entry arrived becomes a conflict (credit.restricted) at the sync.
#include "core/ResidentId.h"
#include "exchange/CreditListAdmin.h"
#include "storage/AuditJournal.h"
#include "storage/ConflictStore.h"
#include "support/CaseForms.h"
#include "support/CounterStation.h"
#include "support/GuiTyping.h"
#include "ui/counter/CaseListModel.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/OneFormWidget.h"
#include "ui/review/CreditEntriesDialog.h"
#include "ui/review/CreditRemovalTab.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = test::ExchangeFixture;

namespace {

QString residentId(const QString &birth, const QString &sequence)
{
    const QString first17 = u"140105"_s + birth + sequence;
    return first17 + core::ResidentId::checkCharacter(first17);
}

storage::LocalAccount clerk()
{
    storage::LocalAccount a;
    a.userId = u"clerk01"_s;
    a.displayName = u"张丽"_s;
    a.role = core::Role::Clerk;
    return a;
}

} // namespace

class TestGuiCredit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Fixture m_exchange;
    const QString m_barred = residentId(u"19800101"_s, u"123"_s);
    const QString m_later = residentId(u"19851111"_s, u"321"_s);
    const QDate m_today = core::ResidentId::chinaToday();

    bool import(const QString &id, const QString &basis)
    {
        const QString csv =
            u"list,subject_kind,subject,subject_name,reason,authority,basis,from\n"_s +
            u"serious,person,%1,张晋生,法定代表人所在企业被列入严重违法失信企业名单,"
            u"太原市市场监督管理局,%2,%3\n"_s.arg(id, basis, m_today.addDays(-30).toString(Qt::ISODate));
        const auto report =
            exchange::CreditListAdmin::importCsv(m_exchange.dir(), csv.toUtf8(), u"140100"_s, u"admin01"_s);
        return report && report.value().added == 1;
    }

    // The form of a limited company whose legal representative is typed in as a clerk would.
    static void typeRepresentative(ui::MainWindow &window, const QString &id)
    {
        window.formWidget()->setContent(test::forms::limitedCompany(7), test::forms::completeMaterials());
        auto *field = window.findChild<QLineEdit *>(u"legalRepId"_s);
        QVERIFY(field);
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        test::typeText(field, id);
    }

    static QString panelText(ui::MainWindow &window)
    {
        auto *panel = window.findChild<QLabel *>(u"creditCheck"_s);
        return panel ? panel->text() : QString();
    }

    void expectBlocked(ui::MainWindow &window)
    {
        QTRY_VERIFY2(panelText(window).contains(u"Acceptance blocked"_s), qPrintable(panelText(window)));
        const QString text = panelText(window);
        QVERIFY2(text.contains(u"并市监严〔2026〕7号"_s) && text.contains(u"太原市市场监督管理局"_s) &&
                     text.contains(m_today.addDays(-30).toString(Qt::ISODate)),
                 qPrintable(text));
        QVERIFY2(!text.contains(m_barred), "the ID number is masked");
        QVERIFY(!window.formWidget()->isComplete());
        QVERIFY(!window.action(core::CaseAction::Accept)->isEnabled());
        const QString summary = window.findChild<QLabel *>(u"formSummary"_s)->text();
        QVERIFY2(summary.contains(u"严重违法失信"_s), qPrintable(summary));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY(import(m_barred, u"并市监严〔2026〕7号"_s));
    }

    void anEntryImportedAtTheExchangeBlocksTheRepresentativeTypedAtACounter()
    {
        QString error;
        test::CounterStation w01 = test::openCounter(m_exchange, m_dir.path(), u"W01"_s, &error);
        QVERIFY2(w01, qPrintable(error));
        QCOMPARE(w01.wb->creditLists.count(), 0);
        QVERIFY(test::signInAndSync(*w01.wb, u"clerk01"_s));
        QCOMPARE(w01.wb->creditLists.count(), 1);

        ui::MainWindow window(*w01.wb, clerk());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A clean record shows as such.
        window.formWidget()->setContent(test::forms::limitedCompany(7), test::forms::completeMaterials());
        QTRY_VERIFY2(panelText(window).contains(u"clean"_s), qPrintable(panelText(window)));
        QVERIFY(window.action(core::CaseAction::Accept)->isEnabled());

        typeRepresentative(window, m_barred);
        expectBlocked(window);
    }

    void theSamePersonIsBlockedOfflineWithTheListCached()
    {
        m_exchange.stop();
        QString error;
        test::CounterStation w01 = test::openCounter(m_exchange, m_dir.path(), u"W01"_s, &error);
        QVERIFY2(w01, qPrintable(error));
        QCOMPARE(w01.wb->creditLists.count(), 1);
        ui::MainWindow window(*w01.wb, clerk());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        typeRepresentative(window, m_barred);
        expectBlocked(window);

        // Another person: clean, accepted offline, the check in the case's audit trail.
        typeRepresentative(window, m_later);
        QTRY_VERIFY2(panelText(window).contains(u"clean"_s), qPrintable(panelText(window)));
        QVERIFY(window.action(core::CaseAction::Accept)->isEnabled());
        window.action(core::CaseAction::Accept)->trigger();
        QTRY_COMPARE(window.currentCase().state, core::CaseState::Accepted);
        const QList<storage::AuditEntry> trail = w01.wb->audit.forCase(window.currentCase().id);
        QVERIFY(!trail.isEmpty());
        const QJsonObject credit = trail.last().detail.value(u"credit"_s).toObject();
        QCOMPARE(credit.value(u"outcome"_s).toString(), u"clear"_s);
        QVERIFY(!credit.value(u"checked"_s).toArray().isEmpty());
    }

    void anAcceptanceMadeBeforeTheEntryArrivedIsAConflictAtSync()
    {
        // The person accepted offline above is listed at the exchange meanwhile.
        QString error;
        QVERIFY2(m_exchange.restart(&error), qPrintable(error));
        QVERIFY(import(m_later, u"并市监严〔2026〕8号"_s));
        test::CounterStation w01 = test::openCounter(m_exchange, m_dir.path(), u"W01"_s, &error);
        QVERIFY2(w01, qPrintable(error));
        QVERIFY(test::signInAndSync(*w01.wb, u"clerk01"_s));
        QCOMPARE(w01.wb->creditLists.count(), 2);
        storage::ConflictStore conflicts(w01.wb->db);
        QTRY_COMPARE_WITH_TIMEOUT(conflicts.list().size(), 1, 20000);
        const storage::SyncConflict conflict = conflicts.list().first();
        QCOMPARE(conflict.errorCode, u"credit.restricted"_s);
        QVERIFY2(conflict.errorMessage.contains(u"并市监严〔2026〕8号"_s), qPrintable(conflict.errorMessage));
    }

    // 优先办理: in a supervisor's queue, a case whose people are all clean comes before one with an
    // entry to take note of (neither overdue), and says so.
    void aCleanRecordGetsTheGreenChannel()
    {
        QString error;
        test::CounterStation w01 = test::openCounter(m_exchange, m_dir.path(), u"W01"_s, &error);
        QVERIFY2(w01, qPrintable(error));
        const QString investor = residentId(u"19700707"_s, u"555"_s);
        QStringList ids;
        for (const QString &id : {investor, residentId(u"19720202"_s, u"556"_s)}) {
            core::CaseRecord record;
            record.form = test::forms::limitedCompany(ids.size() + 11);
            record.form.investors[1].idNumber = id;
            record.materials = test::forms::completeMaterials();
            core::TransitionRequest request;
            request.actor = {u"clerk01"_s, core::Role::Clerk, u"W01"_s};
            request.at = QDateTime::currentDateTimeUtc();
            request.action = core::CaseAction::SaveDraft;
            const auto draft = w01.wb->cases.perform(record, request);
            QVERIFY(draft);
            request.action = core::CaseAction::Accept;
            const auto accepted = w01.wb->cases.perform(draft.value(), request);
            QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().message));
            ids.append(accepted.value().id);
        }
        // The first case's investor is listed meanwhile: a warning, not a block.
        QVERIFY(import(investor, u"并市监严〔2026〕9号"_s));
        QVERIFY(test::signInAndSync(*w01.wb, u"clerk01"_s));
        QVERIFY(!w01.wb->hasCleanRecord(ids.at(0)));
        QVERIFY(w01.wb->hasCleanRecord(ids.at(1)));

        storage::LocalAccount supervisor;
        supervisor.userId = u"super01"_s;
        supervisor.displayName = u"王建国"_s;
        supervisor.role = core::Role::Supervisor;
        ui::MainWindow window(*w01.wb, supervisor);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *model = qobject_cast<ui::CaseListModel *>(window.caseView()->model());
        QVERIFY(model && model->isQueue());
        const int clean = model->rowOf(ids.at(1));
        const int noted = model->rowOf(ids.at(0));
        QVERIFY(clean >= 0 && noted >= 0);
        QVERIFY2(clean < noted, "the green channel first");
        QVERIFY(model->isGreenChannel(clean) && !model->isGreenChannel(noted));
        const QString state = model->index(clean, ui::CaseListModel::StateColumn).data().toString();
        QVERIFY2(state.contains(u"green channel"_s), qPrintable(state));
    }

    // The registry's own entry: 王建国 types it at W02, 李秀英 confirms it at W01 (not he: four
    // eyes), and W01's next sync brings it, so the person typed there is then blocked.
    void aSupervisorEntersAnEntryAndAnotherConfirmsIt()
    {
        const QString person = residentId(u"19660606"_s, u"777"_s);
        QString error;
        test::CounterStation w02 = test::openCounter(m_exchange, m_dir.path(), u"W02"_s, &error);
        QVERIFY2(w02, qPrintable(error));
        QVERIFY(test::signInAndSync(*w02.wb, u"super01"_s));
        {
            ui::CreditEntriesDialog dialog(*w02.wb, u"super01"_s);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *list = dialog.findChild<QComboBox *>(u"creditList"_s);
            list->setCurrentIndex(list->findData(u"dishonest_debtor"_s));
            const auto type = [&](const char *name, const QString &text) {
                auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
                QVERIFY(edit);
                edit->setFocus();
                edit->clear();
                test::typeText(edit, text);
            };
            type("creditSubject", person);
            type("creditSubjectName", u"赵欠款"_s);
            type("creditReason", u"有履行能力而拒不履行生效法律文书确定义务"_s);
            type("creditBasis", u"（2026）晋0105执456号"_s);
            // The entry goes with Ctrl+Enter from the form.
            QTest::keyClick(dialog.findChild<QLineEdit *>(u"creditBasis"_s), Qt::Key_Return,
                            Qt::ControlModifier);
            QTRY_VERIFY2_WITH_TIMEOUT(dialog.statusLabel()->text().contains(u"another supervisor"_s),
                                      qPrintable(dialog.statusLabel()->text()), 10000);
            // Not his to confirm.
            dialog.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.pendingTable()->rowCount(), 1, 10000);
            dialog.pendingTable()->selectRow(0);
            dialog.confirmSelected();
            QVERIFY2(dialog.statusLabel()->text().contains(u"four eyes"_s),
                     qPrintable(dialog.statusLabel()->text()));
        }

        test::CounterStation w01 = test::openCounter(m_exchange, m_dir.path(), u"W01"_s, &error);
        QVERIFY2(w01, qPrintable(error));
        QVERIFY(test::signInAndSync(*w01.wb, u"super02"_s));
        const int before = w01.wb->creditLists.count();
        {
            ui::CreditEntriesDialog dialog(*w01.wb, u"super02"_s);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.pendingTable()->rowCount(), 1, 10000);
            QVERIFY(dialog.pendingTable()->item(0, 3)->text() == u"super01"_s);
            dialog.pendingTable()->selectRow(0);
            dialog.confirmSelected();
            QTRY_VERIFY2_WITH_TIMEOUT(dialog.statusLabel()->text().contains(u"Recorded"_s),
                                      qPrintable(dialog.statusLabel()->text()), 10000);
        }
        QVERIFY(test::syncOnce(*w01.wb));
        QCOMPARE(w01.wb->creditLists.count(), before + 1);
        core::OneForm form = test::forms::limitedCompany(21);
        form.legalRep.idNumber = person;
        QVERIFY(w01.wb->creditReport(form).blocks());
    }

    // The removal of that entry (移出, dated; the entry stays): 李秀英 finds it at W01 by the ID number
    // typed, gives the day and why and proposes it with Ctrl+Enter; 王建国 confirms at W02; after
    // W01's next sync the person is no longer blocked, and the entry is kept, removed.
    void aRemovalIsProposedConfirmedAndLiftsTheBlock()
    {
        const QString person = residentId(u"19660606"_s, u"777"_s);
        QString error;
        test::CounterStation w01 = test::openCounter(m_exchange, m_dir.path(), u"W01"_s, &error);
        QVERIFY2(w01, qPrintable(error));
        QVERIFY(test::signInAndSync(*w01.wb, u"super02"_s));
        core::OneForm form = test::forms::limitedCompany(22);
        form.legalRep.idNumber = person;
        QVERIFY(w01.wb->creditReport(form).blocks());
        {
            ui::CreditEntriesDialog dialog(*w01.wb, u"super02"_s);
            dialog.show();
            dialog.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            ui::CreditRemovalTab *tab = dialog.removalTab();
            QTest::keyClick(&dialog, Qt::Key_V, Qt::AltModifier); // "Remo&ve an entry"
            QTRY_VERIFY(tab->isVisible());
            auto *subject = tab->findChild<QLineEdit *>(u"removalSubject"_s);
            subject->setFocus();
            test::typeText(subject, person.toLower()); // a lower-case x is found too
            QTest::keyClick(subject, Qt::Key_Return);
            QCOMPARE(tab->entriesTable()->rowCount(), 1);
            QVERIFY(tab->selectedEntry());
            // Without a reason it is not sent, and the clerk is told why.
            tab->propose();
            QVERIFY2(!dialog.statusLabel()->text().isEmpty(), "a removal without a reason says why");
            auto *reason = tab->findChild<QLineEdit *>(u"removalReason"_s);
            reason->setFocus();
            test::typeText(reason, u"已履行生效法律文书确定的义务"_s);
            QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
            QTRY_VERIFY2_WITH_TIMEOUT(dialog.statusLabel()->text().contains(u"removal"_s) &&
                                          dialog.statusLabel()->text().contains(u"proposed"_s),
                                      qPrintable(dialog.statusLabel()->text()), 10000);
        }
        test::CounterStation w02 = test::openCounter(m_exchange, m_dir.path(), u"W02"_s, &error);
        QVERIFY2(w02, qPrintable(error));
        QVERIFY(test::signInAndSync(*w02.wb, u"super01"_s));
        {
            ui::CreditEntriesDialog dialog(*w02.wb, u"super01"_s);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.pendingTable()->rowCount(), 1, 10000);
            dialog.pendingTable()->selectRow(0);
            dialog.confirmSelected();
            QTRY_VERIFY2_WITH_TIMEOUT(dialog.statusLabel()->text().contains(u"removed"_s),
                                      qPrintable(dialog.statusLabel()->text()), 10000);
        }
        QVERIFY(test::syncOnce(*w01.wb));
        QVERIFY(!w01.wb->creditReport(form).blocks());
        const QList<core::CreditEntry> kept =
            w01.wb->creditLists.entriesFor(core::CreditSubjectKind::Person, person);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().removedOn, m_today);
        // Why, and who proposed and who confirmed it.
        QCOMPARE(kept.first().removalReason, u"已履行生效法律文书确定的义务 (super02, super01)"_s);
    }
};

QTEST_MAIN(TestGuiCredit)
#include "test_gui_credit.moc"
