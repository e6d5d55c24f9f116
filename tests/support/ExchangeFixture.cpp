#include "ExchangeFixture.h"

#include "exchange/ExchangeAdmin.h"
#include "exchange/ExchangePaths.h"
#include "exchange/ExchangeServer.h"
#include "exchange/ExchangeStore.h"
#include "protocol/WireKeys.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

namespace ow::test {
namespace {

struct TestUser
{
    const char *id;
    const char *name;
    const char *role;
    const char *password;
};

const TestUser Users[] = {
    {"clerk01", "张丽", "clerk", "Counter#2026"},
    {"super01", "王建国", "supervisor", "Review#2026"},
    {"super02", "李秀英", "supervisor", "Review#2027"},
    {"admin01", "赵强", "admin", "Admin#2026!"},
};

const QString Passphrase = QStringLiteral("test-passphrase");

// The PostgreSQL server's maintenance database, from the environment scripts/postgres.sh sets.
Result<exchange::StoreLocation> postgresServer()
{
    const QString url = qEnvironmentVariable("OW_TEST_POSTGRES_URL");
    if (url.isEmpty()) {
        return Error{QStringLiteral("test.no_postgres"),
                     QStringLiteral("OW_TEST_POSTGRES_URL is not set, so there is no PostgreSQL server for "
                                    "the PostgreSQL run of the exchange tests. Run the tests through "
                                    "./scripts/test.sh (it starts a throwaway cluster with "
                                    "scripts/postgres.sh), or wrap ctest: scripts/postgres.sh ctest ..."),
                     {}};
    }
    return exchange::StoreLocation::fromUrl(url, qEnvironmentVariable("OW_TEST_POSTGRES_PASSWORD_FILE"));
}

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE).
bool maintenance(const exchange::StoreLocation &server, const QString &statement, QString *error)
{
    const QString name = QStringLiteral("ow-test-maintenance-%1").arg(QRandomGenerator::global()->generate());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (auto configured = server.configure(db); !configured) {
            *error = configured.error().message;
        } else if (!db.open()) {
            *error = QStringLiteral("cannot connect to %1: %2").arg(server.display(), db.lastError().text());
        } else {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok) {
                *error = statement + QStringLiteral(": ") + q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

ExchangeFixture::Backend ExchangeFixture::backendFromEnvironment()
{
    return qEnvironmentVariable("OW_EXCHANGE_BACKEND") == u"postgres" ? Backend::Postgres : Backend::Sqlite;
}

QString ExchangeFixture::backendName(Backend backend)
{
    return backend == Backend::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

ExchangeFixture::ExchangeFixture(Backend backend) : m_backend(backend) {}

ExchangeFixture::~ExchangeFixture()
{
    stop();
    dropDatabase();
}

ExchangeFixture::Backend ExchangeFixture::backend() const
{
    return m_backend;
}

QString ExchangeFixture::storeDisplay() const
{
    return m_store ? m_store->display() : QString();
}

QString ExchangeFixture::postgresDatabase() const
{
    return m_postgresDatabase;
}

bool ExchangeFixture::postgresStatement(const QString &statement, QString *error) const
{
    QString why;
    const Result<exchange::StoreLocation> server = postgresServer();
    const bool ok = server ? maintenance(server.value(), statement, &why) : false;
    if (!server) {
        why = server.error().message;
    }
    if (error) {
        *error = why;
    }
    return ok;
}

bool ExchangeFixture::createDatabase(QString *error)
{
    const Result<exchange::StoreLocation> server = postgresServer();
    if (!server) {
        *error = server.error().message;
        return false;
    }
    const QString name = QStringLiteral("ow_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    if (!maintenance(server.value(), QStringLiteral("CREATE DATABASE ") + name, error)) {
        return false;
    }
    m_postgresDatabase = name;
    m_store = std::make_unique<exchange::StoreLocation>(server.value());
    m_store->database = name;
    return true;
}

bool ExchangeFixture::createEmptyDatabase(QString *url, QString *passwordFile, QString *error)
{
    if (m_backend != Backend::Postgres || !m_postgresDatabase.isEmpty()) {
        *error = QStringLiteral("createEmptyDatabase: a PostgreSQL fixture without a database yet only");
        return false;
    }
    if (!createDatabase(error)) {
        return false;
    }
    *url = m_store->display();
    *passwordFile = m_store->passwordFile;
    return true;
}

void ExchangeFixture::dropDatabase()
{
    if (m_postgresDatabase.isEmpty()) {
        return;
    }
    const Result<exchange::StoreLocation> server = postgresServer();
    QString error;
    if (!server ||
        !maintenance(server.value(),
                     QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresDatabase),
                     &error)) {
        qWarning("ExchangeFixture: test database %s not dropped: %s", qPrintable(m_postgresDatabase),
                 qPrintable(error));
    }
    m_postgresDatabase.clear();
}

void ExchangeFixture::Reply::read(QNetworkReply *reply)
{
    status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    body = reply->readAll();
    json = QJsonDocument::fromJson(body).object();
    requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        headers.insert(name.toLower(), value);
    }
    if (reply->error() != QNetworkReply::NoError) {
        networkError = reply->errorString();
        networkErrorCode = int(reply->error());
    }
}

QString ExchangeFixture::password(const QString &userId)
{
    for (const TestUser &u : Users) {
        if (userId == QLatin1String(u.id)) {
            return QString::fromUtf8(u.password);
        }
    }
    return {};
}

QStringList ExchangeFixture::userIds()
{
    QStringList ids;
    for (const TestUser &u : Users) {
        ids.append(QLatin1String(u.id));
    }
    return ids;
}

bool ExchangeFixture::start(QString *error)
{
    return prepare(error) && restart(error);
}

bool ExchangeFixture::prepare(QString *error)
{
    const auto failed = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return false;
    };
    m_temp = std::make_unique<QTemporaryDir>();
    if (!m_temp->isValid()) {
        return failed(QStringLiteral("no temporary directory"));
    }
    std::optional<exchange::StoreLocation> store;
    if (m_backend == Backend::Postgres) {
        QString why;
        if (!createDatabase(&why)) {
            return failed(why);
        }
        store = *m_store;
    } else {
        m_store = std::make_unique<exchange::StoreLocation>(
            exchange::StoreLocation::sqlite(exchange::ExchangePaths(dir()).database()));
    }
    if (auto made = exchange::ExchangeAdmin::initialise(dir(), {}, store); !made) {
        return failed(made.error().message);
    }
    for (const TestUser &u : Users) {
        if (auto added = exchange::ExchangeAdmin::addUser(dir(), QLatin1String(u.id),
                                                          QString::fromUtf8(u.name), QLatin1String(u.role),
                                                          QString::fromUtf8(u.password), DefaultAuthority);
            !added) {
            return failed(added.error().message);
        }
    }
    for (const QString &code : {QStringLiteral("W01"), QStringLiteral("W02")}) {
        QString why;
        if (enrol(code, &why).code.isEmpty()) {
            return failed(why);
        }
    }
    return true;
}

bool ExchangeFixture::restart(QString *error)
{
    stop();
    exchange::ServerOptions options;
    options.dir = dir();
    options.port = m_port;             // 0 the first time: any free port
    options.publicPort = m_publicPort; // the same for the public lookup
    if (m_configure) {
        m_configure(options);
    }
    m_server = std::make_unique<exchange::ExchangeServer>(options);
    const Result<int> started = m_server->start();
    if (!started) {
        if (error) {
            *error = started.error().message;
        }
        m_server.reset();
        return false;
    }
    m_port = started.value();
    m_publicPort = m_server->publicPort();
    return true;
}

void ExchangeFixture::stop()
{
    if (m_server) {
        m_server->stop();
        m_server.reset();
    }
}

void ExchangeFixture::configureServer(std::function<void(exchange::ServerOptions &)> configure)
{
    m_configure = std::move(configure);
}

int ExchangeFixture::publicPort() const
{
    return m_publicPort;
}

QUrl ExchangeFixture::publicUrl(const QString &path) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_publicPort).arg(path));
}

