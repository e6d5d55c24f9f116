#pragma once

#include "core/CaseRecord.h"
#include "core/CaseState.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <optional>

class QSqlQuery;

namespace ow::exchange {

struct UserRecord
{
    QString id;
    QString displayName;
    core::Role role = core::Role::Clerk;
    QString verifier; // PasswordHash verifier, never the password
    bool disabled = false;
    QDateTime createdAt;
    int failedSignIns = 0; // wrong passwords since the last sign-in or lock
    QDateTime lockedUntil; // online sign-in refused until then; invalid: not locked
};

// A client certificate the CA issued: a workstation's or a service's (the portal).
struct CertificateRecord
{
    QString fingerprint; // SHA-256 of the DER, lowercase hex
    QString code;        // workstation code (CN), or the service name
    QString kind;        // "workstation" | "service"
    QString serial;
    QDateTime issuedAt;
    QDateTime notAfter;
    QDateTime revokedAt; // invalid while valid
    bool revoked() const { return revokedAt.isValid(); }
};

struct SessionRecord
{
    QString tokenHash;   // SHA-256 hex of the bearer token; the token itself is never stored
    QString refreshHash; // SHA-256 hex of the refresh token
    QString userId;
    QString fingerprint; // the client certificate the session is bound to
    QString workstation;
    QDateTime expiresAt;
    QDateTime refreshExpiresAt;
    QDateTime createdAt;
};

struct ChangeRecord
{
    qint64 seq = 0;
    QString kind; // "case"
    QString caseId;
    QJsonObject caseJson;
    QDateTime serverTime;
    QString origin; // "online" or the workstation code
};

struct RequestLogEntry
{
    QString requestId;
    QDateTime at;
    QString method;
    QString path;
    int status = 0;
    QString errorCode;
    QString fingerprint;
    QString workstation;
    QString userId;
    qint64 durationMs = 0;
};

// Where the store is: the SQLite file of an exchange directory, or a PostgreSQL database
// (`postgresql://user@host:port/dbname?sslmode=…`). The password is never part of it: it comes
// from `passwordFile` (first line), else libpq's PGPASSWORD or ~/.pgpass.
struct StoreLocation
{
    QString sqlitePath; // set for SQLite
    QString host;       // PostgreSQL from here on
    int port = 5432;
    QString user;
    QString database;
    QStringList options;  // libpq connection options, key=value
    QString passwordFile; // absolute path, or empty

    bool isPostgres() const { return sqlitePath.isEmpty(); }
    // The URL without any secret (postgresql://…), or the SQLite file's path.
    QString display() const;

    // Sets up a connection of the matching driver (QSQLITE or QPSQL) to this location, reading
    // the password file when there is one.
    Result<void> configure(QSqlDatabase &db) const;

    static StoreLocation sqlite(const QString &path);
    // Parses a postgresql:// (or postgres://) URL; one with a password in it is refused.
    static Result<StoreLocation> fromUrl(const QString &url, const QString &passwordFile = {});
    // The store of an exchange directory: `store.conf` written by `init --database`, else
    // the directory's SQLite file.
    static Result<StoreLocation> forDirectory(const QString &dir);
    // Records a PostgreSQL location in the directory's `store.conf` (URL and password file path).
    static Result<void> writeForDirectory(const QString &dir, const StoreLocation &location);
};

// The exchange's own store through Qt SQL: SQLite by default (WAL, synchronous=FULL), or
// PostgreSQL through QPSQL, where several exchange processes may share one database. One SQL
// text serves both (plain `?` placeholders); what differs is in the Dialect table of the .cpp.
// One instance is one connection, used by one thread only.
class ExchangeStore
{
public:
    static constexpr int SchemaVersion = 2;

    // Opens (creating and migrating when needed) the SQLite file at `path` on a connection
    // named `connectionName`, unique per thread.
    static Result<std::unique_ptr<ExchangeStore>> open(const QString &path, const QString &connectionName);
    // Opens the store at `location` (SQLite or PostgreSQL), creating the schema when needed.
    static Result<std::unique_ptr<ExchangeStore>> open(const StoreLocation &location,
                                                       const QString &connectionName);
    // Opens the store of an exchange directory (see StoreLocation::forDirectory).
    static Result<std::unique_ptr<ExchangeStore>> openDirectory(const QString &dir,
                                                                const QString &connectionName);
    bool isPostgres() const { return !m_sqlite; }
    // The connection failed as lost; the next use connects again.
    bool connectionLost() const { return m_reconnect; }
    ~ExchangeStore();
    ExchangeStore(const ExchangeStore &) = delete;
    ExchangeStore &operator=(const ExchangeStore &) = delete;

