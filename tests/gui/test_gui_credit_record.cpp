// Issue 11 §4, the credit record at the counter, through the real window and the real exchange:
// departments claim a licensed entity and push back a licence, a penalty, performance and other
// information; the registry lists it on the abnormal operations list twice, once removed. After its
// sync the clerk types the entity's code into the search (Ctrl+F), opens it with Enter and reads its
// credit record by category, each item with its date and source; Alt+3 goes to the penalties;
// Ctrl+P writes the credit report's PDF and shows it; Esc closes the viewer and the record.
#include "../integration/DepartmentDriver.h"
#include "core/ResidentId.h"
#include "exchange/CreditListAdmin.h"
#include "support/CounterStation.h"
#include "support/GuiTyping.h"
#include "ui/counter/CaseListModel.h"
#include "ui/counter/CreditRecordDialog.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/NoticeViewer.h"
#include "ui/counter/SearchResultsModel.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

storage::LocalAccount clerk()
{
    storage::LocalAccount a;
    a.userId = u"clerk01"_s;
    a.displayName = u"张丽"_s;
    a.role = core::Role::Clerk;
    return a;
}

core::CreditRecord pushed(core::CreditRecordKind kind, const QString &id, const QString &code,
                          const QDate &date)
{
    core::CreditRecord r;
    r.id = id;
    r.kind = kind;
    r.creditCode = code;
    r.date = date;
    return r;
}

} // namespace

