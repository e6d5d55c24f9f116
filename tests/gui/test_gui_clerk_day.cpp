// A clerk's day at a 1366×768 counter screen (issue 9), through the real widgets: the window fits
// the screen, Tab reaches every field, messages say whose field is wrong, search opens what it
// finds, and switching user at sign-in counts no failure against the previous one.
#include "core/Authority.h"
#include "core/ReasonCatalogue.h"
#include "security/PasswordHash.h"
#include "support/CaseForms.h"
#include "support/GuiTyping.h"
#include "support/OfflineCounter.h"
#include "translations/Translations.h"
#include "ui/common/DemoData.h"
#include "ui/common/LoginDialog.h"
#include "ui/common/ReasonDialog.h"
#include "ui/counter/CaseListModel.h"
#include "ui/counter/CreditRecordDialog.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/NoticeViewer.h"
#include "ui/counter/OneFormWidget.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace ow;

namespace {

const QString Password = QStringLiteral("Counter#2026");

// The widget's rectangle in screen coordinates.
QRect globalRect(const QWidget *w)
{
    return QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
}

} // namespace

class TestGuiClerkDay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The counters' language: messages are checked as the clerk and the applicant read them.
        QCOMPARE(i18n::install(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(1366, 768)); // ow_add_test SCREEN
        test::OfflineCounter counter = test::openOfflineCounter(m_dir.path(), QStringLiteral("W07"));
        QVERIFY2(counter.wb, qPrintable(counter.error));
        m_settings = std::move(counter.settings);
        m_wb = std::move(counter.wb);
        m_clerk = test::localAccount(QStringLiteral("clerk01"), QStringLiteral("张丽"), core::Role::Clerk,
                                     Password);
        QVERIFY(m_wb->accounts.upsert(m_clerk).ok());
        QVERIFY(m_wb->enterprises.upsert(ui::DemoData::enterprises(200, 7)).ok());
    }

    // First start (nothing saved): maximised inside the screen, the status bar on screen.
    void firstStartFitsTheScreen()
    {
        m_settings->setMainWindowGeometry({});
        ui::MainWindow window(*m_wb, m_clerk);
        window.showForWork();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isMaximized());
        const QRect screen = window.screen()->availableGeometry();
        QVERIFY2(screen.contains(window.frameGeometry()), qPrintable(rectText(window.frameGeometry())));
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY2(screen.contains(globalRect(window.statusBar())),
                 qPrintable(rectText(globalRect(window.statusBar()))));
        QVERIFY2(window.minimumSizeHint().width() <= screen.width() &&
                     window.minimumSizeHint().height() <= screen.height(),
                 qPrintable(QStringLiteral("minimum %1x%2")
                                .arg(window.minimumSizeHint().width())
                                .arg(window.minimumSizeHint().height())));
    }

    // A geometry saved on a larger screen (or offset below the screen's edge) opens inside this one.
    void savedGeometryIsKeptInsideTheScreen()
    {
        {
            QWidget larger;
            larger.setGeometry(60, 120, 1480, 920);
            m_settings->setMainWindowGeometry(larger.saveGeometry());
        }
        ui::MainWindow window(*m_wb, m_clerk);
        window.showForWork();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect screen = window.screen()->availableGeometry();
        QTRY_VERIFY2(screen.contains(window.frameGeometry()), qPrintable(rectText(window.frameGeometry())));
        QVERIFY(screen.contains(globalRect(window.statusBar())));
    }

    // Every message names its section and row, on screen and in the correction request that goes
    // to the applicant ("第一处：请填写姓名。" meant the liaison's name).
    void messagesNameSectionAndRow()
    {
        core::OneForm form = test::forms::limitedCompany(1);
        form.liaison.name.clear();
        form.investors[1].idNumber[3] = QChar(form.investors[1].idNumber[3] == u'1' ? u'2' : u'1');
        ui::MainWindow window(*m_wb, m_clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.formWidget()->setContent(form, test::forms::completeMaterials());
        auto *summary = window.findChild<QLabel *>(QStringLiteral("formSummary"));
        QVERIFY(summary);
        QTRY_VERIFY2(
            summary->text().contains(QStringLiteral("第一处：投资人 2·证件号码：证件号码校验未通过")),
            qPrintable(summary->text()));

        QString prefill;
        QTimer::singleShot(0, this, [&prefill] {
            auto *dialog = qobject_cast<ui::ReasonDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            prefill = dialog->editor()->toPlainText();
            dialog->reject();
        });
        window.action(core::CaseAction::RequestCorrection)->trigger();
        const QStringList lines = prefill.split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("联络员·姓名：请填写姓名。")), qPrintable(prefill));
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [](const QString &line) {
                                 return line.startsWith(QStringLiteral("投资人 2·证件号码："));
                             }),
                 qPrintable(prefill));
    }

    // Tab from the first field visits every field of every section in reading order, the rows of
    // investors, key personnel and materials included, each scrolled into view.
    void tabReachesEveryFieldInReadingOrder()
    {
        m_settings->setMainWindowGeometry({});
        ui::MainWindow window(*m_wb, m_clerk);
        window.showForWork();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        core::OneForm form = test::forms::limitedCompany(2);
        form.personnel = {
            {QStringLiteral("赵敏"), QStringLiteral("140105198507070023"), QStringLiteral("监事")}};
        window.formWidget()->setContent(form, test::forms::completeMaterials());
        // Rows added to a shown form appear once the event loop has run (as they do for the clerk).
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("keyPersonName0"))->isVisible());
        window.formWidget()->focusFirstField();
        auto *scroll = window.formWidget()->findChild<QScrollArea *>();
        QVERIFY(scroll);

        QStringList visited;
        for (int step = 0; step < 200; ++step) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (!window.formWidget()->isAncestorOf(focus)) {
                break; // left the form
            }
            const QRect inView(focus->mapTo(scroll->viewport(), QPoint(0, 0)), focus->size());
            QVERIFY2(scroll->viewport()->rect().contains(inView),
                     qPrintable(focus->objectName() + QStringLiteral(" is out of view")));
            visited.append(focus->objectName());
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        const QStringList reading{QStringLiteral("entityType"),      QStringLiteral("entityName"),
                                  QStringLiteral("domicile"),        QStringLiteral("capital"),
                                  QStringLiteral("businessScope"),   QStringLiteral("legalRepName"),
                                  QStringLiteral("legalRepId"),      QStringLiteral("legalRepPosition"),
                                  QStringLiteral("investorName0"),   QStringLiteral("investorId0"),
                                  QStringLiteral("investorAmount0"), QStringLiteral("investorName1"),
                                  QStringLiteral("investorId1"),     QStringLiteral("investorAmount1"),
                                  QStringLiteral("addInvestor"),     QStringLiteral("keyPersonName0"),
                                  QStringLiteral("keyPersonId0"),    QStringLiteral("addKeyPerson"),
                                  QStringLiteral("liaisonName"),     QStringLiteral("liaisonPhone"),
                                  QStringLiteral("financeName"),     QStringLiteral("financePhone"),
                                  QStringLiteral("materialStatus0"), QStringLiteral("materialStatus1")};
        qsizetype at = -1;
        for (const QString &name : reading) {
            const qsizetype next = visited.indexOf(name, at + 1);
            QVERIFY2(next > at,
                     qPrintable(name + QStringLiteral(" not reached in order: ") + visited.join(u' ')));
            at = next;
        }
    }

    // Enter in the search opens the first hit at once: a registered enterprise's details, or a case.
    void searchEnterOpensTheFirstHit()
    {
        const storage::EnterpriseRecord enterprise = ui::DemoData::enterprises(200, 7).at(17);
        ui::MainWindow window(*m_wb, m_clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.searchEdit()->hasFocus());
        test::typeText(window.searchEdit(), enterprise.name);
        QTest::keyClick(window.searchEdit(), Qt::Key_Return);
        ui::CreditRecordDialog *details = nullptr;
        QTRY_VERIFY((details = window.findChild<ui::CreditRecordDialog *>()) != nullptr);
        QTRY_VERIFY(details->isVisible());
        const QString registration = details->section(core::CreditCategory::Registration)->toPlainText();
        QVERIFY2(registration.contains(enterprise.code) && registration.contains(enterprise.legalRep) &&
                     registration.contains(core::Authority::officeName(enterprise.authorityDivision)),
                 qPrintable(registration));
        details->close();

        // A case: saved as a draft, found by its name, opened by one Enter.
        window.newCase();
        core::OneForm form = test::forms::limitedCompany(3);
        window.formWidget()->setContent(form, test::forms::completeMaterials());
        QVERIFY(window.perform(core::CaseAction::SaveDraft));
        const QString savedId = window.currentCase().id;
        window.newCase();
        QVERIFY(window.currentCase().id != savedId);
        window.searchEdit()->clear();
        test::typeText(window.searchEdit(), form.proposedName);
        QTest::keyClick(window.searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(window.currentCase().id, savedId);
    }

    // The last user is filled in and the cursor is in the password field. Another clerk who types
    // their own name there counts no failure against the last user; "Another user" starts afresh.
    void switchingUserCountsNoFailure()
    {
        storage::LocalAccount supervisor;
        supervisor.userId = QStringLiteral("super01");
        supervisor.displayName = QStringLiteral("王建国");
        supervisor.role = core::Role::Supervisor;
        supervisor.verifier = security::PasswordHash::make(QStringLiteral("Review#2026"), {10, 8, 1});
        QVERIFY(m_wb->accounts.upsert(supervisor).ok());

        for (int attempt = 0; attempt < storage::AccountStore::MaxFailures + 1; ++attempt) {
            ui::LoginDialog dialog(m_wb->accounts, QStringLiteral("W07"), m_clerk.userId);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTRY_VERIFY(dialog.passwordEdit()->hasFocus());
            QVERIFY(dialog.anotherUserButton()->isVisible());
            QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("super01"));
            QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.userEdit()->text(), QStringLiteral("super01"));
            QVERIFY(dialog.passwordEdit()->text().isEmpty());
            QVERIFY(dialog.passwordEdit()->hasFocus());
            QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("super01")),
                     qPrintable(dialog.errorLabel()->text()));
        }
        // Not one failure was counted against clerk01: still not locked.
        QVERIFY(m_wb->accounts.verify(m_clerk.userId, Password).ok());

        // Alt+N: the user field empty and focused, for another name.
        ui::LoginDialog dialog(m_wb->accounts, QStringLiteral("W07"), m_clerk.userId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(dialog.userEdit()->hasFocus());
        QVERIFY(dialog.userEdit()->text().isEmpty());
        QTest::keyClicks(dialog.userEdit(), QStringLiteral("super01"));
        QTest::keyClick(dialog.userEdit(), Qt::Key_Tab);
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("Review#2026"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.account().userId, QStringLiteral("super01"));
    }

    // A blank new case offers no correction, refusal or withdrawal; an accepted case shows that it
    // is read-only, in its fields and in the line under the form.
    void actionsAndReadOnlyLookFollowTheCase()
    {
        ui::MainWindow window(*m_wb, m_clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.newCase();
        for (const core::CaseAction action :
             {core::CaseAction::RequestCorrection, core::CaseAction::Refuse, core::CaseAction::Withdraw}) {
            QVERIFY2(!window.action(action)->isEnabled() && !window.action(action)->isVisible(),
                     qPrintable(window.action(action)->text()));
        }
        auto *repName = window.findChild<QLineEdit *>(QStringLiteral("legalRepName"));
        QVERIFY(repName);
        repName->setFocus();
        test::typeText(repName, QStringLiteral("张三"));
        QTRY_VERIFY(window.action(core::CaseAction::RequestCorrection)->isEnabled());
        QVERIFY(!window.action(core::CaseAction::Withdraw)->isVisible());
        const QColor editableBase = repName->palette().color(QPalette::Base);
        QVERIFY(editableBase != repName->palette().color(QPalette::Window));

        window.formWidget()->setContent(test::forms::limitedCompany(4), test::forms::completeMaterials());
        QVERIFY(window.perform(core::CaseAction::Accept));
        QCOMPARE(window.currentCase().state, core::CaseState::Accepted);
        QVERIFY(repName->isReadOnly());
        QCOMPARE(repName->palette().color(QPalette::Base), repName->palette().color(QPalette::Window));
        const QString summary = window.findChild<QLabel *>(QStringLiteral("formSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("只读")) && summary.contains(QStringLiteral("已受理")),
                 qPrintable(summary));

        window.newCase(); // editable again
        QCOMPARE(repName->palette().color(QPalette::Base), editableBase);
    }

    // At 1366x768 the case list shows receipt no., name, state and legal representative without a
    // horizontal scroll bar (the legal representative was hidden behind one).
    void caseListShowsTheLegalRepresentative()
    {
        m_settings->setMainWindowGeometry({});
        ui::MainWindow window(*m_wb, m_clerk);
        window.showForWork();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.caseView();
        QTRY_VERIFY(view->model()->rowCount() >= 2); // the cases of the tests before
        const int rep = ui::CaseListModel::LegalRepColumn;
        QVERIFY(!view->isColumnHidden(rep));
        QTRY_VERIFY2(view->columnViewportPosition(rep) + view->columnWidth(rep) <= view->viewport()->width(),
                     qPrintable(QStringLiteral("legal representative at %1 + %2 in %3")
                                    .arg(view->columnViewportPosition(rep))
                                    .arg(view->columnWidth(rep))
                                    .arg(view->viewport()->width())));
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        QVERIFY(view->columnWidth(ui::CaseListModel::NameColumn) >= 120);
    }

    // A 迎泽区 company at the 小店区 counter: warned of on the form, and accepting asks for the reason,
    // which the case keeps; cancelling leaves the draft as it was.
    void domicileOutsideTheJurisdictionAsksForAReason()
    {
        ui::MainWindow window(*m_wb, m_clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.newCase();
        core::OneForm form = test::forms::limitedCompany(5);
        form.domicileDivision = QStringLiteral("140106");
        form.domicile = QStringLiteral("太原市迎泽区迎泽大街8号");
        window.formWidget()->setContent(form, test::forms::completeMaterials());
        auto *warning = window.findChild<QLabel *>(QStringLiteral("jurisdictionWarning"));
        QVERIFY(warning);
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("迎泽区")) &&
                     warning->text().contains(QStringLiteral("小店区市场监督管理局")),
                 qPrintable(warning->text()));
        QVERIFY(window.action(core::CaseAction::Accept)->isEnabled()); // a warning, not a problem

        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ui::ReasonDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->reject();
        });
        QVERIFY(!window.perform(core::CaseAction::Accept));
        QCOMPARE(window.currentCase().state, core::CaseState::Draft);

        const QString why = QStringLiteral("市局指定由小店区局登记");
        QTimer::singleShot(0, this, [why] {
            auto *dialog = qobject_cast<ui::ReasonDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->editor()->setPlainText(why);
            dialog->accept();
        });
        QVERIFY(window.perform(core::CaseAction::Accept));
        QCOMPARE(window.currentCase().state, core::CaseState::Accepted);
        QCOMPARE(window.currentCase().lastReason, why);
        QVERIFY(!warning->isVisible()); // read-only now

        // "Open notice PDF" shows the acceptance notice in the client, whatever the desktop has.
        QVERIFY(window.openNoticeAction()->isEnabled());
        window.openNoticeAction()->trigger();
        ui::NoticeViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = window.findChild<ui::NoticeViewer *>()) != nullptr);
        QTRY_VERIFY(viewer->isVisible());
        QCOMPARE(viewer->pageCount(), 1);
        auto *page = viewer->findChild<QLabel *>(QStringLiteral("noticePage0"));
        QVERIFY(page);
        const QSize a4 = page->pixmap().deviceIndependentSize().toSize();
        QVERIFY2(qAbs(double(a4.height()) / a4.width() - 297.0 / 210.0) < 0.02,
                 qPrintable(QStringLiteral("%1x%2").arg(a4.width()).arg(a4.height())));
        // Not blank: the notice's text is drawn in dark ink on the page.
        const QImage image = page->pixmap().toImage();
        int dark = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                dark += qGray(image.pixel(x, y)) < 96 ? 1 : 0;
            }
        }
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
        viewer->close();
    }

    // Help, in the clerk's language: the guide (F1) from the client itself, the shortcuts as the
    // window has them, About with the versions IT asks for.
    void helpMenuShowsGuideShortcutsAndVersions()
    {
        ui::MainWindow window(*m_wb, m_clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->title(), QStringLiteral("帮助(&H)"));

        QTest::keyClick(&window, Qt::Key_F1);
        QDialog *guide = nullptr;
        QTRY_VERIFY((guide = window.findChild<QDialog *>(QStringLiteral("helpGuideDialog"))) != nullptr);
        auto *browser = guide->findChild<QTextBrowser *>(QStringLiteral("helpGuide"));
        QVERIFY(browser);
        QVERIFY2(browser->toPlainText().contains(QStringLiteral("一窗受理 窗口使用指南")),
                 qPrintable(browser->toPlainText().left(200)));
        QVERIFY(browser->document()
                    ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("main-window-new-case.png")))
                    .isValid());
        guide->close();

        window.findChild<QAction *>(QStringLiteral("helpShortcuts"))->trigger();
        QTableWidget *keys = nullptr;
        QTRY_VERIFY((keys = window.findChild<QTableWidget *>(QStringLiteral("helpShortcuts"))) != nullptr);
        QStringList lines;
        for (int row = 0; row < keys->rowCount(); ++row) {
            lines.append(keys->item(row, 0)->text() + QStringLiteral(" = ") + keys->item(row, 1)->text());
        }
        const QString accept =
            window.action(core::CaseAction::Accept)->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(lines.contains(accept + QStringLiteral(" = 受理")), qPrintable(lines.join(u'\n')));
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [](const QString &l) { return l.startsWith(u"F8 = "); }),
                 qPrintable(lines.join(u'\n')));
        keys->window()->close();

        window.findChild<QAction *>(QStringLiteral("helpAbout"))->trigger();
        QMessageBox *about = nullptr;
        QTRY_VERIFY((about = window.findChild<QMessageBox *>(QStringLiteral("helpAboutDialog"))) != nullptr);
        const QString text = about->text();
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())) && text.contains(QStringLiteral("W07")) &&
                     text.contains(QStringLiteral("SQLite")) && text.contains(QStringLiteral("3.")),
                 qPrintable(text));
        about->close();
    }

    // A refusal picks the office's standard reasons (Space ticks one) and adds its own words; the
    // notice's reason prints both, and the event carries the codes that statistics count.
    void refusalPicksStandardReasons()
    {
        ui::MainWindow window(*m_wb, m_clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.newCase();
        window.formWidget()->setContent(test::forms::limitedCompany(6), test::forms::completeMaterials());
        const core::StandardReason first =
            core::ReasonCatalogue::instance().forAction(core::CaseAction::Refuse).first();
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ui::ReasonDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QListWidget *list = dialog->standardReasons();
            QVERIFY(list && list->count() >= 3);
            QTRY_VERIFY(list->hasFocus());
            QTest::keyClick(list, Qt::Key_Space); // the first, current row
            QTest::keyClick(list, Qt::Key_Tab);
            test::typeText(dialog->editor(), QStringLiteral("申请人当场确认"));
            dialog->accept();
        });
        QVERIFY(window.perform(core::CaseAction::Refuse));
        QCOMPARE(window.currentCase().state, core::CaseState::Refused);
        QCOMPARE(window.currentCase().lastReason, first.text + QStringLiteral("\n申请人当场确认"));
        const QList<core::DomainEvent> pending = m_wb->outbox.pending(1000);
        const auto refused = std::find_if(pending.cbegin(), pending.cend(), [&](const core::DomainEvent &e) {
            return e.caseId == window.currentCase().id && e.type == u"case.refused";
        });
        QVERIFY(refused != pending.cend());
        QCOMPARE(refused->payload.value(u"reasonCodes").toArray(), QJsonArray{first.code});
    }

private:
    static QString rectText(const QRect &r)
    {
        return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::AppSettings> m_settings;
    std::unique_ptr<ui::Workbench> m_wb;
    storage::LocalAccount m_clerk;
};

QTEST_MAIN(TestGuiClerkDay)
#include "test_gui_clerk_day.moc"