QString ExchangeFixture::dir() const
{
    return m_temp ? m_temp->path() + QStringLiteral("/exchange") : QString();
}

QString ExchangeFixture::caBundlePath() const
{
    return exchange::ExchangePaths(dir()).caCert();
}

QString ExchangeFixture::portalCertPath() const
{
    return exchange::ExchangePaths(dir()).portalCert();
}

QString ExchangeFixture::portalKeyPath() const
{
    return exchange::ExchangePaths(dir()).portalKey();
}

int ExchangeFixture::port() const
{
    return m_port;
}

QUrl ExchangeFixture::url(const QString &path) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QUrl ExchangeFixture::url(protocol::Endpoint endpoint, const QString &query) const
{
    QUrl result = url(protocol::path(endpoint));
    if (!query.isEmpty()) {
        result.setQuery(query);
    }
    return result;
}

ExchangeFixture::Reply ExchangeFixture::request(const QSslConfiguration &ssl, protocol::Endpoint endpoint,
                                                const QJsonObject &body, const QString &token,
                                                const QString &query) const
{
    return call(ssl, protocol::method(endpoint), url(endpoint, query), body, token);
}

exchange::ExchangeServer *ExchangeFixture::server() const
{
    return m_server.get();
}

ExchangeFixture::Workstation ExchangeFixture::workstation(const QString &code) const
{
    return m_workstations.value(code);
}

bool ExchangeFixture::addUser(const QString &id, const QString &name, const QString &role,
                              const QString &password, const QString &authority, QString *error)
{
    const auto added = exchange::ExchangeAdmin::addUser(dir(), id, name, role, password, authority);
    if (!added) {
        if (error) {
            *error = added.error().message;
        }
        return false;
    }
    m_addedPasswords.insert(id, password);
    return true;
}

