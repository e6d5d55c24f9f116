// The counter client: opens the local case cache, signs the clerk in, shows the main window.
#include "ui/AppSettings.h"
#include "ui/DemoData.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/Workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

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
    parser.addOptions({dataDirOption, settingsOption, languageOption, demoOption});
    parser.process(app);

    ow::ui::AppSettings settings(parser.value(settingsOption));
    ow::ui::installTranslations(app, parser.isSet(languageOption) ? parser.value(languageOption)
                                                                  : settings.language());

    const QString dataDir = parser.isSet(dataDirOption)
                                ? parser.value(dataDirOption)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    auto workbench = ow::ui::Workbench::open(dataDir, settings);
    if (!workbench && workbench.error().code == u"storage.corrupt") {
        // The damaged file has been moved aside and kept; the clerk may go on with an empty cache
        // while IT recovers the old one.
        const auto answer = QMessageBox::critical(
            nullptr, QApplication::translate("main", "The case cache is damaged"),
            QApplication::translate("main", "%1\n\nStart with an empty case cache now? Nothing of the damaged "
                                            "file is deleted; give its path to your IT staff for recovery.")
                .arg(workbench.error().message),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return 2;
        }
        workbench = ow::ui::Workbench::open(dataDir, settings);
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

    ow::ui::LoginDialog login(workbench.value()->accounts, settings.workstationCode(), settings.lastUser());
    if (login.exec() != QDialog::Accepted) {
        return 0;
    }
    settings.setLastUser(login.account().userId);

    ow::ui::MainWindow window(*workbench.value(), login.account());
    window.show();
    return app.exec();
}
