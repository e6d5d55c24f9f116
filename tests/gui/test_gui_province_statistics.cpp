// Issue 12 §3, the province's statistics in the counter's view: a provincial supervisor signed in at
// the real exchange chooses "Whole province (exchange)" with Alt+P and the arrow key and sees the
// exchange's figures (three cases of the province the exchange holds) with a busy bar while they
// come; a clerk's session is offered no such scope; once the exchange is gone the view says so.
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"
#include "ui/review/StatisticsView.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = ow::test::ExchangeFixture;

namespace {

const QString Password = u"Shanxi#2026"_s;

} // namespace

class TestGuiProvinceStatistics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Fixture m_exchange;
    test::CounterCases m_cases{20261213};

    std::unique_ptr<workbench::Workbench> counter(workbench::AppSettings &settings, const QString &user,
                                                  const QString &password)
    {
        settings.setWorkstationCode(u"W01"_s);
        auto wb = workbench::Workbench::open(m_dir.filePath(u"data-"_s + user), settings);
        if (!wb) {
            qWarning() << wb.error().message;
            return {};
        }
        const Fixture::Workstation w01 = m_exchange.workstation(u"W01"_s);
        sync::ExchangeSettings exchange;
        exchange.url = m_exchange.url(QString());
        wb.value()->sync->configure(
            exchange, Fixture::sslFromPkcs12(w01.p12Path, w01.passphrase, m_exchange.caBundlePath()));
        QSignalSpy signedIn(wb.value()->sync.get(), &sync::SyncEngine::signedIn);
        QSignalSpy failed(wb.value()->sync.get(), &sync::SyncEngine::signInFailed);
        QSignalSpy finished(wb.value()->sync.get(), &sync::SyncEngine::syncFinished);
        wb.value()->sync->signIn(user, password);
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 20000) ||
            !failed.isEmpty() || !QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000)) {
            qWarning() << "sign-in of" << user << "failed";
            return {};
        }
        return std::move(wb.value());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY2(m_exchange.addUser(u"prov01"_s, u"刘省"_s, u"supervisor"_s, Password, u"140000"_s, &error),
                 qPrintable(error));
        const QString clerk = m_exchange.signIn(u"W01"_s, u"clerk01"_s);
        QVERIFY(!clerk.isEmpty());
        for (int i = 0; i < 3; ++i) {
            core::CaseRecord record;
            const QJsonObject answer = m_exchange.pushOne(
                u"W01"_s, clerk, m_cases.accepted(record, u"clerk01"_s, u"W01"_s).toJson());
            QCOMPARE(answer.value(u"status").toString(), u"applied"_s);
        }
    }

    void aClerkIsOfferedNoProvince()
    {
        workbench::AppSettings settings(m_dir.filePath(u"clerk.ini"_s));
        auto wb = counter(settings, u"clerk01"_s, Fixture::password(u"clerk01"_s));
        QVERIFY(wb);
        QVERIFY(!ui::StatisticsView::mayReadProvince(*wb));
        ui::StatisticsView view(*wb);
        view.show();
        QVERIFY(view.scopeBox()->isHidden());
        QVERIFY(!view.provinceChosen());
    }

    void theProvincialSupervisorSeesTheProvinceThenTheExchangeIsGone()
    {
        workbench::AppSettings settings(m_dir.filePath(u"prov.ini"_s));
        auto wb = counter(settings, u"prov01"_s, Password);
        QVERIFY(wb);
        QVERIFY(ui::StatisticsView::mayReadProvince(*wb));
        ui::StatisticsView view(*wb);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QVERIFY(view.scopeBox()->isVisible());
        // The exchange's days are the registry's (UTC+8): this machine's evening is tomorrow there.
        view.toEdit()->setDate(view.toEdit()->date().addDays(1));

        QSignalSpy answered(&view, &ui::StatisticsView::provinceAnswered);
        QTest::keyClick(&view, Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(view.scopeBox()->hasFocus());
        QTest::keyClick(view.scopeBox(), Qt::Key_Down);
        QVERIFY(view.provinceChosen());
        QVERIFY(view.progressBar()->isVisible() || !answered.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);
        QCOMPARE(answered.first().first().toBool(), true);
        QVERIFY(view.progressBar()->isHidden());
        QCOMPARE(view.report().counter + view.report().online, 3);
        QVERIFY2(view.summaryLabel()->text().contains(u"whole province"_s),
                 qPrintable(view.summaryLabel()->text()));
        // The authority filter offers the province's authorities, not only this cache's.
        QVERIFY(view.authorityBox()->findData(u"140106"_s) > 0);
        QVERIFY(view.authorityBox()->findData(u"140100"_s) > 0);
        QVERIFY(view.authorityBox()->findData(u"140000"_s) > 0);

        // The exchange is gone: the view says so, and stays usable.
        m_exchange.stop();
        answered.clear();
        QTest::keyClick(view.granularityBox(), Qt::Key_Down);
        QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 40000);
        QCOMPARE(answered.first().first().toBool(), false);
        QVERIFY(view.progressBar()->isHidden());
        QVERIFY2(view.summaryLabel()->text().contains(u"exchange"_s),
                 qPrintable(view.summaryLabel()->text()));
    }
};

QTEST_MAIN(TestGuiProvinceStatistics)
#include "test_gui_province_statistics.moc"
