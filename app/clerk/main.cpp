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
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>

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
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QStringLiteral("Folder of the local case cache."), QStringLiteral("dir"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"), QStringLiteral("Settings file (INI) instead of the user's settings."),
        QStringLiteral("file"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("auto, zh_CN or en (overrides the setting)."),
                                            QStringLiteral("lang"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Seed demo accounts, enterprises and cases if missing."));
    const QCommandLineOption exchangeOption(
        QStringLiteral("exchange"),
        QStringLiteral("Address of the exchange, e.g. https://127.0.0.1:8443 (saved)."),
        QStringLiteral("url"));
    const QCommandLineOption caOption(
        QStringLiteral("ca"), QStringLiteral("The registry CA bundle, PEM (saved)."), QStringLiteral("file"));
    const QCommandLineOption certificateOption(
        QStringLiteral("certificate"), QStringLiteral("This workstation's certificate, PKCS#12 (saved)."),
        QStringLiteral("file"));
    const QCommandLineOption passphraseOption(
        QStringLiteral("certificate-passphrase-file"),
        QStringLiteral(
            "File holding the PKCS#12 passphrase; kept in the keychain or the encrypted secret file."),
        QStringLiteral("file"));
    parser.addOptions({dataDirOption, settingsOption, languageOption, demoOption, exchangeOption, caOption,
                       certificateOption, passphraseOption});
    parser.process(app);

    ow::workbench::AppSettings settings(parser.value(settingsOption));
    ow::i18n::install(app, parser.isSet(languageOption) ? parser.value(languageOption) : settings.language());

    const QString dataDir = parser.isSet(dataDirOption)
                                ? parser.value(dataDirOption)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
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
            return 2;
        }
        workbench = ow::workbench::Workbench::open(dataDir, settings);
    }
    if (!workbench) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "The case cache cannot be opened"),
                              workbench.error().message);
        return 2;
    }
    if (parser.isSet(demoOption)) {
        if (const ow::Result<void> seeded = ow::ui::DemoData::seed(*workbench.value()); !seeded) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Demo data"),
                                 seeded.error().message);
        }
    }

    if (parser.isSet(exchangeOption) || parser.isSet(caOption) || parser.isSet(certificateOption)) {
        ow::sync::ExchangeSettings exchange = settings.exchange();
        if (parser.isSet(exchangeOption)) {
            exchange.url = QUrl(parser.value(exchangeOption));
        }
        if (parser.isSet(caOption)) {
            exchange.caBundlePath = QFileInfo(parser.value(caOption)).absoluteFilePath();
        }
        if (parser.isSet(certificateOption)) {
            exchange.clientCertificatePath = QFileInfo(parser.value(certificateOption)).absoluteFilePath();
        }
        settings.setExchange(exchange);
    }
    if (parser.isSet(passphraseOption)) {
        QFile file(parser.value(passphraseOption));
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Workstation certificate"),
                                  QApplication::translate("main", "The passphrase file %1 cannot be read.")
                                      .arg(QDir::toNativeSeparators(file.fileName())));
            return 2;
        }
        const QByteArray passphrase = file.readAll().trimmed();
        if (const ow::Result<void> kept =
                workbench.value()->secrets.write(ow::sync::SecretStore::Pkcs12Passphrase, passphrase);
            !kept) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Workstation certificate"),
                                 kept.error().message);
        }
    }
    if (const ow::Result<void> configured = workbench.value()->configureSync(); !configured) {
        // The counter still works offline; the status bar and the sync log say what is wrong.
        QMessageBox::warning(nullptr, QApplication::translate("main", "Connection to the exchange"),
                             QApplication::translate("main",
                                                     "%1\n\nOneWindow works offline until this is fixed "
                                                     "(Case → Exchange connection).")
                                 .arg(configured.error().message));
    }

    ow::ui::LoginDialog login(workbench.value()->accounts, settings.workstationCode(), settings.lastUser());
    login.setSyncEngine(workbench.value()->sync.get());
    if (login.exec() != QDialog::Accepted) {
        return 0;
    }
    settings.setLastUser(login.account().userId);

    ow::ui::MainWindow window(*workbench.value(), login.account());
    window.show();
    if (workbench.value()->syncConfigured()) {
        workbench.value()->sync->setAutoSync(60 * 1000);
    }
    return app.exec();
}