class TestGuiCreditRecord : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ExchangeFixture m_exchange;
    test::DepartmentDriver m_driver{m_exchange, 20261204};
    const QDate m_today = core::ResidentId::chinaToday();
    QString m_code;

    // Two entries of the abnormal operations list about the entity: one removed, one in force.
    bool listEntity()
    {
        const QString csv =
            u"list,subject_kind,subject,subject_name,reason,authority,basis,from,removed_on,removal_reason\n"_s +
            u"abnormal,entity,%1,晋味,未按规定期限公示年度报告,太原市小店区市场监督管理局,"
            u"并小市监异〔2026〕12号,%2,%3,"
            u"已补报年度报告并公示\n"_s.arg(m_code, m_today.addDays(-60).toString(Qt::ISODate),
                                            m_today.addDays(-30).toString(Qt::ISODate)) +
            u"abnormal,entity,%1,晋味,通过登记的住所无法联系,太原市小店区市场监督管理局,并小市监异〔2026〕31号,%2,,\n"_s
                .arg(m_code, m_today.addDays(-2).toString(Qt::ISODate));
        const auto report =
            exchange::CreditListAdmin::importCsv(m_exchange.dir(), csv.toUtf8(), u"140105"_s, u"admin01"_s);
        if (report && report.value().added != 2)
            qWarning("%s", qPrintable(exchange::CreditListAdmin::reportText(report.value(), false)));
        return report && report.value().added == 2;
    }

    bool pushRecords()
    {
        core::CreditRecord licence =
            pushed(core::CreditRecordKind::Licence, u"FOOD-L-1"_s, m_code, m_today.addDays(-20));
        licence.number = u"JY11401050000007"_s;
        licence.item = u"餐饮服务"_s;
        licence.validTo = licence.date.addYears(5);
        core::CreditRecord penalty =
            pushed(core::CreditRecordKind::Penalty, u"FOOD-P-7"_s, m_code, m_today.addDays(-1));
        penalty.number = u"并市监罚〔2026〕7号"_s;
        penalty.facts = u"超出许可范围从事冷食类食品制售"_s;
        penalty.basis = u"《中华人民共和国食品安全法》第一百二十二条"_s;
        penalty.penalty = u"警告，罚款人民币一万元"_s;
        core::CreditRecord performance =
            pushed(core::CreditRecordKind::Performance, u"FOOD-F-1"_s, m_code, m_today.addDays(-10));
        performance.title = u"食品安全承诺履行良好"_s;
        performance.content = u"年度食品安全自查报告按期提交"_s;
        core::CreditRecord other =
            pushed(core::CreditRecordKind::Other, u"FOOD-O-1"_s, m_code, m_today.addDays(-5));
        other.title = u"食品安全量化分级"_s;
        other.content = u"评定为B级"_s;
        const QJsonArray records{core::CreditRecords::toJson(licence), core::CreditRecords::toJson(penalty),
                                 core::CreditRecords::toJson(performance),
                                 core::CreditRecords::toJson(other)};
        return test::DepartmentDriver::outcomes(m_driver.records(u"FOOD"_s, records)) ==
               QStringList(4, u"applied"_s);
    }

    // The clerk's way in: Ctrl+F, the code typed, Enter on the registered enterprise's hit.
    static ui::CreditRecordDialog *openBySearch(ui::MainWindow &window, const QString &code)
    {
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        if (!QTest::qWaitFor([&] { return window.searchEdit()->hasFocus(); })) {
            qWarning("Ctrl+F did not reach the search");
            return nullptr;
        }
        test::typeText(window.searchEdit(), code);
        QTableView *view = window.caseView();
        // The hits replace the case list once the search has run (as the clerk stops typing).
        const auto hits = [view] {
            return qobject_cast<ui::SearchResultsModel *>(view->model());
        };
        if (!QTest::qWaitFor([&] { return hits() && hits()->rowCount() > 0; })) {
            qWarning("no hit for %s", qPrintable(code));
            return nullptr;
        }
        int enterprise = -1;
        for (int row = 0; row < view->model()->rowCount() && enterprise < 0; ++row) {
            if (view->model()->index(row, 0).data(ui::CaseListModel::CaseIdRole).toString().isEmpty())
                enterprise = row;
        }
        if (enterprise == 0) {
            QTest::keyClick(window.searchEdit(), Qt::Key_Return);
        } else if (enterprise > 0) { // the licensed case came first: down the hits to the enterprise
            view->setFocus();
            view->setCurrentIndex(view->model()->index(enterprise, 1));
            QTest::keyClick(view, Qt::Key_Return);
        }
        ui::CreditRecordDialog *dialog = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] { return (dialog = window.findChild<ui::CreditRecordDialog *>()) != nullptr; });
        return opened ? dialog : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY(m_driver.signIn());
        QVERIFY2(m_driver.enrolTaxAndFood(&error), qPrintable(error));
        m_code = m_driver.licensed(u"餐饮服务；日用百货销售"_s);
        QVERIFY(!m_code.isEmpty());
        QCOMPARE(test::DepartmentDriver::outcomes(m_driver.claims(u"TAX"_s, {m_code})),
                 QStringList{u"applied"_s});
        QCOMPARE(test::DepartmentDriver::outcomes(m_driver.claims(u"FOOD"_s, {m_code})),
                 QStringList{u"applied"_s});
        QVERIFY(pushRecords());
        QVERIFY(listEntity());
    }

    void theClerkReadsTheCreditRecordByCategoryAndPrintsIt()
    {
        QString error;
        test::CounterStation w01 = test::openCounter(m_exchange, m_dir.path(), u"W01"_s, &error);
        QVERIFY2(w01, qPrintable(error));
        QVERIFY(test::signInAndSync(*w01.wb, u"clerk01"_s));
        QVERIFY(w01.wb->enterprises.find(m_code));

        ui::MainWindow window(*w01.wb, clerk());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::CreditRecordDialog *dialog = openBySearch(window, m_code);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The offscreen platform leaves the main window active behind a window-modal dialog; a
        // desktop's window manager activates the dialog.
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));

        const QString summary = dialog->findChild<QLabel *>(u"creditSummary"_s)->text();
        QVERIFY2(summary.contains(m_code) && summary.contains(u"经营异常名录"_s), qPrintable(summary));
        const auto text = [&](core::CreditCategory category) {
            return dialog->section(category)->toPlainText();
        };
        const QString day = [this](int back) {
            return m_today.addDays(-back).toString(Qt::ISODate);
        }(1);
        const QString basic = text(core::CreditCategory::Registration);
        QVERIFY2(basic.contains(m_code) && basic.contains(u"测试部门 TAX"_s) &&
                     basic.contains(u"测试部门 FOOD"_s) && basic.contains(u"太原市小店区市场监督管理局"_s),
                 qPrintable(basic));
        const QString licensing = text(core::CreditCategory::Licensing);
        QVERIFY2(licensing.contains(u"JY11401050000007"_s) && licensing.contains(u"餐饮服务"_s) &&
                     licensing.contains(m_today.addDays(-20).toString(Qt::ISODate)) &&
                     licensing.contains(u"测试部门 FOOD"_s),
                 qPrintable(licensing));
        const QString penalties = text(core::CreditCategory::Penalties);
        QVERIFY2(penalties.contains(u"并市监罚〔2026〕7号"_s) &&
                     penalties.contains(u"超出许可范围从事冷食类食品制售"_s) && penalties.contains(day) &&
                     penalties.contains(u"测试部门 FOOD"_s),
                 qPrintable(penalties));
        QVERIFY2(text(core::CreditCategory::Performance).contains(u"食品安全承诺履行良好"_s),
                 qPrintable(text(core::CreditCategory::Performance)));
        const QString other = text(core::CreditCategory::Other);
        QVERIFY2(other.contains(u"食品安全量化分级"_s) && other.contains(u"并小市监异〔2026〕31号"_s),
                 qPrintable(other));
        // The removed entry is there, said to be removed, with the day.
        QVERIFY2(other.contains(u"removed"_s) && other.contains(m_today.addDays(-30).toString(Qt::ISODate)) &&
                     other.contains(u"已补报年度报告并公示"_s),
                 qPrintable(other));
        QVERIFY2(!penalties.contains(u"JY11401050000007"_s), "a licence is not a penalty");

        // Alt+3: the penalties.
        QTest::keyClick(dialog, Qt::Key_3, Qt::AltModifier);
        QTRY_COMPARE(dialog->tabs()->currentIndex(), int(core::CreditCategory::Penalties));
        QVERIFY(dialog->tabs()->tabText(2).contains(u"(1)"_s));

        // Ctrl+P: the credit report's PDF, shown in the client.
        QTest::keyClick(dialog, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->lastReportPath().isEmpty());
        QFile pdf(dialog->lastReportPath());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 10000);
        QVERIFY(dialog->lastReportPath().startsWith(w01.wb->noticesDir()));
        QVERIFY(dialog->lastReportPath().contains(m_code));
        ui::NoticeViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = dialog->findChild<ui::NoticeViewer *>()) != nullptr);
        QTRY_VERIFY(viewer->isVisible());
        QVERIFY(viewer->pageCount() >= 1);
        QApplication::setActiveWindow(viewer);
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY(!viewer->isVisible());

        // Esc closes the record.
        QApplication::setActiveWindow(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(window.findChild<ui::CreditRecordDialog *>() == nullptr);
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_MAIN(TestGuiCreditRecord)
#include "test_gui_credit_record.moc"
