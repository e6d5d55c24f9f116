// Licensing through the real window and the real exchange (issue 10 §2–§3): a case approved at the
// exchange reaches the counter; the clerk issues its licence (Ctrl+Shift+I); the sync brings back
// the credit code the exchange assigned and the registration authority's signature (the exchange's
// copy of the version the counter sent); the case's header shows the code, and Ctrl+Shift+P shows
// the 营业执照, 正本 and 副本, whose QR text verifies with the registry CA's certificate alone. During
// an outage, where the office allows it, the licence is issued provisional and confirmed on the sync.
#include "core/UsccCode.h"
#include "security/LicenceSeal.h"
#include "storage/ReservedSerials.h"
#include "support/CounterCases.h"
#include "support/CounterStation.h"
#include "support/ExchangeFixture.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/NoticeViewer.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = test::ExchangeFixture;

class TestGuiLicence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Fixture m_exchange;
    test::CounterCases m_cases{20261202};

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

    static core::DomainEvent byCounter(core::CaseRecord &record, core::CaseAction action, const QString &user,
                                       core::Role role, const QString &reason = {})
    {
        core::TransitionRequest request;
        request.actor = {user, role, u"W02"_s};
        request.action = action;
        request.reason = reason;
        request.at = QDateTime::currentDateTimeUtc();
        const auto event = core::CaseWorkflow::apply(record, request);
        return event ? event.value() : core::DomainEvent{};
    }

    // A counter case accepted by clerk01 at W01, then taken and approved by super01 at W02, at the
    // exchange: the case as the exchange holds it after acceptance (`record`); false if refused.
    bool approvedAtTheExchange(core::CaseRecord &record)
    {
        const auto status = [](const Fixture::Reply &reply, int i) {
            return reply.json.value(u"results").toArray().at(i).toObject().value(u"status").toString();
        };
        if (status(push(u"W01"_s, u"clerk01"_s, {m_cases.accepted(record)}), 0) != u"applied"_s)
            return false;
        core::CaseRecord review = record;
        const core::DomainEvent take =
            byCounter(review, core::CaseAction::TakeForReview, u"super01"_s, core::Role::Supervisor);
        const core::DomainEvent approve = byCounter(review, core::CaseAction::Approve, u"super01"_s,
                                                    core::Role::Supervisor, u"材料齐全，符合法定条件"_s);
        return status(push(u"W02"_s, u"super01"_s, {take, approve}), 1) == u"applied"_s;
    }

    static storage::LocalAccount clerkAccount()
    {
        storage::LocalAccount clerk;
        clerk.userId = u"clerk01"_s;
        clerk.displayName = u"张丽"_s;
        clerk.role = core::Role::Clerk;
        return clerk;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
    }

    void anIssuedLicenceComesBackCodedAndSigned()
    {
        // At the exchange: accepted by clerk01 at W01, reviewed and approved by super01 at W02.
        core::CaseRecord record;
        QVERIFY(approvedAtTheExchange(record));

        // The clerk's counter W01 gets the approved case with the sync after signing in.
        QString error;
        test::CounterStation w01 = test::openCounter(m_exchange, m_dir.path(), u"W01"_s, &error);
        QVERIFY2(w01, qPrintable(error));
        workbench::Workbench &wb = *w01.wb;
        QVERIFY(test::signInAndSync(wb, u"clerk01"_s));
        QTRY_COMPARE_WITH_TIMEOUT(wb.cases.find(record.id)->state, core::CaseState::Approved, 20000);

        ui::MainWindow window(wb, clerkAccount());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(record.id);
        QAction *issue = window.action(core::CaseAction::IssueLicence);
        QVERIFY(issue && issue->isVisible() && issue->isEnabled());
        QVERIFY(!window.licenceAction()->isVisible()); // no licence before it is issued

        // Issuing: the counter records it and sends it at once.
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::Licensed);
        QVERIFY(window.licenceAction()->isVisible());

        // The sync after the action brings back the exchange's copy: its code and its signature.
        QTRY_VERIFY_WITH_TIMEOUT(!window.currentCase().creditCode.isEmpty(), 30000);
        const core::CaseRecord licensed = window.currentCase();
        QVERIFY2(core::UsccCode::validate(licensed.creditCode).valid, qPrintable(licensed.creditCode));
        QCOMPARE(licensed.creditCode.mid(2, 6), record.form.authorityDivision);
        QVERIFY(licensed.licensedAt.isValid());
        // The exchange published what it confirmed (已公示): the case shows it, and the registered
        // enterprise is in this workstation's enterprise cache (search and the name check see it).
        QTRY_COMPARE_WITH_TIMEOUT(window.currentCase().state, core::CaseState::Published, 30000);
        const std::optional<storage::EnterpriseRecord> registered = wb.enterprises.find(licensed.creditCode);
        QVERIFY(registered);
        QCOMPARE(registered->name, record.form.proposedName);
        QCOMPARE(registered->legalRep, record.form.legalRep.name);
        QCOMPARE(registered->authorityDivision, record.form.authorityDivision);
        const auto clash =
            wb.enterprises.findNameClash(registered->name, registered->authorityDivision, {}, record.id);
        QVERIFY(clash);
        QVERIFY2(clash->reason.contains(licensed.creditCode), qPrintable(clash->reason));
        QCOMPARE(wb.sync->unsentCount(), 0);
        QCOMPARE(wb.sync->openConflictCount(), 0);
        bool shown = false;
        for (const QLabel *label : window.findChildren<QLabel *>())
            shown = shown || label->text().contains(licensed.creditCode);
        QVERIFY2(shown, "the case's header shows the credit code");
        QFile ca(m_exchange.caBundlePath());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const security::SealCheck check =
            security::LicenceSeal::verify(licensed.licenceSeal.toUtf8(), ca.readAll());
        QVERIFY2(check.isValid(), qPrintable(check.reason));
        QCOMPARE(check.essentials.creditCode, licensed.creditCode);
        QCOMPARE(check.essentials.name, record.form.proposedName);

        // Ctrl+Shift+P: the 营业执照 in the client, 正本 and 副本.
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        ui::NoticeViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = window.findChild<ui::NoticeViewer *>()) != nullptr);
        QCOMPARE(viewer->pageCount(), 2);
        QVERIFY(QFile::exists(QDir(wb.noticesDir()).filePath(record.id + u"-licence.pdf"_s)));
        viewer->close();
    }

    // Issue 10 §2–§3: where the office allows it, a licence issued while the exchange cannot be
    // reached takes a credit code reserved while online; the case's header and the licence say
    // provisional (临时) until the sync after the outage confirms it with the authority's signature.
    void aLicenceIssuedDuringAnOutageIsProvisionalUntilConfirmed()
    {
        core::CaseRecord record;
        QVERIFY(approvedAtTheExchange(record));

        QString error;
        test::CounterStation w01 =
            test::openCounter(m_exchange, m_dir.filePath(u"outage"_s), u"W01"_s, &error,
                              [](workbench::AppSettings &settings) { settings.setOfflineIssuance(true); });
        QVERIFY2(w01, qPrintable(error));
        workbench::Workbench &wb = *w01.wb;
        QVERIFY(wb.provisionalIssuer());
        QVERIFY(test::signInAndSync(wb, u"clerk01"_s));
        QTRY_COMPARE_WITH_TIMEOUT(wb.cases.find(record.id)->state, core::CaseState::Approved, 20000);
        const auto unused = [&] {
            QSqlDatabase db = wb.db->connection();
            const Result<int> n = storage::ReservedSerials::unusedCount(db);
            return n ? n.value() : -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(unused() > 0, 20000); // reserved while online
        const int reserved = unused();

        // The outage: the exchange stops; the counter finds out on its next sync.
        m_exchange.stop();
        (void)test::syncOnce(wb);
        QTRY_VERIFY_WITH_TIMEOUT(wb.sync->state() != sync::ConnectionState::Online, 20000);

        ui::MainWindow window(wb, clerkAccount());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(record.id);
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window.currentCase().state, core::CaseState::Licensed);
        const QString provisionalCode = window.currentCase().creditCode;
        QVERIFY2(core::UsccCode::validate(provisionalCode).valid, qPrintable(provisionalCode));
        QCOMPARE(unused(), reserved - 1);
        auto *header = window.findChild<QLabel *>(u"caseHeader"_s);
        QVERIFY(header);
        QVERIFY2(header->text().contains(u"Provisional"_s) && header->text().contains(provisionalCode),
                 qPrintable(header->text()));
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        ui::NoticeViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = window.findChild<ui::NoticeViewer *>()) != nullptr);
        QVERIFY2(viewer->windowTitle().contains(u"Provisional"_s), qPrintable(viewer->windowTitle()));
        viewer->close();
        delete viewer;

        // Back online: the sync confirms the licence with the code printed and the authority's seal.
        QVERIFY2(m_exchange.restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            (test::syncOnce(wb), window.currentCase().state == core::CaseState::Published), 60000);
        QCOMPARE(window.currentCase().creditCode, provisionalCode);
        QFile ca(m_exchange.caBundlePath());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const security::SealCheck check =
            security::LicenceSeal::verify(window.currentCase().licenceSeal.toUtf8(), ca.readAll());
        QCOMPARE(check.verdict, security::SealCheck::Verdict::Valid);
        QTRY_VERIFY(!header->text().contains(u"Provisional"_s));
        QCOMPARE(wb.sync->openConflictCount(), 0);
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_MAIN(TestGuiLicence)
#include "test_gui_licence.moc"
