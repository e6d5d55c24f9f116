#include "support/CounterStation.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

namespace ow::test {

CounterStation openCounter(const ExchangeFixture &exchange, const QString &dir, const QString &code,
                           QString *error, const std::function<void(workbench::AppSettings &)> &prepare)
{
    // A headless runner has no keychain: the workstation's secrets go to the encrypted file.
    qputenv("OW_SECRET_BACKEND", "file");
    CounterStation station;
    station.settings = std::make_unique<workbench::AppSettings>(
        QDir(dir).filePath(QStringLiteral("settings-%1.ini").arg(code)));
    station.settings->setWorkstationCode(code);
    if (prepare)
        prepare(*station.settings);
    auto opened =
        workbench::Workbench::open(QDir(dir).filePath(QStringLiteral("data-") + code), *station.settings);
    if (!opened) {
        if (error)
            *error = opened.error().message;
        return {};
    }
    // Configured as an office's IT staff would: the exchange's address, its CA and the workstation's
    // certificate in the settings, the passphrase in the secret store; the workbench reads them.
    const ExchangeFixture::Workstation w = exchange.workstation(code);
    sync::ExchangeSettings settings;
    settings.url = exchange.url(QString());
    settings.caBundlePath = exchange.caBundlePath();
    settings.clientCertificatePath = w.p12Path;
    station.settings->setExchange(settings);
    workbench::Workbench &wb = *opened.value();
    const Result<void> kept = wb.secrets.write(sync::SecretStore::Pkcs12Passphrase, w.passphrase.toUtf8());
    const Result<void> configured = kept ? wb.configureSync() : kept;
    if (!configured) {
        if (error)
            *error = configured.error().message;
        return {};
    }
    station.wb = std::move(opened).value();
    return station;
}

bool signInAndSync(workbench::Workbench &wb, const QString &user, const QString &password)
{
    QSignalSpy signedIn(wb.sync.get(), &sync::SyncEngine::signedIn);
    QSignalSpy failed(wb.sync.get(), &sync::SyncEngine::signInFailed);
    QSignalSpy finished(wb.sync.get(), &sync::SyncEngine::syncFinished);
    wb.sync->signIn(user, password.isEmpty() ? ExchangeFixture::password(user) : password);
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 20000) ||
        !failed.isEmpty()) {
        qWarning() << "sign-in of" << user << "failed";
        return false;
    }
    return QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000);
}

bool syncOnce(workbench::Workbench &wb)
{
    QSignalSpy finished(wb.sync.get(), &sync::SyncEngine::syncFinished);
    wb.sync->syncNow();
    return QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000);
}

} // namespace ow::test
