// Issue 11 §2 at the real counter window, offscreen: the one form's parent-company field for branches,
// the name checked against the parent as cached, and a clash that says which entity and why.
#include "security/PasswordHash.h"
#include "support/GuiTyping.h"
#include "support/OfflineCounter.h"
#include "ui/counter/MainWindow.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using ow::test::child;
using ow::test::typeInto;

class TestGuiNames : public QObject
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
        m_account = test::localAccount(QStringLiteral("clerk01"), QStringLiteral("张丽"), core::Role::Clerk,
                                       QStringLiteral("Counter#2026"));
        QVERIFY(m_wb->accounts.upsert(m_account).ok());
    }

    // Issue 11 §2: a branch records its parent company's credit code (a field shown for branches only),
    // its name is checked against the parent as cached, and a clash says which entity and why.
    void branchNamesItsParentAndAClashSaysWho()
    {
        const QString code = QStringLiteral("91330100716105852F");
        storage::EnterpriseRecord parent;
        parent.code = code;
        parent.name = QStringLiteral("太原市晋祺商贸有限公司");
        parent.tradeName = QStringLiteral("晋祺");
        parent.industry = QStringLiteral("商贸");
        parent.authorityDivision = QStringLiteral("140105");
        parent.entityTypeId = QStringLiteral("llc_natural_multi");
        parent.legalRep = QStringLiteral("王建国");
        QVERIFY(m_wb->enterprises.upsert({parent}).ok());

        ui::MainWindow window(*m_wb, m_account);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *type = child<QComboBox>(&window, QStringLiteral("entityType"));
        auto *parentCode = child<QLineEdit>(&window, QStringLiteral("parentCode"));
        auto *name = child<QLineEdit>(&window, QStringLiteral("entityName"));
        QVERIFY(type && parentCode && name);
        QVERIFY(!parentCode->isVisible()); // a company has no parent
        type->setCurrentIndex(type->findData(QStringLiteral("branch")));
        QTRY_VERIFY(parentCode->isVisible());
        typeInto(&window, QStringLiteral("parentCode"), code);
        typeInto(&window, QStringLiteral("entityName"), QStringLiteral("太原市晋祺科技有限公司小店分公司"));
        QLabel *error = child<QLabel>(&window, QStringLiteral("error:entity.name"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(parent.name), qPrintable(error->text()));
        // Named after its parent: no clash with it (an investment relationship).
        name->clear();
        typeInto(&window, QStringLiteral("entityName"), QStringLiteral("太原市晋祺商贸有限公司小店分公司"));
        QTRY_VERIFY2(!error->isVisible(), qPrintable(error->text()));

        // A company of the same 字号 and industry: the clash names the entity, its code and why.
        type->setCurrentIndex(type->findData(QStringLiteral("llc_natural_multi")));
        QTRY_VERIFY(!parentCode->isVisible());
        name->clear();
        typeInto(&window, QStringLiteral("entityName"), QStringLiteral("山西晋祺商贸有限公司"));
        QTRY_VERIFY(error->isVisible());
        for (const QString &phrase : {parent.name, code})
            QVERIFY2(error->text().contains(phrase), qPrintable(error->text()));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::AppSettings> m_settings;
    std::unique_ptr<ui::Workbench> m_wb;
    storage::LocalAccount m_account;
};

QTEST_MAIN(TestGuiNames)
#include "test_gui_names.moc"
