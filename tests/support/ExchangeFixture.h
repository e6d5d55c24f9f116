#pragma once

#include "protocol/Endpoints.h"
#include "protocol/WireKeys.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace ow::exchange {
class ExchangeServer;
struct ServerOptions;
struct StoreLocation;
} // namespace ow::exchange

class QNetworkReply;

namespace ow::test {

// A real exchange for integration tests: a fresh PKI and store in a temporary directory, users
// clerk01 (clerk), super01 and super02 (supervisors), admin01 (admin), enrolled workstations W01 and
// W02, all of registration authority 140105 (DefaultAuthority), and the server on 127.0.0.1 with an ephemeral
// port, in this process. Tests talk to it over real mutual TLS with QNetworkAccessManager, as the client
// does.
//
// The store is SQLite in the directory, or a fresh PostgreSQL database (ow_test_<random>, created
// in start() and dropped by the destructor) on the server that OW_TEST_POSTGRES_URL names
// (password in OW_TEST_POSTGRES_PASSWORD_FILE); scripts/test.sh starts one (scripts/postgres.sh).
// What a command line program did: its exit code (-1: it crashed or did not finish) and output.
struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs `program` with `args` and `input` on its standard input; waits at most a minute.
CommandRun runCommand(const QString &program, const QStringList &args, const QByteArray &input = {});

class ExchangeFixture
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };
    // OW_EXCHANGE_BACKEND=sqlite|postgres; SQLite when unset.
    static Backend backendFromEnvironment();
    static QString backendName(Backend backend);

    struct Workstation
    {
        QString code;
        QString p12Path;
        QString passphrase;
        QString fingerprint;
    };

    // What one HTTPS call brought back.
    struct Reply
    {
        int status = 0; // 0: no HTTP answer (TLS or connection failure)
        QJsonObject json;
        QByteArray body;
        QString requestId;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QString networkError;                  // QNetworkReply's error string, when any
        int networkErrorCode = 0;
        QList<QSslError> sslErrors;
        QString errorCode() const
        {
            return json.value(protocol::keys::error::Error)
                .toObject()
                .value(protocol::keys::error::Code)
                .toString();
        }
        // Fills the fields from a finished (or aborted) reply; the TLS errors are not in it.
        void read(QNetworkReply *reply);
    };

    explicit ExchangeFixture(Backend backend = backendFromEnvironment());
    ~ExchangeFixture();
    ExchangeFixture(const ExchangeFixture &) = delete;
    ExchangeFixture &operator=(const ExchangeFixture &) = delete;

    // Makes the store, PKI, users and workstations and starts the server; false with `error` on
    // failure (for PostgreSQL without OW_TEST_POSTGRES_URL: a message saying to use scripts/test.sh).
    bool start(QString *error = nullptr);
    // Makes the store, PKI, users and workstations without starting a server.
    bool prepare(QString *error = nullptr);
    // PostgreSQL: creates this fixture's database empty (dropped by the destructor) for a test that
    // sets the store up itself (`onewindow-exchange init --database URL --database-password-file F`);
    // gives that URL (no password in it) and the password file. False with `error` on failure.
    bool createEmptyDatabase(QString *url, QString *passwordFile, QString *error);
    void stop();
    // Starts the server again on the same directory (same port when it is still free).
    bool restart(QString *error = nullptr);

    Backend backend() const;
    // postgresql://… of the test database (no password), or the SQLite file.
    QString storeDisplay() const;
    // PostgreSQL: the test database's name, and one statement run on the server's maintenance
    // database (e.g. to end the exchange's connections).
    QString postgresDatabase() const;
    bool postgresStatement(const QString &statement, QString *error = nullptr) const;
    QString dir() const;
    QString caBundlePath() const;
    QString portalCertPath() const;
    QString portalKeyPath() const;
    int port() const;
    // The public licence lookup (no client certificate): its port and an address on it.
    int publicPort() const;
    QUrl publicUrl(const QString &path) const;
    // Changes the server's options before each (re)start (limits a test attacks).
    void configureServer(std::function<void(exchange::ServerOptions &)> configure);
    QUrl url(const QString &path) const; // https://127.0.0.1:<port><path>
    // The protocol's endpoint at this exchange, with `query` (e.g. "cursor=0&limit=5") when given.
    QUrl url(protocol::Endpoint endpoint, const QString &query = {}) const;
    exchange::ExchangeServer *server() const;

    static inline const QString DefaultAuthority = QStringLiteral("140105");

    static QString password(const QString &userId);
    static QStringList userIds();
    // Adds a user of `authority` (signIn knows the password); false with `error` on failure.
    bool addUser(const QString &id, const QString &name, const QString &role, const QString &password,
                 const QString &authority, QString *error = nullptr);

    // A second registration authority for the tests of scoping: 迎泽区 (OtherAuthority), its
    // workstation W11 and its clerk "clerk11" (郭芳, OtherClerkPassword). False with `error`.
    static inline const QString OtherAuthority = QStringLiteral("140106");
    static inline const QString OtherClerkPassword = QStringLiteral("Yingze#2026");
    bool addOtherAuthority(QString *error = nullptr);

    Workstation workstation(const QString &code) const;
    // Enrols another workstation (a fresh certificate; the code may exist already) of `authority`.
    Workstation enrol(const QString &code, QString *error = nullptr,
                      const QString &authority = DefaultAuthority);
    bool revoke(const QString &code, QString *error = nullptr);

    // The client's TLS settings: the workstation's certificate and key from its PKCS#12, the
    // exchange's CA bundle as the only trusted CA, VerifyPeer.
    QSslConfiguration sslFor(const QString &workstation) const;
    static QSslConfiguration sslFromPkcs12(const QString &p12Path, const QString &passphrase,
                                           const QString &caBundlePath);
    QSslConfiguration sslForPortal() const;
    QSslConfiguration sslWithoutClientCertificate() const;

    // One request on a fresh QNetworkAccessManager (no connection shared between identities).
    static Reply call(const QSslConfiguration &ssl, const QByteArray &method, const QUrl &url,
                      const QJsonObject &body = {}, const QString &token = {}, int timeoutMs = 30000);
    static Reply callRaw(const QSslConfiguration &ssl, const QByteArray &method, const QUrl &url,
                         const QByteArray &body, const QString &token = {}, int timeoutMs = 30000);
    // One request to the protocol's endpoint (its method and path) at this exchange.
    Reply request(const QSslConfiguration &ssl, protocol::Endpoint endpoint, const QJsonObject &body = {},
                  const QString &token = {}, const QString &query = {}) const;
    // Signs in `user` from `workstation`; returns the token or empty.
    QString signIn(const QString &workstation, const QString &user, Reply *reply = nullptr) const;
    // The records ("case") of the feed's changes of `kind` that `workstation` reads with `token`, in
    // order, page after page from the start.
    QList<QJsonObject> feedOf(const QString &workstation, const QString &token, QLatin1StringView kind) const;
    // The exchange's result for one event pushed alone from `workstation` with `token` (POST events).
    QJsonObject pushOne(const QString &workstation, const QString &token, const QJsonObject &event) const;

private:
    bool createDatabase(QString *error);
    void dropDatabase();

    Backend m_backend;
    QString m_postgresDatabase; // created by this fixture, dropped by its destructor
    std::unique_ptr<exchange::StoreLocation> m_store;
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<exchange::ExchangeServer> m_server;
    QMap<QString, Workstation> m_workstations;
    QMap<QString, QString> m_addedPasswords; // users added by addUser
    int m_port = 0;
    int m_publicPort = 0;
    std::function<void(exchange::ServerOptions &)> m_configure;
};

} // namespace ow::test
