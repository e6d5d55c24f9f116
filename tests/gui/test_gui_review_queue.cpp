// The supervisor's review queue (issue 10 §1), through the real window at 1366×768 in zh_CN: it
// opens first for a supervisor, holds what waits for an answer sorted by the statutory clock in
// working days (the 2026 Spring Festival and its swapped Saturday in between), marks the overdue,
// names who holds a case under review, and opens the most urgent case from the keyboard.
#include "core/StatutoryClock.h"
#include "security/PasswordHash.h"
#include "support/CaseSeed.h"
#include "support/GuiTyping.h"
#include "support/OfflineCounter.h"
#include "translations/Translations.h"
#include "ui/admin/SettingsDialog.h"
#include "ui/common/ReasonDialog.h"
#include "ui/counter/CaseListModel.h"
#include "ui/counter/MainWindow.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ow;

namespace {

const QDate Today(2026, 2, 25); // a Wednesday, the second day after the Spring Festival

QDateTime at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(9, 30), Qt::LocalTime).toUTC();
}

} // namespace

class TestGuiReviewQueue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(i18n::install(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        test::OfflineCounter counter = test::openOfflineCounter(m_dir.path(), QStringLiteral("W01"));
        QVERIFY2(counter.wb, qPrintable(counter.error));
        m_settings = std::move(counter.settings);
        m_wb = std::move(counter.wb);
        m_supervisor = test::localAccount(QStringLiteral("super01"), QStringLiteral("王建国"),
                                          core::Role::Supervisor, QStringLiteral("Review#2026"));
        QVERIFY(m_wb->accounts.upsert(m_supervisor).ok());
        storage::LocalAccount other = m_supervisor;
        other.userId = QStringLiteral("super02");
        other.displayName = QStringLiteral("李审核");
        QVERIFY(m_wb->accounts.upsert(other).ok());

        m_overdue = accepted(1, at(2, 12));  // due 02-24: one working day overdue
        m_twoLeft = accepted(2, at(2, 24));  // due 02-27
        m_dueToday = accepted(3, at(2, 13)); // due 02-25, taken for review by 李审核 (from the exchange)
        core::CaseRecord held = *m_wb->cases.find(m_dueToday);
        held.state = core::CaseState::UnderReview;
        held.version += 1;
        held.reviewer = QStringLiteral("super02");
        held.reviewLockUntil = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(applyRemote(held));
        core::CaseRecord online; // arrived online 02-24: accept or ask for corrections by 03-02
        online.id = QStringLiteral("0b6a4f3e-1d2c-4e5f-8a9b-0c1d2e3f4a5b");
        online.state = core::CaseState::Submitted;
        online.origin = core::CaseOrigin::Online;
        online.version = 1;
        online.form = test::seed::form(4);
        online.materials = test::seed::materials();
        online.createdAt = at(2, 24);
        online.updatedAt = online.createdAt;
        QVERIFY(applyRemote(online));
        m_online = online.id;
        accepted(5, at(2, 10)); // then approved elsewhere: out of the queue
        core::CaseRecord draft;
        draft.form = test::seed::form(6);
        core::TransitionRequest save;
        save.action = core::CaseAction::SaveDraft;
        save.actor = test::seed::clerk();
        save.at = at(2, 24);
        QVERIFY(m_wb->cases.perform(draft, save).ok()); // a draft: no clock, not in the queue
    }

    void theQueueComesFirstSortedByTheClock()
    {
        ui::MainWindow window(*m_wb, m_supervisor);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *filter = window.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        QVERIFY(filter);
        QCOMPARE(filter->currentData().toString(), QStringLiteral("queue"));
        auto *model = qobject_cast<ui::CaseListModel *>(window.caseView()->model());
        QVERIFY(model && model->isQueue());
        model->setClocks(&m_wb->calendar(), m_wb->clocks(), [] { return Today; });

        const QStringList expected{m_overdue, m_dueToday, m_twoLeft, m_online};
        QCOMPARE(model->rowCount(), int(expected.size()));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->caseIdAt(row), expected.at(row));
        const auto clock = [&](int row, int role = Qt::DisplayRole) {
            return model->index(row, ui::CaseListModel::ClockColumn).data(role);
        };
        QCOMPARE(clock(0).toString(), QStringLiteral("逾期 1 个工作日"));
        QCOMPARE(clock(1).toString(), QStringLiteral("今日到期"));
        QCOMPARE(clock(2).toString(), QStringLiteral("剩 2 个工作日"));
        QCOMPARE(clock(3).toString(), QStringLiteral("剩 4 个工作日"));
        QCOMPARE(clock(0, Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
        QVERIFY(clock(0, Qt::FontRole).value<QFont>().bold());
        QVERIFY(clock(1, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!clock(3, Qt::ForegroundRole).isValid());
        QVERIFY2(clock(0, Qt::ToolTipRole).toString().contains(QStringLiteral("2026年2月24日")),
                 qPrintable(clock(0, Qt::ToolTipRole).toString()));
        QVERIFY(clock(3, Qt::ToolTipRole).toString().contains(QStringLiteral("2026年3月2日")));
        // Who holds the case under review, by name, and until when.
        const QString held = model->index(1, ui::CaseListModel::StateColumn).data().toString();
        QVERIFY2(held.contains(QStringLiteral("李审核")) && !held.contains(QStringLiteral("super02")),
                 qPrintable(held));
        QCOMPARE(model->overdueCount(), 1);
        QVERIFY2(filter->currentText().contains(QStringLiteral("4")) &&
                     filter->currentText().contains(QStringLiteral("1")),
                 qPrintable(filter->currentText()));
        QVERIFY(!window.caseView()->isColumnHidden(ui::CaseListModel::ClockColumn));

        // From the keyboard: the first row, Enter, and the case is open with its clock in the header.
        window.caseView()->setFocus();
        window.caseView()->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(window.caseView(), Qt::Key_Return);
        QTRY_COMPARE(window.currentCase().id, m_overdue);
        auto *header = window.findChild<QLabel *>(QStringLiteral("caseHeader"));
        QVERIFY(header);
        QVERIFY2(header->text().contains(QStringLiteral("作出决定")) ||
                     header->text().contains(QStringLiteral("核准")),
                 qPrintable(header->text()));

        // All states: the clock shows too; a draft has none.
        filter->setCurrentIndex(filter->findData(QString()));
        QVERIFY(!model->isQueue());
        // In the list's usual order again: the latest change first.
        QCOMPARE(window.caseView()->horizontalHeader()->sortIndicatorSection(),
                 int(ui::CaseListModel::UpdatedColumn));
        QCOMPARE(window.caseView()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(model->rowCount() >= 6);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->caseIdAt(row);
            const auto record = m_wb->cases.find(id);
            QVERIFY(record);
            const bool hasClock =
                record->state != core::CaseState::Draft && record->state != core::CaseState::Approved;
            QCOMPARE(!clock(row).toString().isEmpty(), hasClock);
        }
    }

    // 李审核 holds a case and is away: another supervisor frees it from the keyboard, with a reason;
    // the case is back in the queue, held by nobody.
    void aSupervisorReleasesAnotherOnesReview()
    {
        ui::MainWindow window(*m_wb, m_supervisor);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(m_dueToday);
        QCOMPARE(window.currentCase().reviewer, QStringLiteral("super02"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("caseHeader"))
                    ->text()
                    .contains(QStringLiteral("李审核")));
        QAction *release = window.action(core::CaseAction::ReleaseReview);
        QVERIFY(release && release->isEnabled());
        QString prompt;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::ReasonDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                prompt += label->text();
            test::typeText(dialog->editor(), QStringLiteral("李审核休假，改由他人审核"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::Accepted);
        QVERIFY2(prompt.contains(QStringLiteral("李审核")), qPrintable(prompt));
        const auto stored = m_wb->cases.find(m_dueToday);
        QVERIFY(stored->reviewer.isEmpty());
        QCOMPARE(stored->lastReason, QStringLiteral("李审核休假，改由他人审核"));
        auto *model = qobject_cast<ui::CaseListModel *>(window.caseView()->model());
        model->setClocks(&m_wb->calendar(), m_wb->clocks(), [] { return Today; });
        const int row = model->rowOf(m_dueToday);
        QVERIFY(row >= 0);
        // Accepted again, held by nobody (and, its people being clean, in the green channel).
        QVERIFY(model->index(row, ui::CaseListModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(core::CaseStates::label(core::CaseState::Accepted)));
        QVERIFY(!model->index(row, ui::CaseListModel::StateColumn).data().toString().contains(u"李审核"));
    }

    // A supervisor extends the decision's time limit once, with a reason: the clock moves by three
    // working days (over the swapped Saturday), and the action is not offered again.
    void theTimeLimitIsExtendedOnce()
    {
        ui::MainWindow window(*m_wb, m_supervisor);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(m_twoLeft);
        QAction *extend = window.action(core::CaseAction::ExtendDecision);
        QVERIFY(extend && extend->isEnabled() && extend->isVisible());
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::ReasonDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            test::typeText(dialog->editor(), QStringLiteral("需向规划部门核实住所"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.currentCase().decisionExtension, 3);
        QVERIFY(!window.action(core::CaseAction::ExtendDecision)->isVisible());
        QCOMPARE(m_wb->cases.find(m_twoLeft)->decisionExtension, 3); // kept in the cache
        auto *model = qobject_cast<ui::CaseListModel *>(window.caseView()->model());
        model->setClocks(&m_wb->calendar(), m_wb->clocks(), [] { return Today; });
        // Accepted 02-24: due 02-27, now 03-03 (02-28 is a working Saturday).
        const QString tip = model->index(model->rowOf(m_twoLeft), ui::CaseListModel::ClockColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(QStringLiteral("2026年3月3日")), qPrintable(tip));
        QCOMPARE(model->index(model->rowOf(m_twoLeft), ui::CaseListModel::ClockColumn).data().toString(),
                 QStringLiteral("剩 5 个工作日"));
    }

    // The office's own calendar file is a setting: a broken one is refused with what is wrong (the
    // setting unchanged), a good one is used, and the clocks count in it.
    void theOfficeChoosesItsCalendar()
    {
        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"years":[{"year":2026,"workdays":["2026-13-01"]}]})");
        broken.close();
        QString refusal;
        {
            ui::SettingsDialog dialog(*m_wb);
            auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("calendarFile"));
            QVERIFY(file && file->text().isEmpty());
            file->setText(broken.fileName());
            QTimer::singleShot(0, [&refusal] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    refusal = box->text();
                    box->accept();
                }
            });
            dialog.accept();
            QVERIFY(refusal.contains(QStringLiteral("broken.json")));
            QVERIFY2(refusal.contains(QStringLiteral("2026-13-01")), qPrintable(refusal));
            QVERIFY(m_settings->calendarFile().isEmpty());
        }
        // An office that closed on 25 and 26 February (a local holiday, say).
        QFile office(m_dir.filePath(QStringLiteral("office.json")));
        QVERIFY(office.open(QIODevice::WriteOnly));
        office.write(
            R"({"years":[{"year":2026,"holidays":[{"name":"春节","from":"2026-02-15","to":"2026-02-23"},
                     {"name":"本地假日","from":"2026-02-25","to":"2026-02-26"}],"workdays":["2026-02-14","2026-02-28"]}]})");
        office.close();
        {
            ui::SettingsDialog dialog(*m_wb);
            dialog.findChild<QLineEdit *>(QStringLiteral("calendarFile"))->setText(office.fileName());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(m_settings->calendarFile(), office.fileName());
        m_wb->reloadCalendar();
        QVERIFY(m_wb->calendarProblem().isEmpty());
        QVERIFY(!m_wb->calendar().isWorkingDay(QDate(2026, 2, 25)));
        ui::MainWindow window(*m_wb, m_supervisor);
        auto *model = qobject_cast<ui::CaseListModel *>(window.caseView()->model());
        model->setClocks(&m_wb->calendar(), m_wb->clocks(), [] { return Today; });
        // Accepted on 02-24, extended by 3: due 03-03 before, now 03-05 (02-25 and 02-26 are closed).
        const int row = model->rowOf(m_twoLeft);
        QVERIFY2(
            model->index(row, ui::CaseListModel::ClockColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("2026年3月5日")),
            qPrintable(model->index(row, ui::CaseListModel::ClockColumn).data(Qt::ToolTipRole).toString()));
        // A file that went missing since: the built-in calendar, and the settings say why.
        QVERIFY(QFile::remove(office.fileName()));
        m_wb->reloadCalendar();
        QVERIFY(m_wb->calendarProblem().contains(QStringLiteral("office.json")));
        QVERIFY(m_wb->calendar().isWorkingDay(QDate(2026, 2, 25)));
        ui::SettingsDialog dialog(*m_wb);
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("calendarNote"));
        QVERIFY(note && note->text().contains(QStringLiteral("office.json")));
        m_settings->setCalendarFile({});
        m_wb->reloadCalendar();
    }

