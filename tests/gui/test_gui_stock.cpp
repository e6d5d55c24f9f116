// Issue 10 §3 through the real window and the real exchange: licences on numbered blank stock. The
// office's batches reach the counter with the sync; printing the licence asks the sheets' numbers
// (pre-filled with the next unused ones), prints to a PDF with the numbers on the sheets and records
// them; the clerk reprints the original on a new sheet (the old one voided with the reason) and voids
// the duplicate; the case's sheets show all of it, and the exchange recorded every sheet on the licence.
#include "core/BlankStock.h"
#include "exchange/ExchangeStore.h"
#include "exchange/StockAdmin.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"
#include "support/GuiTyping.h"
#include "ui/common/ReasonDialog.h"
#include "ui/counter/LicenceStockPrinter.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/NoticeViewer.h"
#include "ui/counter/SheetLedgerDialog.h"
#include "ui/counter/SheetNumbersDialog.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = test::ExchangeFixture;

class TestGuiStock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Fixture m_exchange;
    test::CounterCases m_cases{20261205};
    QString m_pdf; // where the next print goes

    Fixture::Reply push(const QString &workstation, const QString &user,
                        const QList<core::DomainEvent> &events)
    {
        QJsonArray list;
        for (const core::DomainEvent &e : events)
            list.append(e.toJson());
        return m_exchange.request(m_exchange.sslFor(workstation), protocol::Endpoint::Events,
                                  {{u"events"_s, list}}, m_exchange.signIn(workstation, user));
    }

    static core::DomainEvent bySupervisor(core::CaseRecord &record, core::CaseAction action,
                                          const QString &reason = {})
    {
        core::TransitionRequest request;
        request.actor = {u"super01"_s, core::Role::Supervisor, u"W02"_s};
        request.action = action;
        request.reason = reason;
        request.at = QDateTime::currentDateTimeUtc();
        const auto event = core::CaseWorkflow::apply(record, request);
        return event ? event.value() : core::DomainEvent{};
    }

    // Runs `act` on the next modal dialog of type D once it is shown (polled: the dialog opens inside
    // the key press or click that the test makes next).
    template <typename D> void whenShown(std::function<void(D *)> act)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, act] {
            if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                act(dialog);
            }
        });
        timer->start();
    }

    static void okWith(ui::SheetNumbersDialog *dialog, const QStringList &numbers = {})
    {
        for (int i = 0; i < numbers.size(); ++i) {
            dialog->numberField(i)->selectAll();
            test::typeText(dialog->numberField(i), numbers.at(i));
        }
        QTest::keyClick(dialog->numberField(0), Qt::Key_Return);
    }

    static void giveReason(ui::ReasonDialog *dialog, const QString &reason)
    {
        test::typeText(dialog->editor(), reason);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    static QString pdfText(const QString &path)
    {
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {path, u"-"_s});
        pdftotext.waitForFinished(30000);
        return QString::fromUtf8(pdftotext.readAllStandardOutput());
    }

    QString sheetsAtExchange(const QString &caseId)
    {
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"stock-gui-reader"_s);
        return store ? store.value()->licences().sheets(caseId).value() : QString();
    }

    static bool allRecorded(workbench::Workbench &wb, const QString &caseId, int count)
    {
        const QList<storage::SheetEntry> entries = wb.sheets.forCase(caseId);
        return entries.size() == count && std::all_of(entries.begin(), entries.end(), [](const auto &e) {
                   return e.status == storage::SheetStatus::Recorded;
               });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        core::StockBatch original{u"XD-O-7"_s, u"140105"_s, core::SheetCopy::Original, 700001, 700100, {}};
        core::StockBatch duplicate{u"XD-D-7"_s, u"140105"_s, core::SheetCopy::Duplicate, 800001, 800100, {}};
        QVERIFY(exchange::StockAdmin::addBatch(m_exchange.dir(), original));
        QVERIFY(exchange::StockAdmin::addBatch(m_exchange.dir(), duplicate));
        ui::LicenceStockPrinter::setPrinterChooser([this](QPrinter &printer, QWidget *) {
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(m_pdf);
            return true;
        });
    }

    void aLicenceIsPrintedVoidedAndReprintedOnNumberedSheets()
    {
        core::CaseRecord record;
        QCOMPARE(push(u"W01"_s, u"clerk01"_s, {m_cases.accepted(record)}).status, 200);
        core::CaseRecord review = record;
        const core::DomainEvent take = bySupervisor(review, core::CaseAction::TakeForReview);
        const core::DomainEvent approve = bySupervisor(review, core::CaseAction::Approve, u"材料齐全"_s);
        QCOMPARE(push(u"W02"_s, u"super01"_s, {take, approve}).status, 200);

        workbench::AppSettings settings(m_dir.filePath(u"settings.ini"_s));
        settings.setWorkstationCode(u"W01"_s);
        auto opened = workbench::Workbench::open(m_dir.filePath(u"data"_s), settings);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        auto &wb = *opened.value();
        const Fixture::Workstation w01 = m_exchange.workstation(u"W01"_s);
        sync::ExchangeSettings exchange;
        exchange.url = m_exchange.url(QString());
        wb.sync->configure(exchange,
                           Fixture::sslFromPkcs12(w01.p12Path, w01.passphrase, m_exchange.caBundlePath()));
        QSignalSpy finished(wb.sync.get(), &sync::SyncEngine::syncFinished);
        wb.sync->signIn(u"clerk01"_s, Fixture::password(u"clerk01"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(wb.cases.find(record.id)->state, core::CaseState::Approved, 20000);
        QCOMPARE(wb.sheets.batches(u"140105"_s).size(), 2); // the office's batches came with the sync

        storage::LocalAccount clerk;
        clerk.userId = u"clerk01"_s;
        clerk.displayName = u"张丽"_s;
        clerk.role = core::Role::Clerk;
        ui::MainWindow window(wb, clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(record.id);
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentCase().state, core::CaseState::Published, 30000);
        QVERIFY(window.sheetsAction()->isVisible());

        // Ctrl+Shift+P, Print: the sheets' numbers first, pre-filled with the batches' first ones.
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        ui::NoticeViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = window.findChild<ui::NoticeViewer *>()) != nullptr);
        m_pdf = m_dir.filePath(u"printed.pdf"_s);
        QStringList prefilled;
        whenShown<ui::SheetNumbersDialog>([&](ui::SheetNumbersDialog *dialog) {
            prefilled << dialog->numberField(0)->text() << dialog->numberField(1)->text();
            okWith(dialog);
        });
        QTest::mouseClick(viewer->findChild<QPushButton *>(u"printNotice"_s), Qt::LeftButton);
        QCOMPARE(prefilled, QStringList({u"700001"_s, u"800001"_s}));
        QTRY_VERIFY(QFileInfo(m_pdf).size() > 0);
        const QString printed = pdfText(m_pdf);
        QVERIFY2(printed.contains(u"700001"_s) && printed.contains(u"800001"_s),
                 qPrintable(printed.left(400)));
        viewer->close();
        QList<storage::SheetEntry> sheets = wb.sheets.forCase(record.id);
        QCOMPARE(sheets.size(), 2);
        QCOMPARE(sheets.at(0).use.kind, core::SheetUseKind::Printed);
        QCOMPARE(sheets.at(0).use.serial, 700001ULL);
        QCOMPARE(sheets.at(1).use.copy, core::SheetCopy::Duplicate);
        // Sent with the sync the print started, and recorded on the licence at the exchange.
        QTRY_VERIFY_WITH_TIMEOUT(allRecorded(wb, record.id, 2), 30000);
        QCOMPARE(sheetsAtExchange(record.id), u"original 700001, duplicate 800001"_s);

        // Ctrl+Shift+N: the case's sheets. The original jammed: reprint it on the next sheet.
        QTRY_VERIFY(!window.findChild<ui::NoticeViewer *>());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        ui::SheetLedgerDialog *ledger = nullptr;
        QTRY_VERIFY((ledger = window.findChild<ui::SheetLedgerDialog *>()) != nullptr);
        QCOMPARE(ledger->table()->rowCount(), 2);
        ledger->table()->selectRow(0);
        m_pdf = m_dir.filePath(u"reprinted.pdf"_s);
        QString suggested;
        whenShown<ui::ReasonDialog>([&](ui::ReasonDialog *dialog) {
            whenShown<ui::SheetNumbersDialog>([&](ui::SheetNumbersDialog *numbers) {
                suggested = numbers->numberField(0)->text();
                okWith(numbers, {u"700003"_s}); // 700002 was spoilt too: the clerk types the one loaded
            });
            giveReason(dialog, u"卡纸"_s);
        });
        QTest::mouseClick(ledger->findChild<QPushButton *>(u"reprintSheetButton"_s), Qt::LeftButton);
        QCOMPARE(suggested, u"700002"_s);
        QTRY_VERIFY(QFileInfo(m_pdf).size() > 0);
        QVERIFY(pdfText(m_pdf).contains(u"700003"_s));

        // The duplicate is soiled: void it with the reason (Alt+V on the selected sheet).
        ledger->table()->selectRow(1);
        QVERIFY(ledger->findChild<QPushButton *>(u"voidSheetButton"_s)->isEnabled());
        whenShown<ui::ReasonDialog>([&](ui::ReasonDialog *dialog) { giveReason(dialog, u"污损"_s); });
        QTest::mouseClick(ledger->findChild<QPushButton *>(u"voidSheetButton"_s), Qt::LeftButton);

        // The ledger in the case: every sheet, its use, its reason, who.
        QTRY_COMPARE(ledger->table()->rowCount(), 5);
        QStringList rows;
        for (int r = 0; r < 5; ++r)
            rows << ledger->table()->item(r, 0)->text() + u' ' + ledger->table()->item(r, 2)->text() + u' ' +
                        ledger->table()->item(r, 3)->text();
        QCOMPARE(rows, QStringList({u"700001 printed "_s, u"800001 printed "_s, u"700001 voided 卡纸"_s,
                                    u"700003 reprinted 卡纸"_s, u"800001 voided 污损"_s}));
        QVERIFY(ledger->table()->item(4, 4)->text().startsWith(u"clerk01"_s));
        // Voided sheets cannot be voided again.
        ledger->table()->selectRow(2);
        QVERIFY(!ledger->findChild<QPushButton *>(u"voidSheetButton"_s)->isEnabled());
        QVERIFY(wb.audit.verify().ok());

        // All of it at the exchange after the sync; the exchange's licence record names the sheet left.
        QTRY_VERIFY_WITH_TIMEOUT(allRecorded(wb, record.id, 5), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(ledger->table()->item(4, 6)->text(), u"recorded"_s, 10000);
        QCOMPARE(sheetsAtExchange(record.id), u"original 700003"_s);
        const auto report = exchange::StockAdmin::report(m_exchange.dir(), u"XD-O-7"_s);
        QVERIFY(report);
        QCOMPARE(report.value().voided, 1);
        QCOMPARE(report.value().reprinted, 1);
        QCOMPARE(report.value().lines.at(1).state,
                 u"unused"_s); // 700002: never recorded, still to account for
        ledger->close();
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_MAIN(TestGuiStock)
#include "test_gui_stock.moc"
