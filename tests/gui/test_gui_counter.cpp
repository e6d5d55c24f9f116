// Drives the real counter window offscreen: a clerk signs in, types a limited company with two
// investors through the one form, accepts it, and finds it again with a two-character search.
#include "core/EntityType.h"
#include "core/Limits.h"
#include "core/OneFormValidator.h"
#include "core/ResidentId.h"
#include "licence/Notice.h"
#include "security/PasswordHash.h"
#include "storage/ConflictStore.h"
#include "storage/SearchIndex.h"
#include "support/GuiTyping.h"
#include "support/OfflineCounter.h"
#include "ui/common/DemoData.h"
#include "ui/common/LoginDialog.h"
#include "ui/common/ReasonDialog.h"
#include "ui/counter/InvestorsEditor.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/MaterialsChecklist.h"
#include "ui/counter/OneFormWidget.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ow;
using ow::test::child;
using ow::test::typeInto;
using ow::test::typeText;

namespace {

const QString Password = QStringLiteral("Counter#2026");

} // namespace

class TestGuiCounter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::OfflineCounter counter = test::openOfflineCounter(m_dir.path(), QStringLiteral("W07"));
        QVERIFY2(counter.wb, qPrintable(counter.error));
        m_settings = std::move(counter.settings);
        m_wb = std::move(counter.wb);
        const storage::LocalAccount clerk = test::localAccount(
            QStringLiteral("clerk01"), QStringLiteral("张丽"), core::Role::Clerk, Password);
        QVERIFY(m_wb->accounts.upsert(clerk).ok());
        // A registered enterprise cache, so the search has something besides our case.
        QVERIFY(m_wb->enterprises.upsert(ui::DemoData::enterprises(500, 7)).ok());
    }

    void signInRefusesWrongPasswordThenAccepts()
    {
        ui::LoginDialog dialog(m_wb->accounts, QStringLiteral("W07"), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.userEdit(), QStringLiteral("clerk01"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("wrong"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(!dialog.errorLabel()->text().isEmpty());
        // However many lines the message takes, the dialog grows and the fields keep their height.
        QVERIFY2(dialog.errorLabel()->height() >=
                     dialog.errorLabel()->heightForWidth(dialog.errorLabel()->width()),
                 qPrintable(dialog.errorLabel()->text()));
        QVERIFY(dialog.userEdit()->height() >= dialog.userEdit()->sizeHint().height());
        QVERIFY(dialog.passwordEdit()->height() >= dialog.passwordEdit()->sizeHint().height());
        QTest::keyClicks(dialog.passwordEdit(), Password);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.account().userId, QStringLiteral("clerk01"));
        QCOMPARE(dialog.account().role, core::Role::Clerk);
        m_account = dialog.account();
    }

    void invalidIdShowsMessageAndKeepsAcceptDisabled()
    {
        ui::MainWindow window(*m_wb, m_account);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString bad = QStringLiteral("140105198013011234"); // month 13
        typeInto(&window, QStringLiteral("legalRepId"), bad);
        QLabel *error = child<QLabel>(&window, QStringLiteral("error:legalRep.idNumber"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), core::ResidentId::validate(bad).reason);
        QVERIFY(!window.action(core::CaseAction::Accept)->isEnabled());
        // Ctrl+Enter does nothing while the form is incomplete.
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(window.currentCase().state, core::CaseState::Draft);
        QCOMPARE(window.currentCase().version, 0);
        QCOMPARE(m_wb->outbox.count(), 0);
    }

    // Every key of the window does one thing: two actions on one window-wide key would make Qt do
    // neither (an "ambiguous shortcut"), and the clerk's key would silently do nothing.
    void everyShortcutIsTheWindowsOnlyOne()
    {
        ui::MainWindow window(*m_wb, m_account);
        QHash<QString, QString> owner;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcutContext() == Qt::WidgetShortcut)
                continue;
            for (const QKeySequence &key : action->shortcuts()) {
                const QString text = key.toString(QKeySequence::PortableText);
                const QString name = action->text().remove(u'&');
                QVERIFY2(!owner.contains(text) || owner.value(text) == name,
                         qPrintable(QStringLiteral("%1: %2 and %3").arg(text, owner.value(text), name)));
                owner.insert(text, name);
            }
        }
        QVERIFY(owner.contains(QStringLiteral("Ctrl+Shift+J")));
        QVERIFY(owner.contains(QStringLiteral("Ctrl+Shift+M")));
    }

    void tabWalksTheFormInReadingOrder()
    {
        ui::MainWindow window(*m_wb, m_account);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QWidget *type = child<QWidget>(&window, QStringLiteral("entityType"));
        type->setFocus();
        QTRY_VERIFY(type->hasFocus());
        const QStringList expected{QStringLiteral("entityName"),     QStringLiteral("divisionCity"),
                                   QStringLiteral("divisionCounty"), QStringLiteral("domicile"),
                                   QStringLiteral("capital"),        QStringLiteral("termYears"),
                                   QStringLiteral("businessScope"),  QStringLiteral("entityPhone"),
                                   QStringLiteral("postalCode"),     QStringLiteral("legalRepName"),
                                   QStringLiteral("legalRepIdType"), QStringLiteral("legalRepId"),
                                   QStringLiteral("legalRepPhone"),  QStringLiteral("legalRepPosition")};
        QStringList walked;
        for (int i = 0; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            // A spin box focuses its inner line edit; name the field, not its part.
            while (focus && focus->objectName().isEmpty() && focus->parentWidget()) {
                focus = focus->parentWidget();
            }
            walked.append(focus ? focus->objectName() : QString());
        }
        QCOMPARE(walked, expected);
    }

    void typeLimitedCompanyAndAccept()
    {
        ui::MainWindow window(*m_wb, m_account);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);

        QComboBox *type = child<QComboBox>(&window, QStringLiteral("entityType"));
        QVERIFY(type);
        QCOMPARE(type->currentData().toString(), QStringLiteral("llc_natural_multi"));

        typeInto(&window, QStringLiteral("entityName"), QStringLiteral("太原市晋瑶商贸有限公司"));
        QComboBox *city = child<QComboBox>(&window, QStringLiteral("divisionCity"));
        QComboBox *county = child<QComboBox>(&window, QStringLiteral("divisionCounty"));
        city->setFocus();
        QTest::keyClick(city, Qt::Key_Down); // 太原市
        QCOMPARE(city->currentData().toString(), QStringLiteral("1401"));
        county->setFocus();
        QTest::keyClick(county, Qt::Key_Down); // 小店区
        QCOMPARE(county->currentData().toString(), QStringLiteral("140105"));
        typeInto(&window, QStringLiteral("domicile"), QStringLiteral("太原市小店区长治路108号"));
        typeInto(&window, QStringLiteral("capital"), QStringLiteral("100"));
        typeInto(&window, QStringLiteral("businessScope"), QStringLiteral("日用百货销售；办公用品销售"));
        typeInto(&window, QStringLiteral("entityPhone"), QStringLiteral("0351-7654321"));
        typeInto(&window, QStringLiteral("postalCode"), QStringLiteral("030006"));

        const QString repId = ui::DemoData::residentId(QStringLiteral("140105"), QDate(1980, 5, 17), 123);
        const QString partnerId = ui::DemoData::residentId(QStringLiteral("140106"), QDate(1986, 9, 2), 244);
        typeInto(&window, QStringLiteral("legalRepName"), QStringLiteral("赵志强"));
        typeInto(&window, QStringLiteral("legalRepId"), repId);
        typeInto(&window, QStringLiteral("legalRepPhone"), QStringLiteral("13903511234"));
        typeInto(&window, QStringLiteral("legalRepPosition"), QStringLiteral("执行董事"));

        ui::InvestorsEditor *investors = window.formWidget()->investorsEditor();
        QCOMPARE(investors->rowCount(), 1);
        QTest::mouseClick(investors->addButton(), Qt::LeftButton);
        QCOMPARE(investors->rowCount(), 2);
        typeInto(&window, QStringLiteral("investorName0"), QStringLiteral("赵志强"));
        typeInto(&window, QStringLiteral("investorId0"), repId);
        typeInto(&window, QStringLiteral("investorAmount0"), QStringLiteral("60"));
        typeInto(&window, QStringLiteral("investorName1"), QStringLiteral("钱晓红"));
        typeInto(&window, QStringLiteral("investorId1"), partnerId);
        typeInto(&window, QStringLiteral("investorAmount1"), QStringLiteral("30"));
        // 60 + 30 is not the capital of 100: the form says so and Accept stays off.
        QVERIFY(!window.formWidget()->isComplete());
        QLineEdit *amount1 = child<QLineEdit>(&window, QStringLiteral("investorAmount1"));
        amount1->selectAll();
        QTest::keyClicks(amount1, QStringLiteral("40"));

        // A supervisor among the key personnel; a wrong ID first, then the right one.
        QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("addKeyPerson")), Qt::LeftButton);
        typeInto(&window, QStringLiteral("keyPersonName0"), QStringLiteral("钱晓红"));
        typeInto(&window, QStringLiteral("keyPersonId0"), partnerId.left(17) + QStringLiteral("0"));
        QVERIFY(std::any_of(window.formWidget()->issues().cbegin(), window.formWidget()->issues().cend(),
                            [](const core::FieldIssue &i) { return i.field == u"personnel[0].idNumber"; }));
        QLineEdit *keyId = child<QLineEdit>(&window, QStringLiteral("keyPersonId0"));
        keyId->selectAll();
        typeText(keyId, partnerId);
        QComboBox *position = child<QComboBox>(&window, QStringLiteral("keyPersonPosition0"));
        position->setCurrentText(QStringLiteral("监事"));

        if (QWidget *liaison = window.findChild<QWidget *>(QStringLiteral("liaisonName"));
            liaison && liaison->isVisible()) {
            typeInto(&window, QStringLiteral("liaisonName"), QStringLiteral("钱晓红"));
            typeInto(&window, QStringLiteral("liaisonPhone"), QStringLiteral("13803510000"));
        }
        if (QWidget *finance = window.findChild<QWidget *>(QStringLiteral("financeName"));
            finance && finance->isVisible()) {
            typeInto(&window, QStringLiteral("financeName"), QStringLiteral("孙丽"));
            typeInto(&window, QStringLiteral("financePhone"), QStringLiteral("13603510000"));
        }
        QVERIFY2(window.formWidget()->issues().isEmpty(),
                 qPrintable(window.formWidget()->issues().isEmpty()
                                ? QString()
                                : window.formWidget()->issues().first().field + QLatin1Char(' ') +
                                      window.formWidget()->issues().first().message));

        // Materials: every required item seen in the original.
        ui::MaterialsChecklist *materials = window.formWidget()->materialsChecklist();
        QVERIFY(materials->count() > 0);
        QVERIFY(!window.action(core::CaseAction::Accept)->isEnabled());
        for (int i = 0; i < materials->count(); ++i) {
            QComboBox *status = materials->statusBox(i);
            status->setFocus();
            QTest::keyClick(status, Qt::Key_Down);
            QCOMPARE(status->currentData().toInt(), int(core::MaterialStatus::OriginalSeen));
        }
        QTRY_VERIFY(window.action(core::CaseAction::Accept)->isEnabled());

        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::Accepted);
        const core::CaseRecord accepted = window.currentCase();
        QVERIFY(accepted.receiptNumber.startsWith(QStringLiteral("140105-")));
        QVERIFY(accepted.receiptNumber.contains(QStringLiteral("-W07-")));
        QCOMPARE(accepted.acceptedBy, QStringLiteral("clerk01"));

        // Stored: the case accepted, exactly one outbox event, its audit entries, a chain that verifies.
        const std::optional<core::CaseRecord> stored = m_wb->cases.find(accepted.id);
        QVERIFY(stored);
        QCOMPARE(stored->state, core::CaseState::Accepted);
        QCOMPARE(stored->form.investors.size(), 2);
        QCOMPARE(stored->form.capital, 100 * 10000);
        QCOMPARE(stored->form.personnel.size(), 1);
        QCOMPARE(stored->form.personnel.first().position, QStringLiteral("监事"));
        QCOMPARE(m_wb->outbox.count(), 1);
        const QList<core::DomainEvent> events = m_wb->outbox.pending(10);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type, QStringLiteral("case.accepted"));
        QCOMPARE(events.first().caseId, accepted.id);
        const QList<storage::AuditEntry> audit = m_wb->audit.forCase(accepted.id);
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.last().action, QStringLiteral("case.accepted"));
        QCOMPARE(audit.last().actor, QStringLiteral("clerk01"));
        QVERIFY(m_wb->audit.verify().ok());

        // The acceptance notice was written and can be printed.
        QVERIFY(QFile::exists(window.lastNoticePath()));
        QVERIFY(window.formWidget()->isReadOnly());
        QVERIFY(!window.action(core::CaseAction::Accept)->isEnabled());
        m_acceptedId = accepted.id;
    }

    void twoCharacterSearchFindsTheCase()
    {
        QVERIFY(!m_acceptedId.isEmpty());
        ui::MainWindow window(*m_wb, m_account);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.searchEdit()->hasFocus());
        typeText(window.searchEdit(), QStringLiteral("晋瑶"));
        QTableView *view = window.caseView();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        bool found = false;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(Qt::UserRole + 1).toString() == m_acceptedId) {
                found = true;
                view->setFocus();
                view->setCurrentIndex(view->model()->index(row, 1));
                QTest::keyClick(view, Qt::Key_Return);
            }
        }
        QVERIFY(found);
        QTRY_COMPARE(window.currentCase().id, m_acceptedId);
    }

    void certificateExpiryIsAnnouncedAMonthAhead_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("note");
        QTest::newRow("two months") << qint64(60) * 86400 << QString();
        QTest::newRow("31 days") << qint64(31) * 86400 << QString();
        QTest::newRow("30 days") << qint64(30) * 86400 << QStringLiteral("expires in 30 day(s)");
        QTest::newRow("a day and a bit") << qint64(86400 + 3600) << QStringLiteral("expires in 2 day(s)");
        QTest::newRow("an hour") << qint64(3600) << QStringLiteral("expires in 1 day(s)");
        QTest::newRow("expired") << qint64(-60) << QStringLiteral("has expired");
    }

    void certificateExpiryIsAnnouncedAMonthAhead()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, note);
        const QDateTime now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        const QString text = ui::MainWindow::certificateExpiryNote(now.addSecs(secondsLeft), now);
        if (note.isEmpty())
            QVERIFY2(text.isEmpty(), qPrintable(text));
        else
            QVERIFY2(text.contains(note), qPrintable(text));
        QVERIFY(ui::MainWindow::certificateExpiryNote(QDateTime(), now).isEmpty()); // no certificate
    }

    void openConflictIsShownOnTheCase()
    {
        QVERIFY(!m_acceptedId.isEmpty());
        const auto accepted = m_wb->cases.find(m_acceptedId);
        QVERIFY(accepted);
        ui::MainWindow window(*m_wb, m_account);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(m_acceptedId);
        auto *header = child<QLabel>(&window, QStringLiteral("caseHeader"));
        QVERIFY(!header->text().contains(QStringLiteral("Open conflict")));

        // The exchange answered this case's change with "conflict".
        storage::SyncConflict conflict;
        conflict.caseId = m_acceptedId;
        conflict.kind = storage::ConflictKind::PullConflict;
        conflict.localCase = accepted->toJson();
        core::CaseRecord remote = *accepted;
        remote.version += 1;
        conflict.remoteCase = remote.toJson();
        conflict.errorCode = QStringLiteral("case.changed_elsewhere");
        qint64 id = 0;
        QVERIFY(m_wb->db->transaction([&]() -> ow::Result<void> {
            QSqlDatabase connection = m_wb->db->connection();
            auto recorded = storage::ConflictStore::record(connection, conflict);
            if (!recorded)
                return recorded.error();
            id = recorded.value();
            return {};
        }));
        window.newCase(); // and back: the case is read again
        window.openCase(m_acceptedId);
        QVERIFY2(header->text().contains(QStringLiteral("Open conflict")), qPrintable(header->text()));
        // Ctrl+Shift+N opens the conflicts, with the keyboard in their list, even from a field.
        auto *dock = child<QDockWidget>(&window, QStringLiteral("conflictsDock"));
        dock->hide();
        QApplication::setActiveWindow(&window);
        QLineEdit *field = window.searchEdit();
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dock->isVisible());
        QTRY_VERIFY(dock->isAncestorOf(QApplication::focusWidget()));

        // Once a supervisor has decided, the warning goes.
        QVERIFY(storage::ConflictStore(m_wb->db).resolve(id, QStringLiteral("super01"),
                                                         QStringLiteral("checked")));
        QCOMPARE(storage::ConflictStore(m_wb->db).openCountFor(m_acceptedId), 0);
        window.newCase();
        window.openCase(m_acceptedId);
        QVERIFY2(!header->text().contains(QStringLiteral("Open conflict")), qPrintable(header->text()));
    }

    void supervisorTakesAndApprovesWithFourEyes()
    {
        QVERIFY(!m_acceptedId.isEmpty());
        storage::LocalAccount supervisor;
        supervisor.userId = QStringLiteral("super01");
        supervisor.displayName = QStringLiteral("王建国");
        supervisor.role = core::Role::Supervisor;

        // A case the supervisor accepted personally: they may not approve it.
        QRandomGenerator random(3);
        core::CaseRecord own;
        own.form = ui::DemoData::sampleLimitedCompany(random);
        own.form.authorityDivision = QStringLiteral("140105");
        own.materials = core::OneFormValidator::checklistFor(
            *core::EntityTypeCatalog::instance().find(own.form.entityTypeId));
        for (core::MaterialItem &m : own.materials) {
            m.status = core::MaterialStatus::CopyKept;
        }
        core::TransitionRequest accept;
        accept.action = core::CaseAction::Accept;
        accept.actor = {supervisor.userId, core::Role::Supervisor, QStringLiteral("W07")};
        const ow::Result<core::CaseRecord> ownAccepted = m_wb->cases.perform(own, accept);
        QVERIFY2(ownAccepted.ok(), ownAccepted.ok() ? "" : qPrintable(ownAccepted.error().message));

        ui::MainWindow window(*m_wb, supervisor);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.openCase(ownAccepted.value().id);
        QVERIFY(window.action(core::CaseAction::TakeForReview)->isEnabled());
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::UnderReview);
        // 核准 says why where the supervisor looks: in the header, its tooltip and when its key is pressed.
        QAction *approve = window.action(core::CaseAction::Approve);
        QVERIFY(approve->isVisible());
        const QString fourEyes = core::CaseWorkflow::fourEyesRule();
        QCOMPARE(approve->toolTip(), fourEyes);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("caseHeader"))
                    ->text()
                    .contains(fourEyes.toHtmlEscaped()));
        QString told;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                told = box->text();
                box->accept();
            }
        });
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(told, fourEyes);
        QCOMPARE(window.currentCase().state, core::CaseState::UnderReview);
        window.activateWindow(); // back from the message box
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The clerk's case: taken, locked to this supervisor, approved.
        window.openCase(m_acceptedId);
        QCOMPARE(window.currentCase().state, core::CaseState::Accepted);
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::UnderReview);
        QCOMPARE(window.currentCase().reviewer, QStringLiteral("super01"));
        QVERIFY(window.action(core::CaseAction::Approve)->isEnabled());
        QVERIFY(window.action(core::CaseAction::Approve)->property("whyNot").toString().isEmpty());
        // Approving is a decision: it asks for the review comment (an empty one is not taken), then
        // prints the notice of approval.
        bool emptyRefused = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::ReasonDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(
                dialog->windowTitle().contains(core::CaseWorkflow::actionLabel(core::CaseAction::Approve)));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            emptyRefused = !ok->isEnabled();
            test::typeText(dialog->editor(), QStringLiteral("材料齐全，符合法定条件"));
            ok->click();
        });
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::Approved);
        QVERIFY(emptyRefused);
        QCOMPARE(window.currentCase().lastReason, QStringLiteral("材料齐全，符合法定条件"));
        QVERIFY(window.lastNoticePath().endsWith(QStringLiteral("-approval.pdf")));
        QVERIFY(QFile::exists(window.lastNoticePath()));
        QCOMPARE(m_wb->cases.find(m_acceptedId)->state, core::CaseState::Approved);
        const QList<storage::AuditEntry> audit = m_wb->audit.forCase(m_acceptedId);
        QCOMPARE(audit.last().action, QStringLiteral("case.approved"));
        QCOMPARE(audit.last().actor, QStringLiteral("super01"));
        QVERIFY(m_wb->audit.verify().ok());
    }

    void correctionListsEveryMissingItemAtOnce()
    {
        // A complete form with two required materials missing, saved as a draft.
        QRandomGenerator random(11);
        core::CaseRecord draft;
        draft.form = ui::DemoData::sampleLimitedCompany(random);
        draft.form.authorityDivision = QStringLiteral("140105");
        draft.materials = core::OneFormValidator::checklistFor(
            *core::EntityTypeCatalog::instance().find(draft.form.entityTypeId));
        QVERIFY(draft.materials.size() >= 3);
        for (int i = 2; i < draft.materials.size(); ++i) {
            draft.materials[i].status = core::MaterialStatus::OriginalSeen;
        }
        const QStringList missing{draft.materials.at(0).title, draft.materials.at(1).title};
        core::TransitionRequest save;
        save.action = core::CaseAction::SaveDraft;
        save.actor = {m_account.userId, core::Role::Clerk, QStringLiteral("W07")};
        const ow::Result<core::CaseRecord> saved = m_wb->cases.perform(draft, save);
        QVERIFY(saved.ok());
        const int outboxBefore = m_wb->outbox.count();

        ui::MainWindow window(*m_wb, m_account);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(saved.value().id);
        QVERIFY(!window.action(core::CaseAction::Accept)->isEnabled());
        QVERIFY(window.action(core::CaseAction::RequestCorrection)->isEnabled());

        QString prefilled;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason"));
            QVERIFY(text);
            prefilled = text->toPlainText();
            dialog->accept();
        });
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::CorrectionRequired);
        for (const QString &title : missing) {
            QVERIFY2(prefilled.contains(title), qPrintable(prefilled));
        }
        QCOMPARE(m_wb->outbox.count(), outboxBefore + 1);
        QVERIFY(window.lastNoticePath().endsWith(QStringLiteral("-correction.pdf")));
        QVERIFY(QFile::exists(window.lastNoticePath()));
        const QStringList notice = licence::NoticeRenderer::lines(licence::NoticeData::fromCase(
            window.currentCase(), licence::NoticeKind::Correction,
            QStringLiteral("太原市小店区市场监督管理局"), m_account.displayName, QDate::currentDate()));
        for (const QString &title : missing) {
            // Listed once: the clerk's prefilled reason repeats the item, the notice does not.
            QCOMPARE(notice.join(QLatin1Char('\n')).count(title), 1);
        }
    }

    // Issue 8: the editors take their lengths from core::Limits; a pasted reason over it is
    // said so and cannot be given.
    void editorsAndReasonKeepToTheLimits()
    {
        ui::MainWindow window(*m_wb, m_account);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const auto &[name, path] :
             {std::pair{"domicile", "entity.domicile"}, std::pair{"legalRepId", "legalRep.idNumber"},
              std::pair{"legalRepPosition", "legalRep.position"}}) {
            auto *edit = child<QLineEdit>(&window, QLatin1String(name));
            QVERIFY2(edit, name);
            QCOMPARE(edit->maxLength(), core::Limits::maxLength(QLatin1String(path)));
        }
        const int max = core::Limits::maxLength(core::LimitScope::Case, "lastReason");
        ui::ReasonDialog dialog(QStringLiteral("Refuse"), QStringLiteral("Why?"), QString(max + 1, u'因'));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *tooLong = dialog.findChild<QLabel *>(QStringLiteral("reasonTooLong"));
        QVERIFY(tooLong && !ok->isEnabled());
        QVERIFY(tooLong->text().contains(QString::number(max)));
        dialog.editor()->setPlainText(QString(max, u'因'));
        QVERIFY(ok->isEnabled());
        QVERIFY(tooLong->text().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::AppSettings> m_settings;
    std::unique_ptr<ui::Workbench> m_wb;
    storage::LocalAccount m_account;
    QString m_acceptedId;
};

QTEST_MAIN(TestGuiCounter)
#include "test_gui_counter.moc"
