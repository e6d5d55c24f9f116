// onewindow-sync: runs the client's sync engine once or in a loop against a data folder.
//
//   onewindow-sync --data-dir DIR --exchange https://127.0.0.1:8443 --ca ca.pem
//                  --certificate w01.p12 --workstation W01 --authority 140105
//                  [--user clerk01] [--once | --loop [--interval 30]] [--batch-size 500]
//                  [--language auto|zh_CN|en]
//
// Secrets come from the environment (OW_P12_PASSPHRASE, OW_PASSWORD) or from the SecretStore
// (keychain, or the encrypted file in the data folder); --remember keeps them there. Without
// --user, the refresh token kept from the last run signs in.
// Exit codes: 0 synchronised (once: and the outbox is empty), 1 sync failed, 2 usage or setup.

#include "storage/Database.h"
#include "sync/ExchangeSettings.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"
#include "translations/Translations.h"
#include "workbench/Defaults.h"
#include "workbench/Workbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

class Runner
{
    Q_DECLARE_TR_FUNCTIONS(Runner)
public:
    static int fail(const QString &message, int code = 2)
    {
        QTextStream(stderr) << message << Qt::endl;
        return code;
    }
};

QString secretText(sync::SecretStore &secrets, const QString &key)
{
    auto value = secrets.read(key);
    if (!value) {
        QTextStream(stderr) << value.error().message << Qt::endl;
        return {};
    }
    return value.value() ? QString::fromUtf8(*value.value()) : QString();
}

// The command line, in the language installed before it is built.
struct Options
{
    const QCommandLineOption dataDir{u"data-dir"_s, Runner::tr("The counter's data folder."), u"dir"_s};
    const QCommandLineOption exchange{u"exchange"_s, Runner::tr("The exchange's address."), u"url"_s,
                                      u"https://127.0.0.1:8443"_s};
    const QCommandLineOption ca{u"ca"_s, Runner::tr("The registry CA bundle (PEM)."), u"file"_s};
    const QCommandLineOption certificate{u"certificate"_s, Runner::tr("The workstation's PKCS#12 file."),
                                         u"file"_s};
    const QCommandLineOption workstation{u"workstation"_s, Runner::tr("The workstation code."), u"code"_s};
    const QCommandLineOption authority{u"authority"_s,
                                       Runner::tr("The registration authority's division code."), u"code"_s,
                                       workbench::Defaults::authorityDivision()};
    const QCommandLineOption user{u"user"_s, Runner::tr("Sign in as this user (password in OW_PASSWORD)."),
                                  u"id"_s};
    const QCommandLineOption once{u"once"_s, Runner::tr("Synchronise once and exit (the default).")};
    const QCommandLineOption loop{u"loop"_s, Runner::tr("Keep synchronising until stopped.")};
    const QCommandLineOption interval{u"interval"_s, Runner::tr("Seconds between syncs with --loop."), u"s"_s,
                                      u"30"_s};
    const QCommandLineOption batchSize{
        u"batch-size"_s, Runner::tr("Events per push and changes per page, 1 to 500."), u"n"_s, u"500"_s};
    const QCommandLineOption remember{u"remember"_s,
                                      Runner::tr("Keep the passphrase and the session in the secret store.")};
    const QCommandLineOption languageOption{
        u"language"_s, Runner::tr("Language of the messages: auto (the system's), zh_CN or en."),
        u"language"_s, u"auto"_s};

    QList<QCommandLineOption> all() const
    {
        return {dataDir, exchange, ca,       certificate, workstation, authority,     user,
                once,    loop,     interval, batchSize,   remember,    languageOption};
    }
};

// The value of --language, read before the parser (its texts are translated), or "auto".
QString languageArgument(const QStringList &arguments)
{
    QString language = workbench::Defaults::language();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--language" && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(u"--language="))
            language = arguments.at(i).mid(11);
    }
    return language;
}

// What the engine does, line by line on stdout, for scripts and logs.
void printProgress(sync::SyncEngine &engine, QCoreApplication &app)
{
    QObject::connect(&engine, &sync::SyncEngine::logEntry, &app, [](const sync::SyncLogEntry &entry) {
        QTextStream(stdout) << entry.at.toString(Qt::ISODateWithMs) << ' ' << entry.message << Qt::endl;
    });
    QObject::connect(&engine, &sync::SyncEngine::progress, &app, [](int done, int total) {
        QTextStream(stdout) << "progress " << done << '/' << total << Qt::endl;
    });
}

