// Issue 12 §3, the supervisors' statistics at the counter, through the real window: a supervisor
// signs in with the keyboard, opens the statistics with Ctrl+Shift+S, goes from days to weeks with
// Alt+B and the arrow key, reads the charts' series, picks an entity type with Alt+Y, exports the
// registrations as CSV and XLSX and prints them to a PDF with the panel's buttons, each pressed from
// the keyboard. A clerk has no such action.
#include "core/OneFormValidator.h"
#include "security/PasswordHash.h"
#include "storage/CaseStatistics.h"
#include "support/CaseForms.h"
#include "support/OfflineCounter.h"
#include "ui/common/LoginDialog.h"
#include "ui/counter/MainWindow.h"
#include "ui/review/StatisticsView.h"
#include "workbench/AppSettings.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"Review#2026"_s;

storage::LocalAccount account(const QString &id, const QString &name, core::Role role)
{
    return test::localAccount(id, name, role, Password);
}

template <typename Series> Series *seriesOf(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *typed = qobject_cast<Series *>(s))
            return typed;
    }
    return nullptr;
}

} // namespace

class TestGuiStatistics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ui::AppSettings> m_settings;
    std::unique_ptr<ui::Workbench> m_wb;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<ui::MainWindow> m_window;
    QPointer<ui::StatisticsView> m_view;

    core::CaseRecord act(const core::CaseRecord &record, core::CaseAction action, int daysAgo,
                         const QStringList &codes = {})
    {
        core::TransitionRequest r;
        r.action = action;
        r.actor = {u"clerk01"_s, core::Role::Clerk, u"W07"_s};
        r.at = m_now.addDays(-daysAgo);
        r.reasonCodes = codes;
        if (action == core::CaseAction::Refuse || action == core::CaseAction::RequestCorrection)
            r.reason = u"见通知书"_s;
        auto done = m_wb->cases.perform(record, r);
        if (!done)
            qWarning() << done.error().code << done.error().message;
        return done ? done.value() : core::CaseRecord{};
    }

    core::CaseRecord draft(int n, int daysAgo)
    {
        core::CaseRecord record;
        record.form = test::forms::limitedCompany(n);
        record.materials = test::forms::completeMaterials();
        return act(record, core::CaseAction::SaveDraft, daysAgo);
    }

    bool online(int n, int daysAgo)
    {
        core::CaseRecord record;
        record.form = test::forms::limitedCompany(n);
        record.materials = test::forms::completeMaterials();
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.version = 1;
        record.state = core::CaseState::Submitted;
        record.origin = core::CaseOrigin::Online;
        record.createdAt = record.updatedAt = m_now.addDays(-daysAgo);
        return m_wb->db
            ->transaction([&]() -> Result<void> {
                QSqlDatabase c = m_wb->db->connection();
                auto outcome = m_wb->cases.applyRemote(c, record);
                return outcome ? Result<void>() : Result<void>(outcome.error());
            })
            .ok();
    }

    ui::StatisticsView *openStatistics(ui::MainWindow &window)
    {
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        ui::StatisticsView *view = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (view = window.findChild<ui::StatisticsView *>()) && view->isVisible(); }))
            return nullptr;
        return QTest::qWaitFor([&] { return QApplication::activeWindow() == view; }) ? view : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::OfflineCounter counter = test::openOfflineCounter(m_dir.path(), u"W07"_s);
        QVERIFY2(counter.wb, qPrintable(counter.error));
        m_settings = std::move(counter.settings);
        m_wb = std::move(counter.wb);
        QVERIFY(m_wb->accounts.upsert(account(u"super01"_s, u"王建国"_s, core::Role::Supervisor)).ok());
        QVERIFY(m_wb->accounts.upsert(account(u"clerk01"_s, u"张丽"_s, core::Role::Clerk)).ok());

        // Within the last 30 days: three accepted, one refused with two standard reasons, one asked
        // for corrections, an online application waiting; a draft, which does not count.
        act(draft(1, 2), core::CaseAction::Accept, 2);
        act(draft(2, 3), core::CaseAction::Accept, 3);
        act(draft(3, 10), core::CaseAction::Accept, 10);
        act(draft(4, 4), core::CaseAction::Refuse, 4, {u"R01"_s, u"R04"_s});
        act(draft(5, 5), core::CaseAction::RequestCorrection, 5, {u"B01"_s});
        draft(6, 1);
        QVERIFY(online(7, 6));
    }

    void clerkHasNoStatistics()
    {
        ui::MainWindow window(*m_wb, account(u"clerk01"_s, u"张丽"_s, core::Role::Clerk));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(u"statisticsAction"_s);
        QVERIFY(action);
        QVERIFY(!action->isVisible());
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(50);
        QVERIFY(!window.findChild<ui::StatisticsView *>());
    }

    void supervisorSignsInAndOpensByShortcut()
    {
        ui::LoginDialog login(m_wb->accounts, u"W07"_s, QString());
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        QTest::keyClicks(login.userEdit(), u"super01"_s);
        QTest::keyClicks(login.passwordEdit(), Password);
        QTest::keyClick(login.passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY(!login.isVisible());
        QCOMPARE(login.account().role, core::Role::Supervisor);

        m_window = std::make_unique<ui::MainWindow>(*m_wb, login.account());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = openStatistics(*m_window);
        QVERIFY(m_view);
        QCOMPARE(m_view->report().buckets.size(), 30); // the last 30 days, by day
        QCOMPARE(m_view->report().counter, 5);
        QCOMPARE(m_view->report().online, 1);
        QVERIFY2(m_view->summaryLabel()->text().contains(u'6'), qPrintable(m_view->summaryLabel()->text()));
    }

    void byWeekFromTheKeyboard()
    {
        QVERIFY(m_view);
        // Alt+B: the granularity; Down: by week.
        QTest::keyClick(m_view, Qt::Key_B, Qt::AltModifier);
        QTRY_VERIFY(m_view->granularityBox()->hasFocus());
        QTest::keyClick(m_view->granularityBox(), Qt::Key_Down);
        QCOMPARE(m_view->filter().granularity, core::Granularity::Week);
        const QList<QDate> weeks = m_view->report().buckets;
        QVERIFY(weeks.size() >= 5 && weeks.size() <= 6);

        auto *bars = seriesOf<QStackedBarSeries>(m_view->panel(ui::Figure::Registrations)->chart());
        QVERIFY(bars);
        QCOMPARE(bars->count(), int(core::Statistics::outcomes().size()));
        QMap<QString, int> byOutcome;
        for (QBarSet *set : bars->barSets()) {
            QCOMPARE(set->count(), int(weeks.size()));
            for (int i = 0; i < set->count(); ++i)
                byOutcome[set->label()] += int(set->at(i));
        }
        QCOMPARE(byOutcome.value(core::Statistics::outcomeLabel(core::Outcome::Pending)), 4);
        QCOMPARE(byOutcome.value(core::Statistics::outcomeLabel(core::Outcome::Refused)), 1);
        QCOMPARE(byOutcome.value(core::Statistics::outcomeLabel(core::Outcome::Correction)), 1);
        auto *pie = seriesOf<QPieSeries>(m_view->panel(ui::Figure::Channels)->chart());
        QVERIFY(pie);
        QCOMPARE(pie->slices().size(), 2);
        QCOMPARE(int(pie->slices().at(0)->value()), 1);
        QCOMPARE(int(pie->slices().at(1)->value()), 5);
        QCOMPARE(m_view->report().reasons.size(), 3);
    }

    void entityTypeFromTheKeyboard()
    {
        QVERIFY(m_view);
        // Alt+Y: the entity type; Down until the forms' type.
        QTest::keyClick(m_view, Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY(m_view->typeBox()->hasFocus());
        const int index = m_view->typeBox()->findData(test::forms::limitedCompany(1).entityTypeId);
        QVERIFY(index > 0);
        while (m_view->typeBox()->currentIndex() < index)
            QTest::keyClick(m_view->typeBox(), Qt::Key_Down);
        QCOMPARE(m_view->filter().entityType, test::forms::limitedCompany(1).entityTypeId);
        QCOMPARE(m_view->report().counter + m_view->report().online, 6);
    }

    void exportsAndPrintsFromTheKeyboard()
    {
        QVERIFY(m_view);
        QString asked;
        m_view->setChoosers(
            [&](const QString &suggested, const QString &) {
                asked = suggested;
                return m_dir.filePath(suggested);
            },
            [&](QPrinter &printer) {
                printer.setOutputFormat(QPrinter::PdfFormat);
                printer.setOutputFileName(m_dir.filePath(u"statistics.pdf"_s));
                return true;
            });
        ui::FigurePanel *panel = m_view->panel(ui::Figure::Registrations);
        panel->csvButton()->setFocus();
        QTest::keyClick(panel->csvButton(), Qt::Key_Space);
        QVERIFY2(asked.startsWith(u"statistics-registrations-"_s) && asked.endsWith(u".csv"_s),
                 qPrintable(asked));
        QFile csv(m_dir.filePath(asked));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 ui::StatisticsTables::table(ui::Figure::Registrations, m_view->report()).headers.join(u','));
        int total = 0;
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = line.split(u',');
            QCOMPARE(fields.size(), 4);
            QCOMPARE(fields[1], ui::StatisticsTables::typeName(test::forms::limitedCompany(1).entityTypeId));
            total += fields[3].toInt();
        }
        QCOMPARE(total, 6);

        panel->xlsxButton()->setFocus();
        QTest::keyClick(panel->xlsxButton(), Qt::Key_Space);
        QVERIFY(asked.endsWith(u".xlsx"_s));
        QFile xlsx(m_dir.filePath(asked));
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QVERIFY(xlsx.read(4) == QByteArray("PK\x03\x04", 4));

        panel->printButton()->setFocus();
        QTest::keyClick(panel->printButton(), Qt::Key_Space);
        QFile pdf(m_dir.filePath(u"statistics.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void escapeCloses()
    {
        QVERIFY(m_view);
        QTest::keyClick(m_view, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<ui::StatisticsView *>());
        m_view = nullptr;
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestGuiStatistics)
#include "test_gui_statistics.moc"