private:
    QString accepted(int n, const QDateTime &when)
    {
        core::CaseRecord draft;
        draft.form = test::seed::form(n);
        draft.materials = test::seed::materials();
        core::TransitionRequest request;
        request.action = core::CaseAction::Accept;
        request.actor = test::seed::clerk();
        request.at = when;
        auto stored = m_wb->cases.perform(draft, request);
        if (!stored) {
            qWarning() << stored.error().message;
            return {};
        }
        if (n == 5) { // approved at the exchange since
            core::CaseRecord approved = stored.value();
            approved.state = core::CaseState::Approved;
            approved.version += 2;
            applyRemote(approved);
        }
        return stored.value().id;
    }

    bool applyRemote(const core::CaseRecord &record)
    {
        // The exchange's version of a case, as a supervisor's choice in a conflict stores it.
        auto done = m_wb->db->transaction([&]() -> Result<void> {
            QSqlDatabase connection = m_wb->db->connection();
            auto outcome = m_wb->cases.overwriteWithRemote(connection, record);
            return outcome;
        });
        return done.ok();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::AppSettings> m_settings;
    std::unique_ptr<ui::Workbench> m_wb;
    storage::LocalAccount m_supervisor;
    QString m_overdue, m_dueToday, m_twoLeft, m_online;
};

QTEST_MAIN(TestGuiReviewQueue)
#include "test_gui_review_queue.moc"
