// Drives the sync widgets offscreen: the exchange settings dialog against a real exchange (an
// http:// address and a wrong passphrase refused with their messages, the W01 certificate
// imported and the connection tested over mutual TLS), the sync log (newest first, errors-only
// filter, Ctrl+C copies the request id), and the conflicts view (both sides, a supervisor marks a
// conflict resolved after confirming, a clerk cannot).
//
// With OW_SCREENSHOT_DIR set, each widget is also saved there as a PNG.
#include "core/CaseRecord.h"
#include "core/DomainEvent.h"
#include "exchange/ExchangePaths.h"
#include "exchange/Pki.h"
#include "storage/CaseStore.h"
#include "storage/ConflictStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "support/ExchangeFixture.h"
#include "support/GuiTyping.h"
#include "sync/ExchangeSettings.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"
#include "ui/sync/ConflictsView.h"
#include "ui/sync/ExchangeSettingsDialog.h"
#include "ui/sync/SyncLogView.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace ow;
using ow::test::child;
using ow::test::typeText;

namespace {

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

// Answers the next modal message box with `button` (once it appears); `seen` gets its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *seen = nullptr)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (seen)
            *seen = box->text() + QLatin1Char('\n') + box->informativeText();
        timer->stop();
        timer->deleteLater();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    timer->start();
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

core::CaseRecord sampleCase(int version, core::CaseState state, core::Yuan capital, const QString &reviewer)
{
    core::CaseRecord r;
    r.id = QStringLiteral("6f1c2a4e-8b7d-4c1e-9a51-3d2f0b7e9c11");
    r.receiptNumber = QStringLiteral("140105-20260312-W01-0007");
    r.state = state;
    r.version = version;
    r.form.entityTypeId = QStringLiteral("llc_natural_multi");
    r.form.proposedName = QStringLiteral("太原晋阳数据科技有限公司");
    r.form.legalRep.name = QStringLiteral("王建国");
    r.form.capital = capital;
    r.workstation = QStringLiteral("W01");
    r.reviewer = reviewer;
    r.updatedAt = QDateTime(QDate(2026, 3, 12), QTime(10, 24), Qt::UTC);
    return r;
}

} // namespace

