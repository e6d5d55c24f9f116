// Verifying a licence handed over at the counter, through the real window in the clerk's language:
// Ctrl+Shift+V opens the dialog; a genuine QR text pasted is 有效 with what the licence says; the
// same text with one byte changed is 已被篡改; the licence's PDF opened through the file dialog
// (Ctrl+O, the path typed) is 有效; without a registry CA, or with a file that is no PDF, it says what
// to do. The licence is the real thing: signed by an exchange's authority key (Pki, LicenceSigner)
// whose CA certificate is the one the workstation trusts, printed by LicenceSheet.
#include "core/SampleApplications.h"
#include "core/UsccCode.h"
#include "exchange/ExchangePaths.h"
#include "exchange/LicenceSigner.h"
#include "exchange/Pki.h"
#include "licence/LicenceFromCase.h"
#include "licence/LicenceSheet.h"
#include "support/GuiTyping.h"
#include "translations/Translations.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/VerifyLicenceDialog.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace Qt::StringLiterals;
using Verdict = security::SealCheck::Verdict;

class TestGuiVerifyLicence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<workbench::AppSettings> m_settings;
    std::unique_ptr<workbench::Workbench> m_wb;
    storage::LocalAccount m_clerk;
    core::CaseRecord m_licensed;
    QString m_qrText;
    QString m_pdf;

    // Ctrl+Shift+V in the window, the search box focused: the dialog, focus in its text box.
    static ui::VerifyLicenceDialog *openDialog(ui::MainWindow &window)
    {
        window.searchEdit()->setFocus();
        QTest::keyClick(window.searchEdit(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        ui::VerifyLicenceDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (dialog = window.findChild<ui::VerifyLicenceDialog *>()) != nullptr; }) ||
            !QTest::qWaitForWindowExposed(dialog) ||
            !QTest::qWaitFor([&] { return QApplication::focusWidget() == dialog->qrTextEdit(); }))
            return nullptr;
        return dialog;
    }

    // What a clerk does with a text on the clipboard: Ctrl+A, Ctrl+V in the box.
    static void paste(ui::VerifyLicenceDialog *dialog, const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
        QTest::keyClick(dialog->qrTextEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(dialog->qrTextEdit(), Qt::Key_V, Qt::ControlModifier);
    }

    static QString says(ui::VerifyLicenceDialog *dialog, const QString &key)
    {
        const auto *box = dialog->findChild<QGroupBox *>(u"licenceSays"_s);
        const auto *label = box ? box->findChild<QLabel *>(u"says_"_s + key) : nullptr;
        return label && !box->isHidden() ? label->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(i18n::install(*qApp, u"zh_CN"_s), u"zh_CN"_s);
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // Qt's file dialog, typed into

        // The registry: its CA and the authority's signing key; a licensed case it signed.
        const exchange::ExchangePaths paths(m_dir.filePath(u"exchange"_s));
        QVERIFY(exchange::Pki::initialise(paths).ok());
        const auto signer = exchange::LicenceSigner::load(paths);
        QVERIFY2(signer, signer ? "" : qPrintable(signer.error().message));
        QRandomGenerator random(20261202);
        m_licensed.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_licensed.form = core::samples::limitedCompany(random);
        m_licensed.form.termYears = 30;
        m_licensed.state = core::CaseState::Licensed;
        m_licensed.licensedAt = QDateTime::currentDateTimeUtc();
        m_licensed.creditCode = core::UsccCode::compose(u'9', u'1', m_licensed.form.authorityDivision,
                                                        core::UsccCode::serialBody(15));
        const Result<QByteArray> sealed = signer.value()->seal(m_licensed);
        QVERIFY2(sealed, sealed ? "" : qPrintable(sealed.error().message));
        m_qrText = QString::fromUtf8(sealed.value());
        m_licensed.licenceSeal = m_qrText;
        m_pdf = m_dir.filePath(u"licence.pdf"_s);
        QVERIFY(
            licence::LicenceSheet::writePdf(m_pdf, licence::licenceFieldsOf(m_licensed),
                                            {licence::LicenceCopy::Original, licence::LicenceCopy::Duplicate})
                .ok());

        // The counter trusts that registry's CA for the exchange.
        m_settings = std::make_unique<workbench::AppSettings>(m_dir.filePath(u"settings.ini"_s));
        m_settings->setWorkstationCode(u"W01"_s);
        sync::ExchangeSettings exchange;
        exchange.caBundlePath = paths.caCert();
        m_settings->setExchange(exchange);
        auto wb = workbench::Workbench::open(m_dir.filePath(u"data"_s), *m_settings);
        QVERIFY2(wb, wb ? "" : qPrintable(wb.error().message));
        m_wb = std::move(wb.value());
        m_clerk.userId = u"clerk01"_s;
        m_clerk.displayName = u"张丽"_s;
        m_clerk.role = core::Role::Clerk;
    }

    void pastedGenuineIsValidAndAlteredIsNot()
    {
        ui::MainWindow window(*m_wb, m_clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.verifyLicenceAction()->isVisible() && window.verifyLicenceAction()->isEnabled());
        ui::VerifyLicenceDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->headline().isEmpty()); // nothing to say before anything is pasted

        // Pasted as a scanner leaves it, with a line end.
        paste(dialog, m_qrText + u"\n"_s);
        QTRY_COMPARE(dialog->headline(), u"有效"_s);
        QCOMPARE(dialog->verdict(), Verdict::Valid);
        QVERIFY2(dialog->reason().contains(u"登记机关"_s), qPrintable(dialog->reason()));
        QCOMPARE(says(dialog, u"creditCode"_s), m_licensed.creditCode);
        QCOMPARE(says(dialog, u"name"_s), m_licensed.form.proposedName);
        QCOMPARE(says(dialog, u"provisional"_s), u"否"_s);
        QCOMPARE(dialog->findChild<QGroupBox *>(u"licenceSays"_s)->title(), u"执照载明的内容"_s);

        // One byte of the signed essentials changed: altered, and what it claims is not trusted.
        QString altered = m_qrText;
        const qsizetype at = altered.indexOf(u"#OWL1."_s) + 6 + 40;
        altered[at] = altered.at(at) == u'A' ? u'B' : u'A';
        paste(dialog, altered);
        QTRY_COMPARE(dialog->headline(), u"已被篡改"_s);
        QCOMPARE(dialog->verdict(), Verdict::Altered);
        QVERIFY2(dialog->reason().contains(u"签名"_s), qPrintable(dialog->reason()));

        // Cut short: not a licence's QR code at all.
        paste(dialog, m_qrText.left(m_qrText.indexOf(u"#OWL1."_s) + 20));
        QTRY_COMPARE(dialog->headline(), u"无法识别"_s);
        QCOMPARE(dialog->verdict(), Verdict::Malformed);

        // Emptied: nothing said.
        QTest::keyClick(dialog->qrTextEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(dialog->qrTextEdit(), Qt::Key_Delete);
        QTRY_VERIFY(dialog->headline().isEmpty());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(window.findChild<ui::VerifyLicenceDialog *>() == nullptr);
    }

    // The registry revoked the licence and this counter's last sync brought it (the enterprise
    // cache's status): the dialog says revoked, since when and by which decision; once the cache says
    // registered again, valid.
    void revokedAsTheCacheKnowsIt()
    {
        storage::EnterpriseRecord entity;
        entity.code = m_licensed.creditCode;
        entity.name = m_licensed.form.proposedName;
        entity.authorityDivision = m_licensed.form.authorityDivision;
        entity.entityTypeId = m_licensed.form.entityTypeId;
        entity.legalRep = m_licensed.form.legalRep.name;
        entity.status = core::RegisteredEntity::StatusRevoked;
        entity.statusSince = QDate(2026, 11, 30);
        entity.statusDecision = u"晋市监罚〔2026〕17号"_s;
        QVERIFY(m_wb->enterprises.upsert({entity}).ok());

        ui::MainWindow window(*m_wb, m_clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::VerifyLicenceDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        paste(dialog, m_qrText);
        QTRY_COMPARE(dialog->verdict(), std::optional<Verdict>(Verdict::Revoked));
        QCOMPARE(dialog->headline(), ui::VerifyLicenceDialog::verdictHeadline(Verdict::Revoked));
        QVERIFY2(dialog->reason().contains(u"晋市监罚〔2026〕17号"_s) && dialog->reason().contains(u"2026"_s),
                 qPrintable(dialog->reason()));
        QCOMPARE(says(dialog, u"creditCode"_s), m_licensed.creditCode); // genuine: what it says is shown

        // The cache says registered again (the registry's status as the next sync brings it): valid.
        entity.status = core::RegisteredEntity::StatusRegistered;
        entity.statusSince = {};
        entity.statusDecision.clear();
        QVERIFY(m_wb->enterprises.upsert({entity}).ok());
        paste(dialog, m_qrText + u"\n"_s);
        QTRY_COMPARE(dialog->verdict(), std::optional<Verdict>(Verdict::Valid));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(window.findChild<ui::VerifyLicenceDialog *>() == nullptr);
    }

    void openedPdfIsValid()
    {
        ui::MainWindow window(*m_wb, m_clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::VerifyLicenceDialog *dialog = openDialog(window);
        QVERIFY(dialog);

        // Ctrl+O: the file dialog; the licence's path typed, Enter.
        QTest::keyClick(dialog->qrTextEdit(), Qt::Key_O, Qt::ControlModifier);
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = dialog->findChild<QFileDialog *>(u"openLicencePdf"_s)) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(files));
        auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(name);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QTest::keyClicks(name, m_pdf);
        QTest::keyClick(name, Qt::Key_Return);

        QTRY_COMPARE_WITH_TIMEOUT(dialog->headline(), u"有效"_s, 20000);
        QCOMPARE(dialog->verdict(), Verdict::Valid);
        QCOMPARE(dialog->qrTextEdit()->toPlainText(), m_qrText); // what was read, to see
        QCOMPARE(says(dialog, u"creditCode"_s), m_licensed.creditCode);
        const auto *source = dialog->findChild<QLabel *>(u"qrSource"_s);
        QVERIFY2(source->text().contains(u"licence.pdf"_s) && source->text().contains(u"1"_s),
                 qPrintable(source->text()));

        // A file that is no PDF: cannot be checked, and what to do instead.
        const QString letter = m_dir.filePath(u"letter.pdf"_s);
        QFile out(letter);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Not a licence.\n");
        out.close();
        dialog->openPdf(letter);
        QCOMPARE(dialog->headline(), u"无法核验"_s);
        QVERIFY(!dialog->verdict());
        QVERIFY2(dialog->reason().contains(u"粘贴"_s), qPrintable(dialog->reason()));
        dialog->close();
    }

    void withoutCaItSaysWhereToSetIt()
    {
        ui::VerifyLicenceDialog dialog{QString()};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.headline(), u"无法核验"_s); // before anything is pasted
        QVERIFY2(dialog.reason().contains(u"ca.crt"_s), qPrintable(dialog.reason()));
        paste(&dialog, m_qrText);
        QTest::qWait(400);
        QCOMPARE(dialog.headline(), u"无法核验"_s);
        QVERIFY(!dialog.verdict());

        ui::VerifyLicenceDialog unreadable(m_dir.filePath(u"no-such-ca.crt"_s));
        QCOMPARE(unreadable.headline(), u"无法核验"_s);
        QVERIFY2(unreadable.reason().contains(u"no-such-ca.crt"_s), qPrintable(unreadable.reason()));
    }
};

QTEST_MAIN(TestGuiVerifyLicence)
#include "test_gui_verify_licence.moc"
