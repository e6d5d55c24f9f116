#include "Commands.h"

#include "CommandLine.h"
#include "core/CaseState.h"
#include "exchange/DemoApplications.h"
#include "exchange/DemoDepartments.h"
#include "exchange/DepartmentAdmin.h"
#include "exchange/ExchangeAdmin.h"
#include "exchange/ExchangeServer.h"
#include "exchange/LicenceAdmin.h"
#include "exchange/Pki.h"

#include <QDate>
#include <QRandomGenerator>

#include <algorithm>
#include <csignal>
#include <iterator>
#include <pthread.h>

namespace ow::exchange::cli {
namespace {

int init(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const QStringList hosts = options.values(QStringLiteral("host"));
    const std::optional<QString> database = options.value(QStringLiteral("database"));
    const std::optional<QString> passwordFile = options.value(QStringLiteral("database-password-file"));
    const QString signing = options.value(QStringLiteral("signing")).value_or(QStringLiteral("sm2"));
    if (!options.errors().isEmpty()) {
        return usageError(options.errors());
    }
    if (passwordFile && !database) {
        return usageError({QStringLiteral("--database-password-file goes with --database")});
    }
    if (signing != u"sm2" && signing != u"ecdsa") {
        return usageError({QStringLiteral("--signing wants sm2 (SM2 with SM3, the default) or ecdsa (ECDSA "
                                          "P-256 with SHA-256)")});
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
    // initialise makes an SM2 signing key; the ECDSA setting replaces it before anything signs.
    if (signing == u"ecdsa") {
        if (auto r = Pki::makeSigningKey(ExchangePaths(dir), security::SealAlgorithm::EcdsaP256Sha256); !r) {
            return fail(r.error());
        }
    }
    out() << "Initialised " << dir << (store ? QStringLiteral(" on ") + store->display() : QString())
          << ": give clients " << dir << "/ca.crt as the CA bundle.\n";
    return 0;
}

// enrol --department CODE --name NAME --kinds … --authority CODE --out F.p12 --passphrase-file F
int enrolDepartment(Options &options, const QString &dir, const QString &code)
{
    core::Department department;
    department.code = code;
    department.name = options.required(QStringLiteral("name"));
    const QString kinds = options.required(QStringLiteral("kinds"));
    department.authority = options.required(QStringLiteral("authority"));
    const QString outPath = options.required(QStringLiteral("out"));
    const QString passFile = options.required(QStringLiteral("passphrase-file"));
    if (!options.errors().isEmpty()) {
        return usageError(options.errors());
    }
    if (auto parsed = DepartmentAdmin::parseKinds(kinds, &department); !parsed) {
        return fail(parsed.error());
    }
    const auto passphrase = ExchangeAdmin::readSecretFile(passFile);
    if (!passphrase) {
        return fail(passphrase.error());
    }
    const auto enrolled = DepartmentAdmin::enrol(dir, department, outPath, passphrase.value());
    if (!enrolled) {
        return fail(enrolled.error());
    }
    out() << "Enrolled department " << DepartmentAdmin::describe(department) << ": " << outPath
          << " (SHA-256 " << enrolled.value().fingerprint << ", valid until "
          << enrolled.value().notAfter.toString(Qt::ISODate) << ")\n";
    return 0;
}

int enrol(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    if (const std::optional<QString> department = options.value(QStringLiteral("department"))) {
        return enrolDepartment(options, dir, *department);
    }
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
    out() << "Enrolled " << workstation << " of authority " << authority << ": " << outPath << " (SHA-256 "
          << enrolled.value().fingerprint << ", valid until "
          << enrolled.value().notAfter.toString(Qt::ISODate) << ")\n";
    return 0;
}

int revoke(Options &options, const QString & /*sub*/)
{
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

int revokeLicence(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const QString code = options.required(QStringLiteral("code"));
    const QString decision = options.required(QStringLiteral("decision"));
    const QString on =
        options.value(QStringLiteral("on")).value_or(QDate::currentDate().toString(Qt::ISODate));
    const QDate decidedOn = QDate::fromString(on, Qt::ISODate);
    if (!options.errors().isEmpty() || !decidedOn.isValid()) {
        QStringList errors = options.errors();
        if (!decidedOn.isValid())
            errors.append(QStringLiteral("--on wants the decision's date as YYYY-MM-DD"));
        return usageError(errors);
    }
    const Result<bool> revoked = LicenceAdmin::revoke(dir, code, decision, decidedOn);
    if (!revoked) {
        return fail(revoked.error());
    }
    out() << (revoked.value() ? "Revoked the licence " : "The licence was revoked already: ") << code
          << (revoked.value() ? "; every workstation learns it with its next sync.\n" : ".\n");
    return 0;
}

// 注销: the entity's name stays protected for a year from `--on` (name rules 2020, art. 17).
int deregisterLicence(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const QString code = options.required(QStringLiteral("code"));
    const QString text =
        options.value(QStringLiteral("on")).value_or(QDate::currentDate().toString(Qt::ISODate));
    const QDate on = QDate::fromString(text, Qt::ISODate);
    if (!options.errors().isEmpty() || !on.isValid()) {
        QStringList errors = options.errors();
        if (!on.isValid())
            errors.append(QStringLiteral("--on wants the deregistration's date as YYYY-MM-DD"));
        return usageError(errors);
    }
    const Result<bool> done = LicenceAdmin::deregister(dir, code, on);
    if (!done) {
        return fail(done.error());
    }
    if (!done.value()) {
        out() << "Deregistered already: " << code << ".\n";
        return 0;
    }
    out() << "Deregistered " << code
          << "; every workstation learns it with its next sync, and its name stays "
          << "protected until " << on.addYears(1).toString(Qt::ISODate) << ".\n";
    return 0;
}

int workstationList(Options &options, const QString & /*sub*/)
{
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

int requestLog(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const QString requestId = options.value(QStringLiteral("request")).value_or(QString());
    const QString workstation = options.value(QStringLiteral("workstation")).value_or(QString());
    const QString sinceText = options.value(QStringLiteral("since")).value_or(QString());
    bool limitOk = true;
    const int limit = options.value(QStringLiteral("limit")).value_or(QStringLiteral("50")).toInt(&limitOk);
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
        out() << e.at.toString(Qt::ISODateWithMs) << '\t' << e.requestId << '\t' << e.method << ' ' << e.path
              << '\t' << e.status << '\t' << (e.errorCode.isEmpty() ? QStringLiteral("-") : e.errorCode)
              << '\t' << (e.workstation.isEmpty() ? QStringLiteral("-") : e.workstation) << '\t'
              << (e.userId.isEmpty() ? QStringLiteral("-") : e.userId) << '\t' << e.durationMs << " ms\n";
    }
    return 0;
}

int userAdd(Options &options, const QString & /*sub*/)
{
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

int userList(Options &options, const QString & /*sub*/)
{
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

int userUnlock(Options &options, const QString & /*sub*/)
{
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

int userDisable(Options &options, const QString &sub)
{
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

int serve(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const QString listen = options.value(QStringLiteral("listen")).value_or(QStringLiteral("127.0.0.1:8443"));
    bool daysOk = true;
    const int logDays =
        options.value(QStringLiteral("request-log-days")).value_or(QStringLiteral("90")).toInt(&daysOk);
    if (!daysOk || logDays < 0 || logDays > 36500) {
        return usageError({QStringLiteral("--request-log-days wants a number of days from 0 to 36500")});
    }
    const QString publicPortText =
        options.value(QStringLiteral("public-port")).value_or(QStringLiteral("8444"));
    bool publicOk = publicPortText == u"off";
    const int publicPort = publicOk ? -1 : publicPortText.toInt(&publicOk);
    if (!publicOk || publicPort > 65535 || publicPort < -1) {
        return usageError({QStringLiteral("--public-port wants a port number, or off")});
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
    serverOptions.publicPort = publicPort;
    serverOptions.requestLogRetentionDays = logDays;
    ExchangeServer server(serverOptions);
    const auto started = server.start();
    if (!started) {
        return fail(started.error());
    }
    out() << "Listening on https://" << serverOptions.host << ':' << started.value() << " (Ctrl+C stops)\n";
    if (server.publicPort() > 0) {
        out() << "Public licence lookup on https://" << serverOptions.host << ':' << server.publicPort()
              << "/licence/<credit code>\n";
    }
    out().flush();
    int received = 0;
    sigwait(&stopSignals, &received);
    out() << "Stopping.\n";
    out().flush();
    server.stop();
    return 0;
}

int demoApplications(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    bool countOk = true;
    const int count = options.value(QStringLiteral("count")).value_or(QStringLiteral("5")).toInt(&countOk);
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

int departmentList(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    if (!options.errors().isEmpty()) {
        return usageError(options.errors());
    }
    const auto departments = DepartmentAdmin::departments(dir);
    if (!departments) {
        return fail(departments.error());
    }
    for (const core::Department &department : departments.value()) {
        out() << DepartmentAdmin::describe(department) << '\n';
    }
    return 0;
}

int demoDepartments(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const QString url =
        options.value(QStringLiteral("url")).value_or(QStringLiteral("https://127.0.0.1:8443"));
    if (!options.errors().isEmpty()) {
        return usageError(options.errors());
    }
    const auto played = DemoDepartments::play(dir, QUrl(url));
    if (!played) {
        return fail(played.error());
    }
    out() << "Departments read " << played.value().registrations << " registration(s), claimed "
          << played.value().claims << ", pushed back " << played.value().licences << " licence(s) and "
          << played.value().penalties << " penalty(s).\n";
    return 0;
}

// clang-format off
const Command Commands[] = {
    {"init", nullptr, init},          {"enrol", nullptr, enrol},
    {"revoke", nullptr, revoke},      {"workstation", "list", workstationList},
    {"log", nullptr, requestLog},     {"user", "add", userAdd},
    {"user", "list", userList},       {"user", "unlock", userUnlock},
    {"user", "disable", userDisable}, {"user", "enable", userDisable},
    {"serve", nullptr, serve},        {"demo-applications", nullptr, demoApplications},
    {"verify-licence", nullptr, verifyLicence},
    {"stock", "add", stockAdd},       {"stock", "list", stockList},
    {"stock", "report", stockReport}, {"revoke-licence", nullptr, revokeLicence},
    {"credit", "import", creditImport}, {"credit", "remove", creditRemove},
    {"credit", "list", creditList},
    {"deregister-licence", nullptr, deregisterLicence},
    {"department", "list", departmentList}, {"demo-departments", nullptr, demoDepartments},
    {"next-step", nullptr, nextStep},
    {"notice", "object", noticeObject},
};
// clang-format on

} // namespace

const Command *findCommand(const QString &word, const QString &subWord)
{
    for (const Command &c : Commands) {
        if (word == QLatin1StringView(c.word) &&
            (c.subWord == nullptr ? subWord.isEmpty() : subWord == QLatin1StringView(c.subWord)))
            return &c;
    }
    return nullptr;
}

bool takesSubWord(const QString &word)
{
    return std::any_of(std::begin(Commands), std::end(Commands), [&](const Command &c) {
        return c.subWord != nullptr && word == QLatin1StringView(c.word);
    });
}

} // namespace ow::exchange::cli