// Once: ends the program when the sync has finished (0 when nothing is left unsent) or the
// sign-in failed (1). In a loop the engine retries by itself.
void exitWhenDone(sync::SyncEngine &engine, QCoreApplication &app, bool looping)
{
    QObject::connect(&engine, &sync::SyncEngine::syncFinished, &app, [&engine, &app, looping](bool ok) {
        const sync::SyncStats &s = engine.lastStats();
        QTextStream(stdout) << (ok ? "synchronised" : "failed") << ": sent " << s.sent << ", duplicates "
                            << s.duplicates << ", conflicts " << s.conflicts << ", received " << s.received
                            << ", applied " << s.applied << ", unsent " << engine.unsentCount() << Qt::endl;
        if (looping)
            return; // the engine retries by itself
        app.exit(ok && engine.unsentCount() == 0 ? 0 : 1);
    });
    QObject::connect(&engine, &sync::SyncEngine::signInFailed, &app,
                     [&app, looping](const sync::SyncError &error) {
                         QTextStream(stderr) << error.displayText() << Qt::endl;
                         if (!looping)
                             app.exit(1);
                     });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"onewindow-sync"_s);
    QCoreApplication::setOrganizationName(u"OneWindow"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));

    // The language first: the option descriptions and every message are translated.
    i18n::install(app, languageArgument(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Runner::tr("Synchronises a OneWindow counter's data folder with the exchange."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o;
    parser.addOptions(o.all());
    parser.process(app);

    if (!parser.isSet(o.dataDir) || !parser.isSet(o.ca) || !parser.isSet(o.certificate))
        return Runner::fail(Runner::tr("--data-dir, --ca and --certificate are required (see --help)."));
    bool batchOk = false;
    const int batch = parser.value(o.batchSize).toInt(&batchOk);
    if (!batchOk || batch < 1 || batch > sync::SyncEngine::BatchSize)
        return Runner::fail(
            Runner::tr("--batch-size must be a number from 1 to %1.").arg(sync::SyncEngine::BatchSize));
    const QString dir = parser.value(o.dataDir);
    if (!QDir().mkpath(dir))
        return Runner::fail(Runner::tr("The data folder %1 cannot be created.").arg(dir));

    sync::SecretStore secrets(workbench::Defaults::secretService(), dir);
    QString passphrase = qEnvironmentVariable("OW_P12_PASSPHRASE");
    if (passphrase.isEmpty())
        passphrase = secretText(secrets, sync::SecretStore::Pkcs12Passphrase);
    else if (parser.isSet(o.remember))
        (void)secrets.write(sync::SecretStore::Pkcs12Passphrase, passphrase.toUtf8());

    sync::ExchangeSettings settings;
    settings.url = QUrl(parser.value(o.exchange));
    settings.caBundlePath = parser.value(o.ca);
    settings.clientCertificatePath = parser.value(o.certificate);
    auto ssl = sync::TlsSetup::fromSettings(settings, passphrase.toUtf8());
    if (!ssl)
        return Runner::fail(ssl.error().message);
    QString code = parser.value(o.workstation);
    if (code.isEmpty()) {
        auto identity = sync::TlsSetup::importPkcs12(settings.clientCertificatePath, passphrase.toUtf8());
        code = identity ? identity.value().commonName() : QString();
    }

    auto db = workbench::Workbench::openCache(dir);
    if (!db)
        return Runner::fail(db.error().message);

    sync::SyncEngine engine(db.value(), code, parser.value(o.authority));
    engine.configure(settings, ssl.value());
    engine.setBatchSize(batch);
    const bool keepSession = parser.isSet(o.remember) || !parser.isSet(o.user);
    QObject::connect(&engine, &sync::SyncEngine::sessionChanged, &app, [&](const sync::SessionInfo &session) {
        if (!keepSession)
            return;
        if (session.refreshToken.isEmpty())
            (void)secrets.remove(sync::SecretStore::RefreshToken);
        else
            (void)secrets.write(sync::SecretStore::RefreshToken, session.refreshToken.toUtf8());
    });
    printProgress(engine, app);
    const bool looping = parser.isSet(o.loop);
    exitWhenDone(engine, app, looping);

    if (parser.isSet(o.user)) {
        // By value: the sign-in runs from the event loop, after this block has ended.
        QMetaObject::invokeMethod(
            &engine,
            [&engine, userId = parser.value(o.user), password = qEnvironmentVariable("OW_PASSWORD")] {
                engine.signIn(userId, password);
            },
            Qt::QueuedConnection);
    } else {
        engine.setRefreshToken(secretText(secrets, sync::SecretStore::RefreshToken));
        QMetaObject::invokeMethod(&engine, &sync::SyncEngine::syncNow, Qt::QueuedConnection);
    }
    if (looping) {
        engine.connectivity()->watchNetwork();
        engine.setAutoSync(std::max(1, parser.value(o.interval).toInt()) * 1000);
    }
    return app.exec();
}