    // A write transaction. SQLite: BEGIN IMMEDIATE, so two writers wait instead of deadlocking.
    // PostgreSQL: READ COMMITTED, then LOCK TABLE changes IN EXCLUSIVE MODE: writers of every
    // process over the database take turns (readers are not blocked), so the feed's seq is
    // gap-free and commits in order, and an event id is looked up after the previous writer
    // committed (a concurrent duplicate is seen as a duplicate).
    Result<void> begin();
    Result<void> commit();
    void rollback();

    Result<void> addUser(const UserRecord &user);
    Result<std::optional<UserRecord>> user(const QString &id);
    Result<QList<UserRecord>> users();
    Result<bool> setUserDisabled(const QString &id, bool disabled); // false: no such user
    // Counts a wrong password (atomically); at `threshold` the account is locked until `lockUntil`
    // and the count starts again. Returns the user's lock time (invalid: not locked).
    Result<QDateTime> recordSignInFailure(const QString &id, int threshold, const QDateTime &lockUntil);
    // Clears the count and any lock (a good sign-in, or the administrator); false: no such user.
    Result<bool> clearSignInFailures(const QString &id);

    Result<void> addCertificate(const CertificateRecord &certificate);
    Result<std::optional<CertificateRecord>> certificate(const QString &fingerprint);
    Result<QList<CertificateRecord>> certificates();
    Result<int> revokeWorkstation(const QString &code, const QDateTime &at); // certificates revoked

    Result<void> addSession(const SessionRecord &session);
    Result<std::optional<SessionRecord>> sessionByToken(const QString &tokenHash);
    Result<std::optional<SessionRecord>> sessionByRefresh(const QString &refreshHash);
    Result<void> removeSession(const QString &tokenHash);
    Result<void> removeExpiredSessions(const QDateTime &now);
    Result<int> sessionCount();

    Result<std::optional<core::CaseRecord>> caseById(const QString &id);
    Result<int> caseCount();
    // Inserts (version 1 or a first sight of a counter case) or updates the case from
    // `expectedVersion`; an update that finds another version fails with case.stale.
    Result<void> putCase(const core::CaseRecord &record, std::optional<int> expectedVersion);

    Result<std::optional<QJsonObject>> appliedResult(const QString &eventId);
    Result<void> recordApplied(const QString &eventId, const QString &caseId, const QJsonObject &result,
                               const QString &actor, const QString &workstation, const QDateTime &at);
    Result<int> appliedCount();

    // Appends to the change feed; the sequence is allocated in the write transaction, so it is
    // gap-free and commits in order (a reader never skips a change that commits later).
    Result<qint64> appendChange(const QString &kind, const QString &caseId, const QJsonObject &caseJson,
                                const QString &origin, const QDateTime &at);
    // At most `limit` changes after `after`, in order, and no more of them than it takes to pass
    // `maxChars` characters of case JSON by one change (the feed's byte budget, read bounded).
    Result<QList<ChangeRecord>> changes(qint64 after, int limit,
                                        qint64 maxChars = std::numeric_limits<qint64>::max());

    Result<void> logRequest(const RequestLogEntry &entry);
    Result<void> logRequests(const QList<RequestLogEntry> &entries); // in one transaction
    Result<int> pruneRequestLog(const QDateTime &before);            // rows deleted
    // The request log for the support desk, newest first: one request by id, or those of a
    // workstation and/or since a time (empty / invalid: any), at most `limit`.
    Result<QList<RequestLogEntry>> requestLog(const QString &requestId, const QString &workstation,
                                              const QDateTime &since, int limit);
    Result<int> requestLogCount();

    static QString timeText(const QDateTime &time);
    static QDateTime timeFromText(const QString &text);

private:
    struct Dialect;
    explicit ExchangeStore(const QString &connectionName);
    Result<void> migrate();
    Result<void> run(const QString &statement);
    Error failure(const QSqlError &error, const QString &what) const;
    Result<void> reconnectIfLost();
    Result<std::optional<SessionRecord>> readSession(QSqlQuery *q, const QString &key);
    Result<QSqlQuery *> prepare(const QString &sql);
    Result<void> execute(QSqlQuery *query);
    Result<int> countOf(const QString &sql);

    QString m_connectionName;
    QSqlDatabase m_db;
    const Dialect *m_dialect = nullptr;
    bool m_sqlite = true;
    mutable bool m_reconnect = false; // PostgreSQL: the connection was lost; open it again first
    QHash<QString, QSqlQuery *> m_statements;
};

} // namespace ow::exchange