class TestGuiSyncWidgets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ExchangeFixture m_exchange;
    std::unique_ptr<sync::SecretStore> m_secrets;
    std::shared_ptr<storage::Database> m_db;
    qint64 m_staleId = 0;
    qint64 m_rejectedId = 0;

    // A PKCS#12 issued by the fixture's CA with any validity and kind.
    QString makePkcs12(const QString &name, const QString &commonName, exchange::CertificateKind kind,
                       int days, int validFromDays)
    {
        const exchange::ExchangePaths paths(m_exchange.dir());
        auto issued = exchange::Pki::issueClient(paths, commonName, kind, days, validFromDays);
        if (!issued)
            return {};
        QFile ca(m_exchange.caBundlePath());
        if (!ca.open(QIODevice::ReadOnly))
            return {};
        auto p12 = exchange::Pki::toPkcs12(issued.value(), ca.readAll(), QStringLiteral("pass"), commonName);
        if (!p12)
            return {};
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(p12.value()) != p12.value().size())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        m_secrets = std::make_unique<sync::SecretStore>(QStringLiteral("OneWindowTest"),
                                                        m_dir.filePath(QStringLiteral("data")),
                                                        sync::SecretStore::Backend::FileOnly);
        auto db = storage::Database::open(m_dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = db.value();
    }

    // --- the exchange settings dialog -------------------------------------------------------

    void settingsRefuseHttpAndWrongPassphraseThenImportAndTest()
    {
        sync::ExchangeSettings current; // the default address, nothing imported
        ui::ExchangeSettingsDialog dialog(current, *m_secrets);
        dialog.setCertificateDirectory(m_dir.filePath(QStringLiteral("data/exchange")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);

        auto *url = child<QLineEdit>(&dialog, QStringLiteral("exchangeUrl"));
        auto *urlError = child<QLabel>(&dialog, QStringLiteral("exchangeUrlError"));
        auto *ca = child<QLineEdit>(&dialog, QStringLiteral("caBundlePath"));
        auto *caInfo = child<QLabel>(&dialog, QStringLiteral("caBundleInfo"));
        auto *p12 = child<QLineEdit>(&dialog, QStringLiteral("pkcs12Path"));
        auto *passphrase = child<QLineEdit>(&dialog, QStringLiteral("pkcs12Passphrase"));
        auto *import = child<QPushButton>(&dialog, QStringLiteral("importPkcs12"));
        auto *info = child<QLabel>(&dialog, QStringLiteral("certificateInfo"));
        auto *test = child<QPushButton>(&dialog, QStringLiteral("testConnection"));
        auto *result = child<QLabel>(&dialog, QStringLiteral("testResult"));
        auto *buttons = child<QDialogButtonBox>(&dialog, QStringLiteral("buttons"));
        QVERIFY(url && urlError && ca && caInfo && p12 && passphrase && import && info && test && result &&
                buttons);

        // http:// is refused with its message, and the dialog stays open.
        const QString http = QStringLiteral("http://127.0.0.1:%1").arg(m_exchange.port());
        replaceText(url, http);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(urlError->isVisible());
        QVERIFY2(urlError->text().contains(QStringLiteral("https://")), qPrintable(urlError->text()));
        QVERIFY(urlError->text().contains(http));

        const QString https = QStringLiteral("https://127.0.0.1:%1").arg(m_exchange.port());
        replaceText(url, https);
        QVERIFY(!urlError->isVisible());

        // The CA bundle: typed, then Tab shows its subject and expiry.
        replaceText(ca, m_exchange.caBundlePath());
        QTest::keyClick(ca, Qt::Key_Tab);
        QTRY_VERIFY(caInfo->text().contains(QStringLiteral("OneWindow Registry CA")));
        QVERIFY2(caInfo->text().contains(QStringLiteral("valid until")), qPrintable(caInfo->text()));

        // A wrong passphrase: its precise message; nothing imported.
        const test::ExchangeFixture::Workstation w01 = m_exchange.workstation(QStringLiteral("W01"));
        replaceText(p12, w01.p12Path);
        replaceText(passphrase, QStringLiteral("not-the-passphrase"));
        QTest::keyClick(passphrase, Qt::Key_Return); // imports, does not close the dialog
        QVERIFY(dialog.isVisible());
        QCOMPARE(info->text(), sync::TlsSetup::tr("The passphrase of the workstation certificate is wrong."));
        QVERIFY(dialog.workstationCode().isEmpty());
        QVERIFY(passphrase->hasFocus());

        // Not a PKCS#12 file at all.
        replaceText(p12, m_exchange.caBundlePath());
        replaceText(passphrase, w01.passphrase);
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY2(info->text().contains(QStringLiteral("is not a PKCS#12")), qPrintable(info->text()));

        // An expired certificate of this registry.
        const QString expired = makePkcs12(QStringLiteral("expired.p12"), QStringLiteral("W09"),
                                           exchange::CertificateKind::Workstation, 5, -30);
        QVERIFY(!expired.isEmpty());
        replaceText(p12, expired);
        replaceText(passphrase, QStringLiteral("pass"));
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY2(info->text().contains(QStringLiteral("expired on")), qPrintable(info->text()));
        QVERIFY(dialog.workstationCode().isEmpty());

        // The portal's service certificate is not a workstation's.
        const QString service = makePkcs12(QStringLiteral("service.p12"), QStringLiteral("portal"),
                                           exchange::CertificateKind::Service, 30, 0);
        replaceText(p12, service);
        replaceText(passphrase, QStringLiteral("pass"));
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY2(info->text().contains(QStringLiteral("not a workstation certificate")),
                 qPrintable(info->text()));

        // The right file and passphrase: CN=W01, its issuer and validity.
        replaceText(p12, w01.p12Path);
        replaceText(passphrase, w01.passphrase);
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(dialog.workstationCode(), QStringLiteral("W01"));
        QVERIFY2(info->text().contains(QStringLiteral("<b>W01</b>")), qPrintable(info->text()));
        QVERIFY(info->text().contains(QStringLiteral("OneWindow Registry CA")));
        QVERIFY(info->text().contains(QStringLiteral("Valid from")));
        QVERIFY(!info->text().contains(QStringLiteral("Warning")));
        QVERIFY(passphrase->text().isEmpty());

        // Test connection: GET /api/v1/health over mutual TLS as W01.
        QSignalSpy tested(&dialog, &ui::ExchangeSettingsDialog::connectionTested);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 30000);
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
        QVERIFY2(result->text().contains(QStringLiteral("workstation W01")), qPrintable(result->text()));
        screenshot(&dialog, QStringLiteral("exchange-settings.png"));

        // Accepted: the settings out, the files copied, the passphrase in the secret store only.
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const sync::ExchangeSettings out = dialog.settings();
        QCOMPARE(out.url, QUrl(https));
        QCOMPARE(out.caBundlePath, m_dir.filePath(QStringLiteral("data/exchange/registry-ca.pem")));
        QCOMPARE(out.clientCertificatePath, m_dir.filePath(QStringLiteral("data/exchange/workstation.p12")));
        QVERIFY(out.isComplete());
        QVERIFY(QFile::exists(out.clientCertificatePath));
        QCOMPARE(QFile(out.clientCertificatePath).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        auto stored = m_secrets->read(sync::SecretStore::Pkcs12Passphrase);
        QVERIFY(stored.ok() && stored.value().has_value());
        QCOMPARE(*stored.value(), w01.passphrase.toUtf8());
        QVERIFY(dialog.sslConfiguration().has_value());
        QCOMPARE(
            dialog.sslConfiguration()->localCertificate().subjectInfo(QSslCertificate::CommonName).value(0),
            QStringLiteral("W01"));

        // Opened again: the stored certificate is shown without asking for the passphrase.
        ui::ExchangeSettingsDialog again(out, *m_secrets);
        QCOMPARE(again.workstationCode(), QStringLiteral("W01"));
        QVERIFY(
            child<QLabel>(&again, QStringLiteral("certificateInfo"))->text().contains(QStringLiteral("W01")));
    }

    void settingsTestShowsThePreciseTlsError()
    {
        // The CA of another registry: the exchange's certificate is not trusted, nothing is sent,
        // and the dialog says so with the error code.
        const QString otherDir = m_dir.filePath(QStringLiteral("other-registry"));
        QVERIFY(QDir().mkpath(otherDir));
        QVERIFY(exchange::Pki::initialise(exchange::ExchangePaths(otherDir)).ok());
        sync::ExchangeSettings current;
        current.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_exchange.port()));
        current.caBundlePath = exchange::ExchangePaths(otherDir).caCert();
        ui::ExchangeSettingsDialog dialog(current, *m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const test::ExchangeFixture::Workstation w01 = m_exchange.workstation(QStringLiteral("W01"));
        replaceText(child<QLineEdit>(&dialog, QStringLiteral("pkcs12Path")), w01.p12Path);
        replaceText(child<QLineEdit>(&dialog, QStringLiteral("pkcs12Passphrase")), w01.passphrase);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("importPkcs12")), Qt::LeftButton);
        QCOMPARE(dialog.workstationCode(), QStringLiteral("W01"));
        // Issued by the fixture's CA, not the one chosen: said before anything is sent.
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("certificateInfo"))
                    ->text()
                    .contains(QStringLiteral("not issued by the CA chosen above")));

        QSignalSpy tested(&dialog, &ui::ExchangeSettingsDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("testConnection")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 30000);
        QVERIFY(!tested.at(0).at(0).toBool());
        const QString message = tested.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("Nothing was sent")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("tls.untrusted_server")), qPrintable(message));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("testResult"))->text(), message);
        screenshot(&dialog, QStringLiteral("exchange-settings-error.png"));
    }

    void settingsTabOrder()
    {
        ui::ExchangeSettingsDialog dialog(sync::ExchangeSettings{}, *m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        QTRY_VERIFY(child<QWidget>(&dialog, QStringLiteral("exchangeUrl"))->hasFocus());
        const QStringList expected{QStringLiteral("caBundlePath"),     QStringLiteral("chooseCaBundle"),
                                   QStringLiteral("pkcs12Path"),       QStringLiteral("choosePkcs12"),
                                   QStringLiteral("pkcs12Passphrase"), QStringLiteral("importPkcs12"),
                                   QStringLiteral("testConnection")};
        QStringList walked;
        for (int i = 0; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            walked << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString());
        }
        QCOMPARE(walked, expected);
    }

    // --- the sync log -----------------------------------------------------------------------

    void syncLogNewestFirstFilterAndCopy()
    {
        ui::SyncLogView view;
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::setActiveWindow(&view);

        using Level = sync::SyncLogEntry::Level;
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-600);
        view.append({t0, Level::Info, QStringLiteral("Synchronised: 12 sent, 3 received."), {}, {}});
        view.append(
            {t0.addSecs(60), Level::Warning,
             QStringLiteral("A change to case 6f1c2a4e conflicts with a newer version at the exchange; "
                            "it is kept in the conflicts list."),
             QStringLiteral("case.stale"), QStringLiteral("req-4d2f90aa")});
        view.append(
            {t0.addSecs(120), Level::Error,
             QStringLiteral("The exchange had an internal error (HTTP 500); it will be tried again shortly."),
             QStringLiteral("server.internal"), QStringLiteral("req-9b71c3e0")});
        view.append({t0.addSecs(180), Level::Info, QStringLiteral("Signed in as super01."), {}, {}});
        QCOMPARE(view.entryCount(), 4);

        auto *table = child<QTableView>(&view, QStringLiteral("syncLog"));
        QVERIFY(table);
        // Newest first.
        QCOMPARE(table->model()->index(0, ui::SyncLogModel::MessageColumn).data().toString(),
                 QStringLiteral("Signed in as super01."));
        QCOMPARE(table->model()->index(1, ui::SyncLogModel::RequestIdColumn).data().toString(),
                 QStringLiteral("req-9b71c3e0"));
        screenshot(&view, QStringLiteral("sync-log.png"));

        // Errors only.
        auto *errorsOnly = child<QCheckBox>(&view, QStringLiteral("syncLogErrorsOnly"));
        QTest::mouseClick(errorsOnly, Qt::LeftButton);
        QVERIFY(view.errorsOnly());
        QCOMPARE(view.visibleCount(), 1);
        QCOMPARE(table->model()->index(0, ui::SyncLogModel::CodeColumn).data().toString(),
                 QStringLiteral("server.internal"));
        // A new error appears at the top of the filtered list; a new info line does not.
        view.append({t0.addSecs(240), Level::Info, QStringLiteral("Synchronised."), {}, {}});
        view.append({t0.addSecs(300),
                     Level::Error,
                     QStringLiteral("The exchange does not answer."),
                     QStringLiteral("net.refused"),
                     {}});
        QCOMPARE(view.visibleCount(), 2);

        // Ctrl+C on the selected row copies its request id.
        QApplication::clipboard()->clear();
        table->setFocus();
        table->selectRow(1);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("req-9b71c3e0"));
        // A row without a request id: the whole line, so nothing is lost.
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("net.refused")));

        QTest::mouseClick(errorsOnly, Qt::LeftButton);
        QCOMPARE(view.visibleCount(), 6);

        // Capped: the oldest go first.
        view.setCapacity(5);
        QCOMPARE(view.entryCount(), 5);
        for (int i = 0; i < 20; ++i)
            view.append({t0.addSecs(400 + i), Level::Info, QStringLiteral("line %1").arg(i), {}, {}});
        QCOMPARE(view.entryCount(), 5);
        QCOMPARE(table->model()->index(0, ui::SyncLogModel::MessageColumn).data().toString(),
                 QStringLiteral("line 19"));
        QCOMPARE(table->model()->index(4, ui::SyncLogModel::MessageColumn).data().toString(),
                 QStringLiteral("line 15"));
    }

    // --- the conflicts view -----------------------------------------------------------------

    // A push conflict as the engine records it: this counter's correction request on version 3,
    // the exchange already at version 4 under review.
    static storage::SyncConflict staleConflict(const QString &caseId, const QString &eventId)
    {
        storage::SyncConflict stale;
        stale.caseId = caseId;
        stale.kind = storage::ConflictKind::PushConflict;
        stale.eventId = eventId;
        core::DomainEvent event;
        event.id = stale.eventId;
        event.type = QStringLiteral("case.correction_requested");
        event.caseId = stale.caseId;
        event.caseVersion = 4;
        event.actor = QStringLiteral("clerk01");
        event.workstation = QStringLiteral("W01");
        event.deviceTime = QDateTime(QDate(2026, 3, 12), QTime(10, 31), Qt::UTC);
        stale.localEvent = event.toJson();
        core::CaseRecord local = sampleCase(3, core::CaseState::Accepted, 1000000, QString());
        core::CaseRecord remote =
            sampleCase(4, core::CaseState::UnderReview, 2000000, QStringLiteral("super02"));
        local.id = remote.id = caseId;
        stale.localCase = local.toJson();
        stale.remoteCase = remote.toJson();
        stale.errorCode = QStringLiteral("case.stale");
        stale.errorMessage = QStringLiteral("The case is at version 4; the event was made on version 3.");
        stale.requestId = QStringLiteral("req-4d2f90aa");
        return stale;
    }

    // Records a conflict as the engine does; its id, or 0.
    qint64 record(const storage::SyncConflict &conflict)
    {
        qint64 id = 0;
        const auto done = m_db->transaction([&]() -> ow::Result<void> {
            QSqlDatabase connection = m_db->connection();
            auto recorded = storage::ConflictStore::record(connection, conflict);
            if (!recorded)
                return recorded.error();
            id = recorded.value();
            return {};
        });
        return done ? id : 0;
    }

    void conflictsInserted()
    {
        const storage::SyncConflict stale =
            staleConflict(QStringLiteral("6f1c2a4e-8b7d-4c1e-9a51-3d2f0b7e9c11"),
                          QStringLiteral("0d8e3c57-1b7a-4f65-8c0e-5a9d2e6f4b13"));

        storage::SyncConflict rejected;
        rejected.caseId = QStringLiteral("a2b4c6d8-0000-4000-8000-123456789abc");
        rejected.kind = storage::ConflictKind::PushRejected;
        rejected.eventId = QStringLiteral("c3d5e7f9-0000-4000-8000-abcdef012345");
        core::CaseRecord other = sampleCase(2, core::CaseState::Accepted, 500000, QString());
        other.id = rejected.caseId;
        other.receiptNumber = QStringLiteral("140105-20260312-W01-0009");
        other.form.proposedName = QStringLiteral("山西汾河文化传媒有限公司");
        other.form.legalRep.name = QStringLiteral("李娜");
        rejected.localCase = other.toJson();
        rejected.errorCode = QStringLiteral("workflow.role");
        rejected.errorMessage = QStringLiteral("A clerk may not approve a case.");
        rejected.requestId = QStringLiteral("req-77aa01be");

        auto done = m_db->transaction([&]() -> ow::Result<void> {
            QSqlDatabase connection = m_db->connection();
            auto a = storage::ConflictStore::record(connection, stale);
            if (!a)
                return a.error();
            m_staleId = a.value();
            auto b = storage::ConflictStore::record(connection, rejected);
            if (!b)
                return b.error();
            m_rejectedId = b.value();
            return {};
        });
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(storage::ConflictStore(m_db).openCount(), 2);
    }

    void clerkSeesConflictsReadOnly()
    {
        storage::CaseStore cases(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
        ui::ConflictsView view(m_db, cases, core::Role::Clerk, QStringLiteral("clerk01"));
        view.resize(900, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.openCount(), 2);
        QCOMPARE(child<QTreeWidget>(&view, QStringLiteral("conflictList"))->topLevelItemCount(), 2);
        QVERIFY(view.select(m_staleId));
        QVERIFY(!view.canResolve());
        QVERIFY(!child<QPushButton>(&view, QStringLiteral("conflictMarkResolved"))->isEnabled());
        QVERIFY(!child<QLineEdit>(&view, QStringLiteral("conflictNote"))->isEnabled());
        QVERIFY(child<QLabel>(&view, QStringLiteral("conflictResolveHint"))
                    ->text()
                    .contains(QStringLiteral("Only a supervisor")));
        QVERIFY(!view.resolveSelected());
        QCOMPARE(storage::ConflictStore(m_db).openCount(), 2);
    }

    void supervisorSeesBothSidesAndResolves()
    {
        storage::CaseStore cases(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
        ui::ConflictsView view(m_db, cases, core::Role::Supervisor, QStringLiteral("super01"));
        view.resize(900, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::setActiveWindow(&view);
        QSignalSpy resolved(&view, &ui::ConflictsView::resolved);
        QSignalSpy count(&view, &ui::ConflictsView::openCountChanged);

        auto *list = child<QTreeWidget>(&view, QStringLiteral("conflictList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(list->topLevelItem(0)->text(0).contains(QStringLiteral("太原晋阳数据科技有限公司")));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("140105-20260312-W01-0007"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Conflict when sent"));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("Rejected when sent"));
        QVERIFY(view.select(m_staleId));

        // Both sides, the differences marked: state, version, capital, workstation.
        auto *compare = child<QTableWidget>(&view, QStringLiteral("conflictComparison"));
        QVERIFY(compare);
        auto rowOf = [&](const QString &field) {
            for (int r = 0; r < compare->rowCount(); ++r) {
                if (compare->item(r, 0)->text().startsWith(field))
                    return r;
            }
            return -1;
        };
        const int state = rowOf(QStringLiteral("State"));
        const int name = rowOf(QStringLiteral("Enterprise name"));
        const int capital = rowOf(QStringLiteral("Registered capital"));
        QVERIFY(state >= 0 && name >= 0 && capital >= 0);
        QCOMPARE(compare->item(state, 1)->text(), core::CaseStates::label(core::CaseState::Accepted));
        QCOMPARE(compare->item(state, 2)->text(), core::CaseStates::label(core::CaseState::UnderReview));
        QVERIFY(compare->item(state, 1)->font().bold());
        QVERIFY(compare->item(capital, 0)->text().contains(QStringLiteral("≠")));
        QCOMPARE(compare->item(name, 1)->text(), QStringLiteral("太原晋阳数据科技有限公司"));
        QCOMPARE(compare->item(name, 2)->text(), compare->item(name, 1)->text());
        QVERIFY(!compare->item(name, 1)->font().bold());
        QCOMPARE(compare->property("differences").toInt(), 4); // state, version, capital, reviewer
        const QString error = child<QLabel>(&view, QStringLiteral("conflictError"))->text();
        QVERIFY(error.contains(QStringLiteral("case.stale")));
        QVERIFY(error.contains(QStringLiteral("req-4d2f90aa")));
        QVERIFY2(error.contains(ui::ConflictsView::reasonFor(QStringLiteral("case.stale"))),
                 qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("The case is at version 4")));
        QCOMPARE(list->topLevelItem(1)->text(4),
                 ui::ConflictsView::reasonFor(QStringLiteral("workflow.role")));
        QVERIFY(child<QLabel>(&view, QStringLiteral("conflictOurChange"))
                    ->text()
                    .contains(QStringLiteral("clerk01")));
        screenshot(&view, QStringLiteral("conflicts-view.png"));
        // In a low dock the details scroll; the list stays usable.
        view.resize(900, 330);
        QTest::qWait(50);
        QVERIFY(list->height() >= list->minimumHeight());
        screenshot(&view, QStringLiteral("conflicts-view-low.png"));
        view.resize(900, 640);

        // The note is required: no question asked without it.
        auto *note = child<QLineEdit>(&view, QStringLiteral("conflictNote"));
        auto *resolve = child<QPushButton>(&view, QStringLiteral("conflictMarkResolved"));
        QVERIFY(resolve->isEnabled() && note->isEnabled());
        QTest::mouseClick(resolve, Qt::LeftButton);
        QVERIFY(child<QLabel>(&view, QStringLiteral("conflictResolveHint"))
                    ->text()
                    .contains(QStringLiteral("note")));
        QCOMPARE(resolved.size(), 0);

        // Declining the confirmation changes nothing.
        note->setFocus();
        typeText(note, QStringLiteral("已与申请人核实 ok"));
        answerNextMessageBox(QMessageBox::No);
        QTest::mouseClick(resolve, Qt::LeftButton);
        QCOMPARE(resolved.size(), 0);
        QCOMPARE(storage::ConflictStore(m_db).openCount(), 2);

        // Confirmed: marked resolved with who and the note.
        QString question;
        answerNextMessageBox(QMessageBox::Yes, &question);
        QTest::mouseClick(resolve, Qt::LeftButton);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.at(0).at(0).toLongLong(), m_staleId);
        QVERIFY2(question.contains(QStringLiteral("已与申请人核实 ok")), qPrintable(question));
        QCOMPARE(view.openCount(), 1);
        QCOMPARE(count.last().at(0).toInt(), 1);
        QCOMPARE(list->topLevelItemCount(), 1);
        const QList<storage::SyncConflict> all = storage::ConflictStore(m_db).list(false);
        const auto done =
            std::find_if(all.begin(), all.end(), [&](const auto &c) { return c.id == m_staleId; });
        QVERIFY(done != all.end());
        QVERIFY(!done->isOpen());
        QCOMPARE(done->resolvedBy, QStringLiteral("super01"));
        QCOMPARE(done->resolution, QStringLiteral("marked: 已与申请人核实 ok"));

        // Shown again with the resolved ones: read-only, with who resolved it.
        QTest::mouseClick(child<QCheckBox>(&view, QStringLiteral("conflictsShowResolved")), Qt::LeftButton);
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(view.select(m_staleId));
        QVERIFY(!resolve->isEnabled());
        QVERIFY(child<QLabel>(&view, QStringLiteral("conflictResolution"))
                    ->text()
                    .contains(QStringLiteral("super01")));

        // The rejected one has only this counter's side: it cannot be kept from, or sent again.
        QVERIFY(view.select(m_rejectedId));
        QCOMPARE(compare->item(name, 2)->text(), QStringLiteral("—"));
        QCOMPARE(compare->property("differences").toInt(), 0);
        QVERIFY(resolve->isEnabled());
        QVERIFY(!child<QPushButton>(&view, QStringLiteral("conflictKeepExchange"))->isEnabled());
        QVERIFY(!child<QPushButton>(&view, QStringLiteral("conflictSendAgain"))->isEnabled());
    }

    void supervisorSendsOursAgainOrKeepsTheExchangesVersion()
    {
        // Two cases this counter sent that had moved on at the exchange.
        const auto conflictOn = [&](const QString &caseId, const QString &receipt) {
            storage::SyncConflict c;
            c.caseId = caseId;
            c.kind = storage::ConflictKind::PushConflict;
            core::DomainEvent event;
            event.id = caseId + QStringLiteral("-event");
            event.type = QStringLiteral("case.correction_requested");
            event.caseId = caseId;
            event.caseVersion = 4;
            event.actor = QStringLiteral("clerk01");
            event.workstation = QStringLiteral("W01");
            event.deviceTime = QDateTime(QDate(2026, 3, 12), QTime(10, 31), Qt::UTC);
            event.payload = {{QStringLiteral("reason"), QStringLiteral("缺少股东签字")}};
            c.eventId = event.id;
            c.localEvent = event.toJson();
            core::CaseRecord remote =
                sampleCase(6, core::CaseState::UnderReview, 2000000, QStringLiteral("super02"));
            remote.id = caseId;
            remote.receiptNumber = receipt;
            c.remoteCase = remote.toJson();
            c.errorCode = QStringLiteral("case.stale");
            return c;
        };
        const qint64 resendId =
            record(conflictOn(QStringLiteral("case-resend"), QStringLiteral("140105-20260312-W01-0021")));
        const qint64 keepId =
            record(conflictOn(QStringLiteral("case-keep"), QStringLiteral("140105-20260312-W01-0022")));
        QVERIFY(resendId > 0 && keepId > 0);
        storage::CaseStore cases(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
        ui::ConflictsView view(m_db, cases, core::Role::Supervisor, QStringLiteral("super01"));
        view.resize(900, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *note = child<QLineEdit>(&view, QStringLiteral("conflictNote"));
        auto *keep = child<QPushButton>(&view, QStringLiteral("conflictKeepExchange"));
        auto *again = child<QPushButton>(&view, QStringLiteral("conflictSendAgain"));
        const int unsentBefore = storage::OutboxStore(m_db).count();

        // Send ours again: the change is queued anew on the exchange's version 6.
        QVERIFY(view.select(resendId));
        QVERIFY(keep->isEnabled() && again->isEnabled());
        screenshot(&view, QStringLiteral("conflicts-choices.png"));
        note->setFocus();
        typeText(note, QStringLiteral("补正仍需要"));
        QString question;
        answerNextMessageBox(QMessageBox::Yes, &question);
        QTest::mouseClick(again, Qt::LeftButton);
        QVERIFY2(question.contains(QStringLiteral("clerk01")), qPrintable(question));
        QCOMPARE(storage::OutboxStore(m_db).count(), unsentBefore + 1);
        const core::DomainEvent queued = storage::OutboxStore(m_db).pending(1000).last();
        QCOMPARE(queued.caseId, QStringLiteral("case-resend"));
        QCOMPARE(queued.caseVersion, 7);
        QCOMPARE(queued.type, QStringLiteral("case.correction_requested"));
        QVERIFY(queued.id != QStringLiteral("case-resend-event"));

        // Keep the exchange's version: the case is stored as the exchange has it; nothing is queued.
        QVERIFY(view.select(keepId));
        note->setFocus();
        typeText(note, QStringLiteral("以交换中心为准"));
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(keep, Qt::LeftButton);
        const auto stored = cases.find(QStringLiteral("case-keep"));
        QVERIFY(stored);
        QCOMPARE(stored->version, 6);
        QCOMPARE(stored->state, core::CaseState::UnderReview);
        QCOMPARE(storage::OutboxStore(m_db).count(), unsentBefore + 1);

        // Both resolved, each saying how.
        QTest::mouseClick(child<QCheckBox>(&view, QStringLiteral("conflictsShowResolved")), Qt::LeftButton);
        QVERIFY(view.select(keepId));
        QVERIFY(child<QLabel>(&view, QStringLiteral("conflictResolution"))
                    ->text()
                    .contains(QStringLiteral("Kept the exchange's version")));
        QVERIFY(view.select(resendId));
        QVERIFY(child<QLabel>(&view, QStringLiteral("conflictResolution"))
                    ->text()
                    .contains(QStringLiteral("Sent this counter's change again")));
    }

    void conflictsViewSpeaksChinese()
    {
        // As a supervisor sees it at the counter: every word of the view in zh_CN.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/onewindow/i18n/onewindow_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        const qint64 id = record(staleConflict(QStringLiteral("case-zh"), QStringLiteral("case-zh-event")));
        QVERIFY(id > 0);
        storage::CaseStore cases(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
        ui::ConflictsView view(m_db, cases, core::Role::Supervisor, QStringLiteral("super01"));
        view.resize(900, 680);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.select(id));
        for (const char *name : {"conflictKeepExchange", "conflictSendAgain", "conflictMarkResolved"}) {
            const QString text = child<QPushButton>(&view, QLatin1String(name))->text();
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                     qPrintable(text));
        }
        QVERIFY(child<QLabel>(&view, QStringLiteral("conflictResolveHint"))
                    ->text()
                    .contains(QStringLiteral("交换平台")));
        QTest::qWait(100); // the layout settles on the translated texts
        screenshot(&view, QStringLiteral("conflicts-view-zh.png"));
    }

    void everyProtocolCodeHasAReason()
    {
        // Every code docs/protocol.md names (the error table and the per-event codes) has its
        // explanation in the conflicts view, in Chinese for the counter.
        QFile protocol(QFINDTESTDATA("../../docs/protocol.md"));
        QVERIFY(protocol.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(protocol.readAll());
        static const QRegularExpression codePattern(
            QStringLiteral("`((?:auth|case|event|field|list|request|server|tls|workflow)\\.[a-z_]+)`"));
        QSet<QString> codes;
        for (const QRegularExpressionMatch &m : codePattern.globalMatch(text))
            codes.insert(m.captured(1));
        QVERIFY(codes.size() > 30);
        for (const QString &code : std::as_const(codes))
            QVERIFY2(!ui::ConflictsView::reasonFor(code).isEmpty(), qPrintable(code));

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/onewindow/i18n/onewindow_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        for (const QString &code : std::as_const(codes)) {
            const QString reason = ui::ConflictsView::reasonFor(code);
            QVERIFY2(reason.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                     qPrintable(code + QLatin1Char(' ') + reason));
        }
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_MAIN(TestGuiSyncWidgets)
#include "test_gui_sync_widgets.moc"