bool ExchangeFixture::addOtherAuthority(QString *error)
{
    return !enrol(QStringLiteral("W11"), error, OtherAuthority).code.isEmpty() &&
           addUser(QStringLiteral("clerk11"), QStringLiteral("郭芳"), QStringLiteral("clerk"),
                   OtherClerkPassword, OtherAuthority, error);
}

ExchangeFixture::Workstation ExchangeFixture::enrol(const QString &code, QString *error,
                                                    const QString &authority)
{
    Workstation w;
    const QString p12 = m_temp->path() + QStringLiteral("/%1-%2.p12").arg(code).arg(m_workstations.size());
    const auto enrolled = exchange::ExchangeAdmin::enrol(dir(), code, p12, Passphrase, authority);
    if (!enrolled) {
        if (error) {
            *error = enrolled.error().message;
        }
        return w;
    }
    w = {code, p12, Passphrase, enrolled.value().fingerprint};
    m_workstations.insert(code, w);
    return w;
}

bool ExchangeFixture::revoke(const QString &code, QString *error)
{
    const auto revoked = exchange::ExchangeAdmin::revoke(dir(), code);
    if (!revoked && error) {
        *error = revoked.error().message;
    }
    return revoked.ok();
}

QSslConfiguration ExchangeFixture::sslFromPkcs12(const QString &p12Path, const QString &passphrase,
                                                 const QString &caBundlePath)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    QFile file(p12Path);
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (file.open(QIODevice::ReadOnly) &&
        QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, passphrase.toUtf8())) {
        ssl.setPrivateKey(key);
        ssl.setLocalCertificate(certificate);
    }
    ssl.setCaCertificates(QSslCertificate::fromPath(caBundlePath));
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    return ssl;
}

QSslConfiguration ExchangeFixture::sslFor(const QString &code) const
{
    const Workstation w = workstation(code);
    return sslFromPkcs12(w.p12Path, w.passphrase, caBundlePath());
}

QSslConfiguration ExchangeFixture::sslForPortal() const
{
    QSslConfiguration ssl = sslWithoutClientCertificate();
    QFile keyFile(portalKeyPath());
    if (keyFile.open(QIODevice::ReadOnly)) {
        ssl.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(portalCertPath());
    if (!certs.isEmpty()) {
        ssl.setLocalCertificate(certs.first());
    }
    return ssl;
}

QSslConfiguration ExchangeFixture::sslWithoutClientCertificate() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(caBundlePath()));
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    return ssl;
}

ExchangeFixture::Reply ExchangeFixture::call(const QSslConfiguration &ssl, const QByteArray &method,
                                             const QUrl &url, const QJsonObject &body, const QString &token,
                                             int timeoutMs)
{
    const QByteArray bytes =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return callRaw(ssl, method, url, bytes, token, timeoutMs);
}

ExchangeFixture::Reply ExchangeFixture::callRaw(const QSslConfiguration &ssl, const QByteArray &method,
                                                const QUrl &url, const QByteArray &body, const QString &token,
                                                int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setSslConfiguration(ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    }
    QNetworkReply *reply = method == "GET"    ? manager.get(request)
                           : method == "HEAD" ? manager.head(request)
                                              : manager.sendCustomRequest(request, method, body);
    Reply result;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&result](const QList<QSslError> &errors) { result.sslErrors = errors; });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
    }
    result.read(reply);
    delete reply;
    return result;
}

QString ExchangeFixture::signIn(const QString &code, const QString &user, Reply *reply) const
{
    const Reply r =
        request(sslFor(code), protocol::Endpoint::Session,
                {{protocol::keys::session::User, user},
                 {protocol::keys::session::Password, m_addedPasswords.value(user, password(user))}});
    if (reply) {
        *reply = r;
    }
    return r.json.value(protocol::keys::session::Token).toString();
}

CommandRun runCommand(const QString &program, const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.start(program, args);
    process.waitForStarted(10000);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject ExchangeFixture::pushOne(const QString &workstation, const QString &token,
                                     const QJsonObject &event) const
{
    const Reply reply = request(sslFor(workstation), protocol::Endpoint::Events,
                                {{QString(protocol::keys::push::Events), QJsonArray{event}}}, token);
    return reply.json.value(protocol::keys::push::Results).toArray().at(0).toObject();
}

QList<QJsonObject> ExchangeFixture::feedOf(const QString &workstation, const QString &token,
                                           QLatin1StringView kind) const
{
    QList<QJsonObject> found;
    qint64 cursor = 0;
    for (int page = 0; page < 100; ++page) {
        const Reply reply = request(sslFor(workstation), protocol::Endpoint::Changes, {}, token,
                                    QStringLiteral("cursor=%1&limit=500").arg(cursor));
        for (const QJsonValue &change : reply.json.value(QStringLiteral("changes")).toArray()) {
            if (change.toObject().value(QStringLiteral("kind")).toString() == kind)
                found.append(change.toObject().value(QStringLiteral("case")).toObject());
        }
        cursor = reply.json.value(QStringLiteral("nextCursor")).toInteger();
        if (!reply.json.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    return found;
}

} // namespace ow::test
