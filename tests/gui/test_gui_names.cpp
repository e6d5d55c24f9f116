// Issue 11 §2 at the real counter window, offscreen: the one form's parent-company field for branches,
// the name checked against the parent as cached, and a clash that says which entity and why.
#include "security/PasswordHash.h"
#include "support/GuiTyping.h"
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
using ow::test::typeText;

namespace {

void typeInto(QWidget *root, const QString &name, const QString &text)
{
    QWidget *w = child<QWidget>(root, name);
    QVERIFY2(w, qPrintable(name));
    w->setFocus();
    typeText(w, text);
}

} // namespace

class TestGuiNames : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<ui::AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setWorkstationCode(QStringLiteral("W07"));
        m_settings->setAuthorityDivision(QStringLiteral("140105"));
        auto wb = ui::Workbench::open(m_dir.filePath(QStringLiteral("data")), *m_settings);
        QVERIFY2(wb.ok(), wb.ok() ? "" : qPrintable(wb.error().message));
        m_wb = std::move(wb.value());
        m_account.userId = QStringLiteral("clerk01");
        m_account.displayName = QStringLiteral("张丽");
        m_account.role = core::Role::Clerk;
        m_account.verifier = security::PasswordHash::make(QStringLiteral("Counter#2026"), {10, 8, 1});
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
