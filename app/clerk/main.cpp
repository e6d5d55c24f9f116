// The counter client: opens the local case cache, signs the clerk in, shows the main window.
#include "translations/Translations.h"
#include "ui/common/DemoData.h"
#include "ui/common/LoginDialog.h"
#include "ui/counter/MainWindow.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>

namespace {

using ow::workbench::AppSettings;
using ow::workbench::Workbench;

// The command line; the option texts stay English (they are for IT staff and scripts).
struct Options
{
    const QCommandLineOption dataDirOption{
        QStringLiteral("data-dir"), QStringLiteral("Folder of the local case cache."), QStringLiteral("dir")};
    const QCommandLineOption settingsOption{
        QStringLiteral("settings"), QStringLiteral("Settings file (INI) instead of the user's settings."),
        QStringLiteral("file")};
    const QCommandLineOption languageOption{QStringLiteral("language"),
                                            QStringLiteral("auto, zh_CN or en (overrides the setting)."),
                                            QStringLiteral("lang")};
    const QCommandLineOption demoOption{
        QStringLiteral("demo"), QStringLiteral("Seed demo accounts, enterprises and cases if missing.")};
    const QCommandLineOption exchangeOption{
        QStringLiteral("exchange"),
        QStringLiteral("Address of the exchange, e.g. https://127.0.0.1:8443 (saved)."),
        QStringLiteral("url")};
    const QCommandLineOption caOption{
        QStringLiteral("ca"), QStringLiteral("The registry CA bundle, PEM (saved)."), QStringLiteral("file")};
    const QCommandLineOption certificateOption{
        QStringLiteral("certificate"), QStringLiteral("This workstation's certificate, PKCS#12 (saved)."),
        QStringLiteral("file")};
    const QCommandLineOption passphraseOption{
        QStringLiteral("certificate-passphrase-file"),
        QStringLiteral(
            "File holding the PKCS#12 passphrase; kept in the keychain or the encrypted secret file."),
        QStringLiteral("file")};

    QList<QCommandLineOption> all() const
    {
        return {dataDirOption,  settingsOption, languageOption,    demoOption,
                exchangeOption, caOption,       certificateOption, passphraseOption};
    }
};

// Opens the case cache in `dataDir`; a damaged one has been moved aside, and the clerk may start
// with an empty cache while IT recovers it. Null when it cannot be opened (the message was shown).
std::unique_ptr<Workbench> openWorkbench(const QString &dataDir, AppSettings &settings)
{
    auto workbench = ow::workbench::Workbench::open(dataDir, settings);
    if (!workbench && workbench.error().code == u"storage.corrupt") {
        // The damaged file has been moved aside and kept; the clerk may go on with an empty cache
        // while IT recovers the old one.
        const auto answer = QMessageBox::critical(
            nullptr, QApplication::translate("main", "The case cache is damaged"),
            QApplication::translate("main",
                                    "%1\n\nStart with an empty case cache now? Nothing of the damaged "
                                    "file is deleted; give its path to your IT staff for recovery.")
                .arg(workbench.error().message),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return nullptr;
        }
        workbench = ow::workbench::Workbench::open(dataDir, settings);
    }
    if (!workbench) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "The case cache cannot be opened"),
                              workbench.error().message);
        return nullptr;
    }
    return std::move(workbench.value());
}

// Saves the exchange's address and files given on the command line, and keeps the certificate's
// passphrase in the secret store. False when the passphrase file cannot be read (the message was shown).
bool applyExchangeOptions(const QCommandLineParser &parser, const Options &o, AppSettings &settings,
                          Workbench &workbench)
{
    if (parser.isSet(o.exchangeOption) || parser.isSet(o.caOption) || parser.isSet(o.certificateOption)) {
        ow::sync::ExchangeSettings exchange = settings.exchange();
        if (parser.isSet(o.exchangeOption)) {
            exchange.url = QUrl(parser.value(o.exchangeOption));
        }
        if (parser.isSet(o.caOption)) {
            exchange.caBundlePath = QFileInfo(parser.value(o.caOption)).absoluteFilePath();
        }
        if (parser.isSet(o.certificateOption)) {
            exchange.clientCertificatePath = QFileInfo(parser.value(o.certificateOption)).absoluteFilePath();
        }
        settings.setExchange(exchange);
    }
    if (parser.isSet(o.passphraseOption)) {
        QFile file(parser.value(o.passphraseOption));
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Workstation certificate"),
                                  QApplication::translate("main", "The passphrase file %1 cannot be read.")
                                      .arg(QDir::toNativeSeparators(file.fileName())));
            return false;
        }
        const QByteArray passphrase = file.readAll().trimmed();
        if (const ow::Result<void> kept =
                workbench.secrets.write(ow::sync::SecretStore::Pkcs12Passphrase, passphrase);
            !kept) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Workstation certificate"),
                                 kept.error().message);
        }
    }
    return true;
}

// One client per case cache: a second copy on the same cache would sync and edit beside the first.
// A lock left by a client that crashed is stale and taken over. False when another client holds it
// (the message was shown).
bool lockCache(QLockFile &lock)
{
    lock.setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
    if (lock.tryLock(0)) {
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    lock.getLockInfo(&pid, &host, &application);
    QMessageBox::information(
        nullptr, QApplication::translate("main", "OneWindow is already open"),
        QApplication::translate("main",
                                "OneWindow is already open on this workstation (process %1). Use that "
                                "window: a second one would work on the same cases beside it.")
            .arg(pid));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationName(QStringLiteral("onewindow-clerk"));
    QApplication::setApplicationDisplayName(QStringLiteral("OneWindow"));
    QApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OneWindow counter client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o;
    parser.addOptions(o.all());
    parser.process(app);

    AppSettings settings(parser.value(o.settingsOption));
    ow::i18n::install(app,
                      parser.isSet(o.languageOption) ? parser.value(o.languageOption) : settings.language());

    const QString dataDir = parser.isSet(o.dataDirOption)
                                ? parser.value(o.dataDirOption)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    QLockFile instanceLock(QDir(dataDir).filePath(QStringLiteral("onewindow-clerk.lock")));
    if (!lockCache(instanceLock)) {
        return 3;
    }
    std::unique_ptr<Workbench> workbench = openWorkbench(dataDir, settings);
    if (!workbench) {
        return 2;
    }
    if (parser.isSet(o.demoOption)) {
        if (const ow::Result<void> seeded = ow::ui::DemoData::seed(*workbench); !seeded) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Demo data"),
                                 seeded.error().message);
        }
    }

    if (!applyExchangeOptions(parser, o, settings, *workbench)) {
        return 2;
    }
    if (const ow::Result<void> configured = workbench->configureSync(); !configured) {
        // The counter still works offline; the status bar and the sync log say what is wrong.
        QMessageBox::warning(nullptr, QApplication::translate("main", "Connection to the exchange"),
                             QApplication::translate("main",
                                                     "%1\n\nOneWindow works offline until this is fixed "
                                                     "(Case → Exchange connection).")
                                 .arg(configured.error().message));
    }

    ow::ui::LoginDialog login(workbench->accounts, settings.workstationCode(), settings.lastUser());
    login.setSyncEngine(workbench->sync.get());
    if (login.exec() != QDialog::Accepted) {
        return 0;
    }
    settings.setLastUser(login.account().userId);

    ow::ui::MainWindow window(*workbench, login.account());
    window.showForWork();
    if (workbench->syncConfigured()) {
        workbench->sync->setAutoSync(60 * 1000);
    }
    return app.exec();
}
