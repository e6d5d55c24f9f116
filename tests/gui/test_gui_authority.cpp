// The counter takes its registration authority from the exchange: a clerk of 140106 signs in at a
// counter whose local setting is 140105 (the default), and the new case, its receipt number and the
// notice are 140106's; an offline start later still knows it; the settings show it read-only.
// Against the real exchange fixture (W11 enrolled with 140106, as test_exchange_authority does).
#include "core/Authority.h"
#include "core/EntityType.h"
#include "core/OneFormValidator.h"
#include "support/ExchangeFixture.h"
#include "ui/admin/SettingsDialog.h"
#include "ui/common/DemoData.h"
#include "ui/counter/CaseActions.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QString CountyAuthority = u"140106"_s; // 迎泽区
const QString Password = u"Counter#2026-11"_s;

} // namespace

class TestGuiAuthority : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ExchangeFixture m_exchange;
    test::ExchangeFixture::Workstation m_w11;

    // A counter at W11 whose settings say nothing of the authority (the default 140105).
    std::unique_ptr<workbench::Workbench> openCounter(workbench::AppSettings &settings, bool online)
    {
        settings.setWorkstationCode(u"W11"_s);
        auto wb = workbench::Workbench::open(m_dir.filePath(u"data"_s), settings);
        if (!wb) {
            qWarning() << wb.error().message;
            return {};
        }
        if (online) {
            sync::ExchangeSettings exchange;
            exchange.url = m_exchange.url(QString());
            wb.value()->sync->configure(exchange,
                                        test::ExchangeFixture::sslFromPkcs12(m_w11.p12Path, m_w11.passphrase,
                                                                             m_exchange.caBundlePath()));
        }
        return std::move(wb.value());
    }

    // Signs in online and waits for the sync that follows.
    static bool signIn(workbench::Workbench &wb, const QString &user, const QString &password)
    {
        QSignalSpy signedIn(wb.sync.get(), &sync::SyncEngine::signedIn);
        QSignalSpy failed(wb.sync.get(), &sync::SyncEngine::signInFailed);
        QSignalSpy finished(wb.sync.get(), &sync::SyncEngine::syncFinished);
        wb.sync->signIn(user, password);
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 20000) ||
            !failed.isEmpty()) {
            qWarning() << "sign-in of" << user << "failed";
            return false;
        }
        return QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        m_w11 = m_exchange.enrol(u"W11"_s, &error, CountyAuthority);
        QVERIFY2(!m_w11.p12Path.isEmpty(), qPrintable(error));
        QVERIFY2(m_exchange.addUser(u"clerk11"_s, u"郭芳"_s, u"clerk"_s, Password, CountyAuthority, &error),
                 qPrintable(error));
        QVERIFY2(m_exchange.addUser(u"prov01"_s, u"刘省"_s, u"supervisor"_s, Password, u"140000"_s, &error),
                 qPrintable(error));
    }

    void officeNames()
    {
        QCOMPARE(core::Authority::officeName(u"140105"_s), u"太原市小店区市场监督管理局"_s);
        QCOMPARE(core::Authority::officeName(u"140100"_s), u"太原市市场监督管理局"_s);
        QCOMPARE(core::Authority::officeName(u"140000"_s), u"山西省市场监督管理局"_s);
        QVERIFY(core::Authority::officeName(u"149999"_s).isEmpty());
    }

    void sessionSaysWhichAuthority()
    {
        sync::SessionInfo county;
        county.authority = CountyAuthority;
        QCOMPARE(county.counterAuthority(), CountyAuthority);
        sync::SessionInfo provincial;
        provincial.authority = u"140000"_s;
        provincial.provincial = true;
        QVERIFY(provincial.counterAuthority().isEmpty()); // a province is no counter's authority
        provincial.workstationAuthority = CountyAuthority;
        QCOMPARE(provincial.counterAuthority(), CountyAuthority);
        sync::SessionInfo older; // an exchange that says nothing
        QVERIFY(older.counterAuthority().isEmpty());
    }

    void theExchangesAuthorityWinsAndStays()
    {
        workbench::AppSettings settings(m_dir.filePath(u"settings.ini"_s));
        QCOMPARE(settings.authorityDivision(), u"140105"_s);
        auto wb = openCounter(settings, true);
        QVERIFY(wb);
        // Never reached an exchange: the local setting.
        QCOMPARE(wb->authorityDivision(), u"140105"_s);
        QVERIFY(wb->exchangeAuthority().isEmpty());

        QVERIFY(signIn(*wb, u"clerk11"_s, Password));
        QCOMPARE(wb->sync->session().authority, CountyAuthority);
        QCOMPARE(wb->sync->session().provincial, false);
        QCOMPARE(wb->sync->session().workstationAuthority, CountyAuthority);
        QCOMPARE(wb->authorityDivision(), CountyAuthority);
        QCOMPARE(wb->authorityName(), u"太原市迎泽区市场监督管理局"_s);
        QCOMPARE(settings.authorityDivision(), u"140105"_s); // the local setting is kept, not used

        // A new case is 140106's, and so is its receipt number; the exchange takes it.
        storage::LocalAccount clerk;
        clerk.userId = u"clerk11"_s;
        clerk.displayName = u"郭芳"_s;
        clerk.role = core::Role::Clerk;
        ui::CaseActions actions(*wb, clerk);
        core::CaseRecord blank;
        blank.state = core::CaseState::Draft;
        actions.setCurrent(blank);
        QRandomGenerator random(11);
        QList<core::MaterialItem> materials;
        core::OneForm form = ui::DemoData::sampleLimitedCompany(random);
        form.domicileDivision = CountyAuthority; // domiciled in the counter's jurisdiction
        form.domicile = u"太原市迎泽区迎泽大街8号"_s;
        materials = core::OneFormValidator::checklistFor(
            *core::EntityTypeCatalog::instance().find(form.entityTypeId));
        for (core::MaterialItem &m : materials) {
            m.status = core::MaterialStatus::OriginalSeen;
        }
        const core::CaseRecord edited = actions.edited(form, materials);
        QCOMPARE(edited.form.authorityDivision, CountyAuthority);
        const auto accepted = actions.perform(edited, actions.request(core::CaseAction::Accept, {}));
        QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().message));
        QCOMPARE(accepted.value().form.authorityDivision, CountyAuthority);
        QVERIFY2(accepted.value().receiptNumber.startsWith(CountyAuthority + u"-"_s),
                 qPrintable(accepted.value().receiptNumber));

        wb->sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(wb->sync->unsentCount(), 0, 20000);
        QCOMPARE(wb->sync->openConflictCount(), 0);
    }

    void anOfflineStartStillKnowsIt()
    {
        workbench::AppSettings settings(m_dir.filePath(u"settings.ini"_s));
        auto wb = openCounter(settings, false);
        QVERIFY(wb);
        QCOMPARE(wb->exchangeAuthority(), CountyAuthority);
        QCOMPARE(wb->authorityDivision(), CountyAuthority);
        QCOMPARE(wb->cases.authorityDivision(), CountyAuthority);

        // The settings show the exchange's authority read-only, with a note; accepting them keeps
        // the local setting as it was.
        ui::SettingsDialog dialog(*wb);
        auto *division = dialog.findChild<QLineEdit *>(u"authorityDivision"_s);
        auto *note = dialog.findChild<QLabel *>(u"authorityNote"_s);
        QVERIFY(division && note);
        QCOMPARE(division->text(), CountyAuthority);
        QVERIFY(division->isReadOnly());
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(u"140105"_s));
        dialog.accept();
        QCOMPARE(settings.authorityDivision(), u"140105"_s);
    }

    void aProvincialUserKeepsTheWorkstationsAuthority()
    {
        workbench::AppSettings settings(m_dir.filePath(u"settings.ini"_s));
        auto wb = openCounter(settings, true);
        QVERIFY(wb);
        QVERIFY(signIn(*wb, u"prov01"_s, Password));
        QCOMPARE(wb->sync->session().authority, u"140000"_s);
        QCOMPARE(wb->sync->session().provincial, true);
        QCOMPARE(wb->authorityDivision(), CountyAuthority);
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_MAIN(TestGuiAuthority)
#include "test_gui_authority.moc"
