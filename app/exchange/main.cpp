// onewindow-exchange: initialise, enrol, revoke, manage users, serve, submit demo applications.
#include "exchange/DemoApplications.h"
#include "exchange/ExchangeAdmin.h"
#include "exchange/ExchangeServer.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>

#include <csignal>
#include <optional>
#include <pthread.h>

using namespace ow::exchange;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const char *const Usage = R"(Usage: onewindow-exchange <command> [options]

  init --dir D [--host NAME]... [--database postgresql://USER@HOST:PORT/DB [--database-password-file F]]
                                       CA, server certificate (127.0.0.1, localhost, NAMEs),
                                       the authority's signing key, the portal certificate, the store:
                                       D/exchange.sqlite, or the PostgreSQL database (recorded in
                                       D/store.conf; every command on D then uses it, and several
                                       `serve` processes with copies of D may share it). The password
                                       comes from F, or PGPASSWORD / ~/.pgpass; never in the URL.
  enrol --dir D --workstation W --authority CODE --out W.p12 --passphrase-file F
                                       issue a workstation client certificate as PKCS#12 for
                                       the registration authority CODE (6-digit GB/T 2260 code,
                                       e.g. 140105 小店区)
  revoke --dir D --workstation W       revoke every certificate of a workstation
  workstation list --dir D             list the issued client certificates
  user add --dir D --id ID --name NAME --role clerk|supervisor|admin --authority CODE --password-file F
                                       a user of registration authority CODE; a province's code
                                       (e.g. 140000 山西省) is the provincial scope: the cases of
                                       every authority of the province. A user signs in only at
                                       workstations of their authority (provincial: the province's)
  user list --dir D
  user disable --dir D --id ID         (user enable --dir D --id ID undoes it)
  user unlock --dir D --id ID          lift the lock after repeated wrong passwords (it also ends
                                       by itself 15 minutes after the last one)
  log --dir D [--request ID] [--workstation W] [--since 2026-11-26T08:00] [--limit 50]
                                       the request log, newest first: what happened to the request
                                       id a clerk reads out from the sync log (times in UTC)
  serve --dir D [--listen 127.0.0.1:8443] [--request-log-days 90]
                                       run the exchange over HTTPS with mutual TLS; request log
                                       entries older than the days given are deleted (0: never)
  demo-applications --dir D [--count N] [--url https://127.0.0.1:8443] [--via https|store]
                                       submit N realistic online applications as the portal does:
                                       over HTTPS to the running exchange with D's portal
                                       certificate; --via store writes them into D's store directly
)";

// "--name value" options after the command words; a repeated option keeps every value.
class Options
{
public:
    Options(const QStringList &args, int from)
    {
        for (int i = from; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            if (!arg.startsWith(u"--")) {
                m_errors.append(QStringLiteral("unexpected argument: ") + arg);
                continue;
            }
            if (i + 1 >= args.size()) {
                m_errors.append(QStringLiteral("missing value for ") + arg);
                continue;
            }
            m_values.append({arg.mid(2), args.at(++i)});
        }
    }
    std::optional<QString> value(const QString &name)
    {
        m_known.append(name);
        for (const auto &[key, v] : m_values) {
            if (key == name) {
                return v;
            }
        }
        return std::nullopt;
    }
    QStringList values(const QString &name)
    {
        m_known.append(name);
        QStringList list;
        for (const auto &[key, v] : m_values) {
            if (key == name) {
                list.append(v);
            }
        }
        return list;
    }
    QString required(const QString &name)
    {
        const std::optional<QString> v = value(name);
        if (!v) {
            m_errors.append(QStringLiteral("--") + name + QStringLiteral(" is required"));
        }
        return v.value_or(QString());
    }
    // Errors, including options the command does not know (call after reading them all).
    QStringList errors() const
    {
        QStringList all = m_errors;
        for (const auto &[key, v] : m_values) {
            if (!m_known.contains(key)) {
                all.append(QStringLiteral("unknown option --") + key);
            }
        }
        return all;
    }

private:
    QList<QPair<QString, QString>> m_values;
    QStringList m_known;
    QStringList m_errors;
};

int fail(const ow::Error &error)
{
    err() << "onewindow-exchange: " << error.message << " (" << error.code << ")\n";
    err().flush();
    return 1;
}

int usageError(const QStringList &errors)
{
    for (const QString &e : errors) {
        err() << "onewindow-exchange: " << e << '\n';
    }
    err() << "Run `onewindow-exchange --help` for the commands.\n";
    err().flush();
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-exchange"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h" || args.at(1) == u"help") {
        out() << Usage;
        return args.size() < 2 ? 2 : 0;
    }
    const QString command = args.at(1);
    const bool twoWords = (command == u"user" || command == u"workstation") && args.size() > 2;
    const QString sub = twoWords ? args.at(2) : QString();
    Options options(args, twoWords ? 3 : 2);

    if (command == u"init") {
        const QString dir = options.required(QStringLiteral("dir"));
        const QStringList hosts = options.values(QStringLiteral("host"));
        const std::optional<QString> database = options.value(QStringLiteral("database"));
        const std::optional<QString> passwordFile = options.value(QStringLiteral("database-password-file"));
        if (!options.errors().isEmpty()) {
            return usageError(options.errors());
        }
        if (passwordFile && !database) {
            return usageError({QStringLiteral("--database-password-file goes with --database")});
        }
        std::optional<StoreLocation> store;
        if (database) {
            const auto parsed = StoreLocation::fromUrl(*database, passwordFile.value_or(QString()));
            if (!parsed) {
                return fail(parsed.error());
            }
            store = parsed.value();
        }
        if (auto r = ExchangeAdmin::initialise(dir, hosts, store); !r) {
            return fail(r.error());
        }
        out() << "Initialised " << dir << (store ? QStringLiteral(" on ") + store->display() : QString())
              << ": give clients " << dir << "/ca.crt as the CA bundle.\n";
        return 0;
    }
    if (command == u"enrol") {
        const QString dir = options.required(QStringLiteral("dir"));
        const QString workstation = options.required(QStringLiteral("workstation"));
        const QString authority = options.required(QStringLiteral("authority"));
        const QString outPath = options.required(QStringLiteral("out"));
        const QString passFile = options.required(QStringLiteral("passphrase-file"));
        if (!options.errors().isEmpty()) {
            return usageError(options.errors());
        }
        const auto passphrase = ExchangeAdmin::readSecretFile(passFile);
        if (!passphrase) {
            return fail(passphrase.error());
        }
        const auto enrolled = ExchangeAdmin::enrol(dir, workstation, outPath, passphrase.value(), authority);
        if (!enrolled) {
            return fail(enrolled.error());
        }
        out() << "Enrolled " << workstation << " of authority " << authority << ": " << outPath
              << " (SHA-256 " << enrolled.value().fingerprint << ", valid until "
              << enrolled.value().notAfter.toString(Qt::ISODate) << ")\n";
        return 0;
    }
    if (command == u"revoke") {
        const QString dir = options.required(QStringLiteral("dir"));
        const QString workstation = options.required(QStringLiteral("workstation"));
        if (!options.errors().isEmpty()) {
            return usageError(options.errors());
        }
        const auto revoked = ExchangeAdmin::revoke(dir, workstation);
        if (!revoked) {
            return fail(revoked.error());
        }
        out() << "Revoked " << revoked.value() << " certificate(s) of " << workstation << ".\n";
        return 0;
    }
    if (command == u"workstation" && sub == u"list") {
        const QString dir = options.required(QStringLiteral("dir"));
        if (!options.errors().isEmpty()) {
            return usageError(options.errors());
        }
        const auto list = ExchangeAdmin::certificates(dir);
        if (!list) {
            return fail(list.error());
        }
        for (const CertificateRecord &c : list.value()) {
            out() << c.code << '\t' << c.kind << '\t' << (c.revoked() ? "revoked" : "valid") << '\t'
                  << c.notAfter.toString(Qt::ISODate) << '\t' << c.fingerprint << '\t'
                  << (c.authority.isEmpty() ? QStringLiteral("-") : c.authority) << '\n';
        }
        return 0;
    }
    if (command == u"log") {
        const QString dir = options.required(QStringLiteral("dir"));
        const QString requestId = options.value(QStringLiteral("request")).value_or(QString());
        const QString workstation = options.value(QStringLiteral("workstation")).value_or(QString());
        const QString sinceText = options.value(QStringLiteral("since")).value_or(QString());
        bool limitOk = true;
        const int limit =
            options.value(QStringLiteral("limit")).value_or(QStringLiteral("50")).toInt(&limitOk);
        QDateTime since;
        if (!sinceText.isEmpty()) {
            since = QDateTime::fromString(sinceText, Qt::ISODate);
            since.setTimeSpec(Qt::UTC);
        }
        QStringList errors = options.errors();
        if (!limitOk || limit < 1 || limit > 100000) {
            errors.append(QStringLiteral("--limit wants a number from 1 to 100000"));
        }
        if (!sinceText.isEmpty() && !since.isValid()) {
            errors.append(QStringLiteral("--since wants a UTC time such as 2026-11-26T08:00"));
        }
        if (!errors.isEmpty()) {
            return usageError(errors);
        }
        const auto entries = ExchangeAdmin::requestLog(dir, requestId, workstation, since, limit);
        if (!entries) {
            return fail(entries.error());
        }
        if (entries.value().isEmpty() && !requestId.isEmpty()) {
            err() << "No request " << requestId
                  << " in the log: it never reached the exchange (a TLS refusal is not logged), or it is "
                     "older than the log keeps (serve --request-log-days).\n";
            return 1;
        }
        for (const RequestLogEntry &e : entries.value()) {
            out() << e.at.toString(Qt::ISODateWithMs) << '\t' << e.requestId << '\t' << e.method << ' '
                  << e.path << '\t' << e.status << '\t'
                  << (e.errorCode.isEmpty() ? QStringLiteral("-") : e.errorCode) << '\t'
                  << (e.workstation.isEmpty() ? QStringLiteral("-") : e.workstation) << '\t'
                  << (e.userId.isEmpty() ? QStringLiteral("-") : e.userId) << '\t' << e.durationMs << " ms\n";
        }
        return 0;
    }
    if (command == u"user" && sub == u"add") {
        const QString dir = options.required(QStringLiteral("dir"));
        const QString id = options.required(QStringLiteral("id"));
        const QString name = options.required(QStringLiteral("name"));
        const QString role = options.required(QStringLiteral("role"));
        const QString authority = options.required(QStringLiteral("authority"));
        const QString passwordFile = options.required(QStringLiteral("password-file"));
        if (!options.errors().isEmpty()) {
            return usageError(options.errors());
        }
        const auto password = ExchangeAdmin::readSecretFile(passwordFile);
        if (!password) {
            return fail(password.error());
        }
        if (auto r = ExchangeAdmin::addUser(dir, id, name, role, password.value(), authority); !r) {
            return fail(r.error());
        }
        out() << "Added " << role << ' ' << id << " (" << name << ") of authority " << authority << ".\n";
        return 0;
    }
    if (command == u"user" && sub == u"list") {
        const QString dir = options.required(QStringLiteral("dir"));
        if (!options.errors().isEmpty()) {
            return usageError(options.errors());
        }
        const auto list = ExchangeAdmin::users(dir);
        if (!list) {
            return fail(list.error());
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const UserRecord &u : list.value()) {
            const QString state = u.disabled ? QStringLiteral("disabled")
                                  : u.lockedUntil.isValid() && u.lockedUntil > now
                                      ? QStringLiteral("locked until ") + u.lockedUntil.toString(Qt::ISODate)
                                      : QStringLiteral("active");
            out() << u.id << '\t' << ow::core::CaseStates::roleKey(u.role) << '\t' << state << '\t'
                  << u.displayName << '\t' << u.authority << '\n';
        }
        return 0;
    }
    if (command == u"user" && sub == u"unlock") {
        const QString dir = options.required(QStringLiteral("dir"));
        const QString id = options.required(QStringLiteral("id"));
        if (!options.errors().isEmpty()) {
            return usageError(options.errors());
        }
        if (auto r = ExchangeAdmin::unlockUser(dir, id); !r) {
            return fail(r.error());
        }
        out() << "Unlocked " << id << ".\n";
        return 0;
    }
    if (command == u"user" && (sub == u"disable" || sub == u"enable")) {
        const QString dir = options.required(QStringLiteral("dir"));
        const QString id = options.required(QStringLiteral("id"));
        if (!options.errors().isEmpty()) {
            return usageError(options.errors());
        }
        if (auto r = ExchangeAdmin::setUserDisabled(dir, id, sub == u"disable"); !r) {
            return fail(r.error());
        }
        out() << (sub == u"disable" ? "Disabled " : "Enabled ") << id << ".\n";
        return 0;
    }
    if (command == u"serve") {
        const QString dir = options.required(QStringLiteral("dir"));
        const QString listen =
            options.value(QStringLiteral("listen")).value_or(QStringLiteral("127.0.0.1:8443"));
        bool daysOk = true;
        const int logDays =
            options.value(QStringLiteral("request-log-days")).value_or(QStringLiteral("90")).toInt(&daysOk);
        if (!daysOk || logDays < 0 || logDays > 36500) {
            return usageError({QStringLiteral("--request-log-days wants a number of days from 0 to 36500")});
        }
        if (!options.errors().isEmpty()) {
            return usageError(options.errors());
        }
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
        if (!portOk || port < 0 || port > 65535) {
            return usageError({QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:8443")});
        }
        // SIGINT and SIGTERM are taken by this thread only (sigwait below), before any worker starts.
        sigset_t stopSignals;
        sigemptyset(&stopSignals);
        sigaddset(&stopSignals, SIGINT);
        sigaddset(&stopSignals, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
        ServerOptions serverOptions;
        serverOptions.dir = dir;
        serverOptions.host = listen.left(colon);
        serverOptions.port = port;
        serverOptions.requestLogRetentionDays = logDays;
        ExchangeServer server(serverOptions);
        const auto started = server.start();
        if (!started) {
            return fail(started.error());
        }
        out() << "Listening on https://" << serverOptions.host << ':' << started.value()
              << " (Ctrl+C stops)\n";
        out().flush();
        int received = 0;
        sigwait(&stopSignals, &received);
        out() << "Stopping.\n";
        out().flush();
        server.stop();
        return 0;
    }
    if (command == u"demo-applications") {
        const QString dir = options.required(QStringLiteral("dir"));
        bool countOk = true;
        const int count =
            options.value(QStringLiteral("count")).value_or(QStringLiteral("5")).toInt(&countOk);
        const QString url =
            options.value(QStringLiteral("url")).value_or(QStringLiteral("https://127.0.0.1:8443"));
        const QString via = options.value(QStringLiteral("via")).value_or(QStringLiteral("https"));
        if (!options.errors().isEmpty() || !countOk || count < 1 || count > 100000) {
            QStringList errors = options.errors();
            if (!countOk || count < 1 || count > 100000) {
                errors.append(QStringLiteral("--count wants a number from 1 to 100000"));
            }
            return usageError(errors);
        }
        if (via != u"https" && via != u"store") {
            return usageError({QStringLiteral("--via wants https or store")});
        }
        const bool intoStore = via == u"store";
        const quint32 seed = QRandomGenerator::global()->generate();
        const auto submitted = intoStore ? DemoApplications::submitToStore(dir, count, seed)
                                         : DemoApplications::submit(dir, QUrl(url), count, seed);
        if (!submitted) {
            return fail(submitted.error());
        }
        out() << "Submitted " << submitted.value().size() << " online application(s).\n";
        return 0;
    }
    return usageError(
        {QStringLiteral("unknown command: ") + args.mid(1, twoWords ? 2 : 1).join(QLatin1Char(' '))});
}
