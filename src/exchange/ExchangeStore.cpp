#include "ExchangeStore.h"

#include "ExchangeLog.h"
#include "ExchangePaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace ow::exchange {
namespace {

// What differs between the two SQL dialects; every other statement is one text for both.
struct DialectSpec
{
    bool sqlite;
    const char *driver;
    const char *begin;         // opens a write transaction
    const char *writeLock;     // first statement of a write transaction (empty: none needed)
    const char *migrationLock; // first statement of the schema transaction (empty: none needed)
};

const DialectSpec Dialects[] = {
    // SQLite: BEGIN IMMEDIATE takes the database's write lock at once; one writer at a time.
    {true, "QSQLITE", "BEGIN IMMEDIATE", "", ""},
    // PostgreSQL: READ COMMITTED (each statement sees what committed before it), writers of all
    // processes serialised by an EXCLUSIVE lock on the feed table (plain SELECTs still run), and
    // concurrent first starts serialised by a transaction-scoped advisory lock.
    {false, "QPSQL", "BEGIN ISOLATION LEVEL READ COMMITTED", "LOCK TABLE changes IN EXCLUSIVE MODE",
     "SELECT pg_advisory_xact_lock(7277001)"},
};

Error storeError(const QSqlError &error, const QString &what, bool sqlite)
{
    qCWarning(lcExchangeStore) << what << error.text();
    bool busy = error.type() == QSqlError::ConnectionError;
    if (sqlite) {
        // SQLite busy or locked: another writer held the file longer than the busy timeout.
        const int native = error.nativeErrorCode().toInt() & 0xff;
        busy = busy || native == 5 || native == 6;
    } else {
        // SQLSTATE: connection exceptions (08), serialization failure, deadlock, lock not
        // available, server shutting down (57P0x), too many connections.
        const QString state = error.nativeErrorCode();
        busy = busy || state.startsWith(u"08") || state == u"40001" || state == u"40P01" ||
               state == u"55P03" || state.startsWith(u"57P") || state == u"53300";
    }
    if (busy) {
        return Error{QStringLiteral("server.unavailable"),
                     QStringLiteral("The exchange's store is busy or unreachable; try again."),
                     {}};
    }
    return Error{QStringLiteral("server.internal"), QStringLiteral("The exchange's store failed."), {}};
}

// A null QString would bind as NULL; text columns hold '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

const char *const Schema[] = {
    "CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE users (id VARCHAR(64) PRIMARY KEY, display_name TEXT NOT NULL, role VARCHAR(16) NOT "
    "NULL,"
    " verifier TEXT NOT NULL, disabled INTEGER NOT NULL, created_at VARCHAR(32) NOT NULL)",
    "CREATE TABLE workstations (fingerprint VARCHAR(64) PRIMARY KEY, code VARCHAR(64) NOT NULL,"
    " kind VARCHAR(16) NOT NULL, serial VARCHAR(64) NOT NULL, issued_at VARCHAR(32) NOT NULL,"
    " not_after VARCHAR(32) NOT NULL, revoked_at VARCHAR(32) NOT NULL)",
    "CREATE INDEX workstations_code ON workstations (code)",
    "CREATE TABLE sessions (token_hash VARCHAR(64) PRIMARY KEY, refresh_hash VARCHAR(64) NOT NULL UNIQUE,"
    " user_id VARCHAR(64) NOT NULL, fingerprint VARCHAR(64) NOT NULL, workstation VARCHAR(64) NOT NULL,"
    " expires_at VARCHAR(32) NOT NULL, refresh_expires_at VARCHAR(32) NOT NULL, created_at VARCHAR(32) NOT "
    "NULL)",
    "CREATE TABLE cases (id VARCHAR(64) PRIMARY KEY, version INTEGER NOT NULL, state VARCHAR(32) NOT NULL,"
    " record TEXT NOT NULL, updated_at VARCHAR(32) NOT NULL)",
    "CREATE TABLE applied_events (event_id VARCHAR(64) PRIMARY KEY, case_id VARCHAR(64) NOT NULL,"
    " result TEXT NOT NULL, actor VARCHAR(64) NOT NULL, workstation VARCHAR(64) NOT NULL,"
    " applied_at VARCHAR(32) NOT NULL)",
    "CREATE TABLE changes (seq BIGINT PRIMARY KEY, kind VARCHAR(16) NOT NULL, case_id VARCHAR(64) NOT "
    "NULL,"
    " case_json TEXT NOT NULL, server_time VARCHAR(32) NOT NULL, origin VARCHAR(64) NOT NULL)",
    "CREATE TABLE request_log (request_id VARCHAR(64) PRIMARY KEY, at VARCHAR(32) NOT NULL,"
    " method VARCHAR(8) NOT NULL, path TEXT NOT NULL, status INTEGER NOT NULL, error_code VARCHAR(64) NOT "
    "NULL,"
    " fingerprint VARCHAR(64) NOT NULL, workstation VARCHAR(64) NOT NULL, user_id VARCHAR(64) NOT NULL,"
    " duration_ms BIGINT NOT NULL)",
};

// What each version adds to the one before it: Upgrades[i] takes a store from version i + 1 to
// i + 2. Statements every supported PostgreSQL and SQLite accept as they are.
const std::vector<std::vector<const char *>> Upgrades = {
    // 2: the request log is pruned by age; online sign-in locks an account after repeated failures.
    {"CREATE INDEX request_log_at ON request_log (at)",
     "ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0",
     "ALTER TABLE users ADD COLUMN locked_until VARCHAR(32) NOT NULL DEFAULT ''"},
};

UserRecord userFrom(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toString();
    u.displayName = q.value(1).toString();
    u.role = core::CaseStates::roleFromKey(q.value(2).toString()).value_or(core::Role::Clerk);
    u.verifier = q.value(3).toString();
    u.disabled = q.value(4).toInt() != 0;
    u.createdAt = ExchangeStore::timeFromText(q.value(5).toString());
    u.failedSignIns = q.value(6).toInt();
    u.lockedUntil = ExchangeStore::timeFromText(q.value(7).toString());
    return u;
}

CertificateRecord certificateFrom(const QSqlQuery &q)
{
    CertificateRecord c;
    c.fingerprint = q.value(0).toString();
    c.code = q.value(1).toString();
    c.kind = q.value(2).toString();
    c.serial = q.value(3).toString();
    c.issuedAt = ExchangeStore::timeFromText(q.value(4).toString());
    c.notAfter = ExchangeStore::timeFromText(q.value(5).toString());
    c.revokedAt = ExchangeStore::timeFromText(q.value(6).toString());
    return c;
}

SessionRecord sessionFrom(const QSqlQuery &q)
{
    SessionRecord s;
    s.tokenHash = q.value(0).toString();
    s.refreshHash = q.value(1).toString();
    s.userId = q.value(2).toString();
    s.fingerprint = q.value(3).toString();
    s.workstation = q.value(4).toString();
    s.expiresAt = ExchangeStore::timeFromText(q.value(5).toString());
    s.refreshExpiresAt = ExchangeStore::timeFromText(q.value(6).toString());
    s.createdAt = ExchangeStore::timeFromText(q.value(7).toString());
    return s;
}

const QString UserColumns = QStringLiteral("id, display_name, role, verifier, disabled, created_at");
const QString UserSelectColumns = UserColumns + QStringLiteral(", failed_sign_ins, locked_until");
const QString CertificateColumns =
    QStringLiteral("fingerprint, code, kind, serial, issued_at, not_after, revoked_at");
const QString SessionColumns = QStringLiteral("token_hash, refresh_hash, user_id, fingerprint, workstation, "
                                              "expires_at, refresh_expires_at, created_at");

} // namespace

QString ExchangeStore::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime ExchangeStore::timeFromText(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

// ---- location

StoreLocation StoreLocation::sqlite(const QString &path)
{
    StoreLocation location;
    location.sqlitePath = path;
    return location;
}

QString StoreLocation::display() const
{
    if (!isPostgres()) {
        return sqlitePath;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const QString &option : options) {
            const qsizetype eq = option.indexOf(QLatin1Char('='));
            query.addQueryItem(option.left(eq), option.mid(eq + 1));
        }
        url.setQuery(query);
    }
    return url.toString();
}

Result<StoreLocation> StoreLocation::fromUrl(const QString &text, const QString &passwordFile)
{
    const auto invalid = [&text](const QString &why) {
        return Error{QStringLiteral("store.invalid_url"),
                     QStringLiteral("%1 is not a PostgreSQL URL: %2 (expected "
                                    "postgresql://USER@HOST:PORT/DBNAME).")
                         .arg(text, why),
                     {}};
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
        return invalid(QStringLiteral("the scheme must be postgresql://"));
    }
    if (!url.password().isEmpty()) {
        return Error{QStringLiteral("store.password_in_url"),
                     QStringLiteral("Do not put the database password in the URL (it would show in the "
                                    "process list and the logs); give --database-password-file or set "
                                    "PGPASSWORD."),
                     {}};
    }
    // Names and options become libpq "key=value" words: nothing that could start another word.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.:/+-]*$"));
    StoreLocation location;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/'))) {
        return invalid(QStringLiteral("the database name is missing"));
    }
    for (const QString &value : {location.host, location.user, location.database}) {
        if (!safe.match(value).hasMatch()) {
            return invalid(QStringLiteral("\"%1\" has characters not allowed here").arg(value));
        }
    }
    static const QStringList allowed{QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs")};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key) || value.isEmpty() || !safe.match(value).hasMatch()) {
            return invalid(QStringLiteral("the option \"%1\" is not supported here").arg(key));
        }
        location.options.append(key + QLatin1Char('=') + value);
    }
    if (!passwordFile.isEmpty()) {
        location.passwordFile = QFileInfo(passwordFile).absoluteFilePath();
    }
    return location;
}

Result<StoreLocation> StoreLocation::forDirectory(const QString &dir)
{
    const ExchangePaths paths(dir);
    QFile file(paths.storeConfig());
    if (!file.exists()) {
        return sqlite(paths.database());
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error{QStringLiteral("store.config"),
                     QStringLiteral("Cannot read %1: %2").arg(paths.storeConfig(), file.errorString()),
                     {}};
    }
    QString url;
    QString passwordFile;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine(4096)).trimmed();
        if (line.startsWith(u"url=")) {
            url = line.mid(4);
        } else if (line.startsWith(u"password-file=")) {
            passwordFile = line.mid(14);
        }
    }
    if (url.isEmpty()) {
        return Error{QStringLiteral("store.config"),
                     QStringLiteral("%1 has no url= line.").arg(paths.storeConfig()),
                     {}};
    }
    return fromUrl(url, passwordFile);
}

Result<void> StoreLocation::writeForDirectory(const QString &dir, const StoreLocation &location)
{
    const ExchangePaths paths(dir);
    QSaveFile file(paths.storeConfig());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return Error{QStringLiteral("store.config"),
                     QStringLiteral("Cannot write %1: %2").arg(paths.storeConfig(), file.errorString()),
                     {}};
    }
    QByteArray text = "# The exchange's store (onewindow-exchange init --database). No password here.\n";
    text += "url=" + location.display().toUtf8() + '\n';
    if (!location.passwordFile.isEmpty()) {
        text += "password-file=" + location.passwordFile.toUtf8() + '\n';
    }
    file.write(text);
    if (!file.commit()) {
        return Error{QStringLiteral("store.config"),
                     QStringLiteral("Cannot write %1: %2").arg(paths.storeConfig(), file.errorString()),
                     {}};
    }
    return {};
}

Result<void> StoreLocation::configure(QSqlDatabase &db) const
{
    if (!isPostgres()) {
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        return {};
    }
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setDatabaseName(database);
    QStringList connectOptions = options;
    if (!connectOptions.join(QLatin1Char(' ')).contains(u"connect_timeout=")) {
        connectOptions.append(QStringLiteral("connect_timeout=10"));
    }
    if (!connectOptions.join(QLatin1Char(' ')).contains(u"application_name=")) {
        connectOptions.append(QStringLiteral("application_name=onewindow-exchange"));
    }
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!passwordFile.isEmpty()) {
        // Otherwise libpq takes PGPASSWORD or ~/.pgpass itself.
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{QStringLiteral("server.internal"),
                         QStringLiteral("Cannot read the database password file %1: %2")
                             .arg(passwordFile, file.errorString()),
                         {}};
        }
        QString password = QString::fromUtf8(file.readLine(4096));
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r'))) {
            password.chop(1);
        }
        db.setPassword(password);
    }
    return {};
}

// ---- the store

struct ExchangeStore::Dialect : DialectSpec
{
};

ExchangeStore::ExchangeStore(const QString &connectionName) : m_connectionName(connectionName) {}

ExchangeStore::~ExchangeStore()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error ExchangeStore::failure(const QSqlError &error, const QString &what) const
{
    if (!m_sqlite) {
        // The server restarted, or an administrator ended the session: this connection is gone.
        // The request fails (503); the next use of the store connects again.
        const QString state = error.nativeErrorCode();
        if (error.type() == QSqlError::ConnectionError || state.startsWith(u"08") ||
            state.startsWith(u"57P") || (state.isEmpty() && error.type() != QSqlError::NoError)) {
            m_reconnect = true;
        }
    }
    return storeError(error, what, m_sqlite);
}

Result<void> ExchangeStore::reconnectIfLost()
{
    if (!m_reconnect) {
        return {};
    }
    qDeleteAll(m_statements);
    m_statements.clear();
    m_db.close();
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        qCWarning(lcExchangeStore) << "cannot connect again:" << error.text();
        return Error{QStringLiteral("server.unavailable"),
                     QStringLiteral("The exchange's store is unreachable; try again."),
                     {}};
    }
    m_reconnect = false;
    qCInfo(lcExchangeStore) << "connected again to" << m_db.databaseName();
    return {};
}

Result<void> ExchangeStore::run(const QString &statement)
{
    QSqlQuery q(m_db);
    if (!q.exec(statement)) {
        return failure(q.lastError(), statement);
    }
    return {};
}

Result<std::unique_ptr<ExchangeStore>> ExchangeStore::open(const QString &path, const QString &connectionName)
{
    return open(StoreLocation::sqlite(path), connectionName);
}

Result<std::unique_ptr<ExchangeStore>> ExchangeStore::openDirectory(const QString &dir,
                                                                    const QString &connectionName)
{
    const Result<StoreLocation> location = StoreLocation::forDirectory(dir);
    if (!location) {
        return location.error();
    }
    return open(location.value(), connectionName);
}

Result<std::unique_ptr<ExchangeStore>> ExchangeStore::open(const StoreLocation &location,
                                                           const QString &connectionName)
{
    std::unique_ptr<ExchangeStore> store(new ExchangeStore(connectionName));
    static const Dialect sqliteDialect{Dialects[0]};
    static const Dialect postgresDialect{Dialects[1]};
    store->m_dialect = location.isPostgres() ? &postgresDialect : &sqliteDialect;
    store->m_sqlite = store->m_dialect->sqlite;
    const QString driver = QLatin1String(store->m_dialect->driver);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error{QStringLiteral("server.internal"),
                     QStringLiteral("Qt's %1 driver is not installed (Debian: libqt6sql6-%2).")
                         .arg(driver, store->m_sqlite ? QStringLiteral("sqlite") : QStringLiteral("psql")),
                     {}};
    }
    store->m_db = QSqlDatabase::addDatabase(driver, connectionName);
    if (auto configured = location.configure(store->m_db); !configured) {
        return configured.error();
    }
    if (!store->m_db.open()) {
        const QSqlError error = store->m_db.lastError();
        qCWarning(lcExchangeStore) << "cannot open" << location.display() << error.text();
        return Error{QStringLiteral("server.unavailable"),
                     QStringLiteral("Cannot open the exchange's store %1: %2")
                         .arg(location.display(), error.text().trimmed()),
                     {}};
    }
    if (store->m_sqlite) {
        for (const QString &statement :
             {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
              QStringLiteral("PRAGMA foreign_keys = ON")}) {
            if (auto done = store->run(statement); !done) {
                return done.error();
            }
        }
    }
    if (auto migrated = store->migrate(); !migrated) {
        return migrated.error();
    }
    return store;
}

Result<void> ExchangeStore::migrate()
{
    // The version as committed; 0 when the meta table does not exist yet.
    const auto readVersion = [this]() -> Result<int> {
        if (!m_db.tables().contains(QStringLiteral("meta"))) {
            return 0;
        }
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
            return failure(q.lastError(), QStringLiteral("schema version"));
        }
        return q.next() ? q.value(0).toInt() : 0;
    };
    Result<int> version = readVersion();
    if (version && version.value() == SchemaVersion) {
        return {};
    }
    // Create under the dialect's schema lock, and look again: another process may have been first.
    if (auto begun = run(QLatin1String(m_dialect->begin)); !begun) {
        return begun;
    }
    const auto abandon = [this](const Error &error) {
        rollback();
        return error;
    };
    if (*m_dialect->migrationLock) {
        if (auto locked = run(QLatin1String(m_dialect->migrationLock)); !locked) {
            return abandon(locked.error());
        }
    }
    version = readVersion();
    if (!version) {
        return abandon(version.error());
    }
    if (version.value() == SchemaVersion) {
        rollback();
        return {};
    }
    if (version.value() > SchemaVersion) {
        return abandon(
            Error{QStringLiteral("server.internal"),
                  QStringLiteral("The exchange's store is from a newer version (%1).").arg(version.value()),
                  {}});
    }
    const int from = version.value();
    if (from == 0) {
        for (const char *statement : Schema) {
            if (auto created = run(QString::fromLatin1(statement)); !created) {
                return abandon(created.error());
            }
        }
    }
    for (int next = std::max(from, 1); next < SchemaVersion; ++next) {
        for (const char *statement : Upgrades.at(size_t(next - 1))) {
            if (auto upgraded = run(QString::fromLatin1(statement)); !upgraded) {
                return abandon(upgraded.error());
            }
        }
    }
    QSqlQuery q(m_db);
    q.prepare(from == 0 ? QStringLiteral("INSERT INTO meta (value, key) VALUES (?, 'schema_version')")
                        : QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"));
    q.addBindValue(QString::number(SchemaVersion));
    if (!q.exec()) {
        return abandon(failure(q.lastError(), QStringLiteral("schema version")));
    }
    q.finish();
    if (auto committed = commit(); !committed) {
        return committed;
    }
    qCInfo(lcExchangeStore) << "schema version" << from << "→" << SchemaVersion << "in"
                            << (m_sqlite ? m_db.databaseName()
                                         : QStringLiteral("PostgreSQL database ") + m_db.databaseName());
    return {};
}

Result<void> ExchangeStore::begin()
{
    if (auto connected = reconnectIfLost(); !connected) {
        return connected;
    }
    if (auto begun = run(QLatin1String(m_dialect->begin)); !begun) {
        return begun;
    }
    if (*m_dialect->writeLock) {
        if (auto locked = run(QLatin1String(m_dialect->writeLock)); !locked) {
            rollback();
            return locked;
        }
    }
    return {};
}

Result<void> ExchangeStore::commit()
{
    for (QSqlQuery *statement : std::as_const(m_statements)) {
        statement->finish();
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        rollback();
        return failure(error, QStringLiteral("commit"));
    }
    return {};
}

void ExchangeStore::rollback()
{
    for (QSqlQuery *statement : std::as_const(m_statements)) {
        statement->finish();
    }
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

Result<QSqlQuery *> ExchangeStore::prepare(const QString &sql)
{
    if (auto connected = reconnectIfLost(); !connected) {
        return connected.error();
    }
    if (QSqlQuery *cached = m_statements.value(sql)) {
        cached->finish();
        return cached;
    }
    auto *query = new QSqlQuery(m_db);
    if (!query->prepare(sql)) {
        const QSqlError error = query->lastError();
        delete query;
        return failure(error, QStringLiteral("prepare ") + sql);
    }
    m_statements.insert(sql, query);
    return query;
}

Result<void> ExchangeStore::execute(QSqlQuery *query)
{
    if (!query->exec()) {
        return failure(query->lastError(), query->lastQuery());
    }
    return {};
}

Result<int> ExchangeStore::countOf(const QString &sql)
{
    auto q = prepare(sql);
    if (!q) {
        return q.error();
    }
    if (auto r = execute(q.value()); !r) {
        return r.error();
    }
    const int count = q.value()->next() ? q.value()->value(0).toInt() : 0;
    q.value()->finish();
    return count;
}

// ---- users

Result<void> ExchangeStore::addUser(const UserRecord &user)
{
    auto q = prepare(QStringLiteral("INSERT INTO users (") + UserColumns +
                     QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(user.id);
    q.value()->addBindValue(user.displayName);
    q.value()->addBindValue(core::CaseStates::roleKey(user.role));
    q.value()->addBindValue(user.verifier);
    q.value()->addBindValue(user.disabled ? 1 : 0);
    q.value()->addBindValue(timeText(user.createdAt));
    return execute(q.value());
}

Result<std::optional<UserRecord>> ExchangeStore::user(const QString &id)
{
    auto q =
        prepare(QStringLiteral("SELECT ") + UserSelectColumns + QStringLiteral(" FROM users WHERE id = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(id);
    if (auto r = execute(q.value()); !r) {
        return r.error();
    }
    std::optional<UserRecord> found;
    if (q.value()->next()) {
        found = userFrom(*q.value());
    }
    q.value()->finish();
    return found;
}

Result<QList<UserRecord>> ExchangeStore::users()
{
    auto q =
        prepare(QStringLiteral("SELECT ") + UserSelectColumns + QStringLiteral(" FROM users ORDER BY id"));
    if (!q) {
        return q.error();
    }
    if (auto r = execute(q.value()); !r) {
        return r.error();
    }
    QList<UserRecord> list;
    while (q.value()->next()) {
        list.append(userFrom(*q.value()));
    }
    q.value()->finish();
    return list;
}

Result<bool> ExchangeStore::setUserDisabled(const QString &id, bool disabled)
{
    auto q = prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(disabled ? 1 : 0);
    q.value()->addBindValue(id);
    if (auto r = execute(q.value()); !r) {
        return r.error();
    }
    return q.value()->numRowsAffected() > 0;
}

Result<QDateTime> ExchangeStore::recordSignInFailure(const QString &id, int threshold,
                                                     const QDateTime &lockUntil)
{
    if (auto begun = begin(); !begun) {
        return begun.error();
    }
    const auto abandon = [this](const Error &error) {
        rollback();
        return error;
    };
    // One statement counts, so two exchange processes counting at once both count.
    auto count =
        prepare(QStringLiteral("UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ?"));
    if (!count) {
        return abandon(count.error());
    }
    count.value()->addBindValue(id);
    if (auto counted = execute(count.value()); !counted) {
        return abandon(counted.error());
    }
    const auto user = this->user(id);
    if (!user) {
        return abandon(user.error());
    }
    if (!user.value()) {
        rollback();
        return QDateTime();
    }
    QDateTime lockedUntil = user.value()->lockedUntil;
    if (user.value()->failedSignIns >= threshold) {
        auto lock =
            prepare(QStringLiteral("UPDATE users SET failed_sign_ins = 0, locked_until = ? WHERE id = ?"));
        if (!lock) {
            return abandon(lock.error());
        }
        lock.value()->addBindValue(timeText(lockUntil));
        lock.value()->addBindValue(id);
        if (auto locked = execute(lock.value()); !locked) {
            return abandon(locked.error());
        }
        lockedUntil = lockUntil;
    }
    if (auto committed = commit(); !committed) {
        return committed.error();
    }
    return lockedUntil;
}

Result<bool> ExchangeStore::clearSignInFailures(const QString &id)
{
    auto q = prepare(QStringLiteral("UPDATE users SET failed_sign_ins = 0, locked_until = '' WHERE id = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(id);
    if (auto r = execute(q.value()); !r) {
        return r.error();
    }
    return q.value()->numRowsAffected() > 0;
}

// ---- certificates

Result<void> ExchangeStore::addCertificate(const CertificateRecord &c)
{
    auto q = prepare(QStringLiteral("INSERT INTO workstations (") + CertificateColumns +
                     QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(c.fingerprint);
    q.value()->addBindValue(c.code);
    q.value()->addBindValue(c.kind);
    q.value()->addBindValue(text(c.serial));
    q.value()->addBindValue(timeText(c.issuedAt));
    q.value()->addBindValue(timeText(c.notAfter));
    q.value()->addBindValue(timeText(c.revokedAt));
    return execute(q.value());
}

Result<std::optional<CertificateRecord>> ExchangeStore::certificate(const QString &fingerprint)
{
    auto q = prepare(QStringLiteral("SELECT ") + CertificateColumns +
                     QStringLiteral(" FROM workstations WHERE fingerprint = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(fingerprint);
    if (auto r = execute(q.value()); !r) {
        return r.error();
    }
    std::optional<CertificateRecord> found;
    if (q.value()->next()) {
        found = certificateFrom(*q.value());
    }
    q.value()->finish();
    return found;
}

Result<QList<CertificateRecord>> ExchangeStore::certificates()
{
    auto q = prepare(QStringLiteral("SELECT ") + CertificateColumns +
                     QStringLiteral(" FROM workstations ORDER BY code, issued_at"));
    if (!q) {
        return q.error();
    }
    if (auto r = execute(q.value()); !r) {
        return r.error();
    }
    QList<CertificateRecord> list;
    while (q.value()->next()) {
        list.append(certificateFrom(*q.value()));
    }
    q.value()->finish();
    return list;
}

Result<int> ExchangeStore::revokeWorkstation(const QString &code, const QDateTime &at)
{
    auto q =
        prepare(QStringLiteral("UPDATE workstations SET revoked_at = ? WHERE code = ? AND revoked_at = ''"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(timeText(at));
    q.value()->addBindValue(code);
    if (auto r = execute(q.value()); !r) {
        return r.error();
    }
    return q.value()->numRowsAffected();
}

// ---- sessions

Result<void> ExchangeStore::addSession(const SessionRecord &s)
{
    auto q = prepare(QStringLiteral("INSERT INTO sessions (") + SessionColumns +
                     QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(s.tokenHash);
    q.value()->addBindValue(s.refreshHash);
    q.value()->addBindValue(s.userId);
    q.value()->addBindValue(s.fingerprint);
    q.value()->addBindValue(text(s.workstation));
    q.value()->addBindValue(timeText(s.expiresAt));
    q.value()->addBindValue(timeText(s.refreshExpiresAt));
    q.value()->addBindValue(timeText(s.createdAt));
    return execute(q.value());
}

Result<std::optional<SessionRecord>> ExchangeStore::readSession(QSqlQuery *q, const QString &key)
{
    q->addBindValue(key);
    if (auto r = execute(q); !r) {
        return r.error();
    }
    std::optional<SessionRecord> found;
    if (q->next()) {
        found = sessionFrom(*q);
    }
    q->finish();
    return found;
}

Result<std::optional<SessionRecord>> ExchangeStore::sessionByToken(const QString &tokenHash)
{
    auto q = prepare(QStringLiteral("SELECT ") + SessionColumns +
                     QStringLiteral(" FROM sessions WHERE token_hash = ?"));
    if (!q) {
        return q.error();
    }
    return readSession(q.value(), tokenHash);
}

Result<std::optional<SessionRecord>> ExchangeStore::sessionByRefresh(const QString &refreshHash)
{
    auto q = prepare(QStringLiteral("SELECT ") + SessionColumns +
                     QStringLiteral(" FROM sessions WHERE refresh_hash = ?"));
    if (!q) {
        return q.error();
    }
    return readSession(q.value(), refreshHash);
}

Result<void> ExchangeStore::removeSession(const QString &tokenHash)
{
    auto q = prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(tokenHash);
    return execute(q.value());
}

Result<void> ExchangeStore::removeExpiredSessions(const QDateTime &now)
{
    auto q = prepare(QStringLiteral("DELETE FROM sessions WHERE refresh_expires_at < ?"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(timeText(now));
    return execute(q.value());
}

Result<int> ExchangeStore::sessionCount()
{
    return countOf(QStringLiteral("SELECT COUNT(*) FROM sessions"));
}

// ---- cases

Result<std::optional<core::CaseRecord>> ExchangeStore::caseById(const QString &id)
{
    auto q = prepare(QStringLiteral("SELECT record FROM cases WHERE id = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(id);
    if (auto r = execute(q.value()); !r) {
        return r.error();
    }
    std::optional<core::CaseRecord> found;
    if (q.value()->next()) {
        found = core::CaseRecord::fromJson(jsonObject(q.value()->value(0)));
    }
    q.value()->finish();
    return found;
}

Result<int> ExchangeStore::caseCount()
{
    return countOf(QStringLiteral("SELECT COUNT(*) FROM cases"));
}

Result<void> ExchangeStore::putCase(const core::CaseRecord &record, std::optional<int> expectedVersion)
{
    const QString json = jsonText(record.toJson());
    if (!expectedVersion) {
        auto q = prepare(QStringLiteral(
            "INSERT INTO cases (id, version, state, record, updated_at) VALUES (?, ?, ?, ?, ?)"));
        if (!q) {
            return q.error();
        }
        q.value()->addBindValue(record.id);
        q.value()->addBindValue(record.version);
        q.value()->addBindValue(core::CaseStates::toKey(record.state));
        q.value()->addBindValue(json);
        q.value()->addBindValue(timeText(record.updatedAt));
        return execute(q.value());
    }
    auto q = prepare(QStringLiteral(
        "UPDATE cases SET version = ?, state = ?, record = ?, updated_at = ? WHERE id = ? AND version = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(record.version);
    q.value()->addBindValue(core::CaseStates::toKey(record.state));
    q.value()->addBindValue(json);
    q.value()->addBindValue(timeText(record.updatedAt));
    q.value()->addBindValue(record.id);
    q.value()->addBindValue(*expectedVersion);
    if (auto r = execute(q.value()); !r) {
        return r;
    }
    if (q.value()->numRowsAffected() != 1) {
        return Error{QStringLiteral("case.stale"), QStringLiteral("The case changed meanwhile."), {}};
    }
    return {};
}

// ---- applied events

Result<std::optional<QJsonObject>> ExchangeStore::appliedResult(const QString &eventId)
{
    auto q = prepare(QStringLiteral("SELECT result FROM applied_events WHERE event_id = ?"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(eventId);
    if (auto r = execute(q.value()); !r) {
        return r.error();
    }
    std::optional<QJsonObject> found;
    if (q.value()->next()) {
        found = jsonObject(q.value()->value(0));
    }
    q.value()->finish();
    return found;
}

Result<void> ExchangeStore::recordApplied(const QString &eventId, const QString &caseId,
                                          const QJsonObject &result, const QString &actor,
                                          const QString &workstation, const QDateTime &at)
{
    auto q =
        prepare(QStringLiteral("INSERT INTO applied_events (event_id, case_id, result, actor, workstation, "
                               "applied_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(eventId);
    q.value()->addBindValue(caseId);
    q.value()->addBindValue(jsonText(result));
    q.value()->addBindValue(text(actor));
    q.value()->addBindValue(text(workstation));
    q.value()->addBindValue(timeText(at));
    return execute(q.value());
}

Result<int> ExchangeStore::appliedCount()
{
    return countOf(QStringLiteral("SELECT COUNT(*) FROM applied_events"));
}

// ---- change feed

Result<qint64> ExchangeStore::appendChange(const QString &kind, const QString &caseId,
                                           const QJsonObject &caseJson, const QString &origin,
                                           const QDateTime &at)
{
    auto last = prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    if (!last) {
        return last.error();
    }
    if (auto r = execute(last.value()); !r) {
        return r.error();
    }
    const qint64 seq = (last.value()->next() ? last.value()->value(0).toLongLong() : 0) + 1;
    last.value()->finish();
    auto q = prepare(QStringLiteral("INSERT INTO changes (seq, kind, case_id, case_json, server_time, "
                                    "origin) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(seq);
    q.value()->addBindValue(kind);
    q.value()->addBindValue(caseId);
    q.value()->addBindValue(jsonText(caseJson));
    q.value()->addBindValue(timeText(at));
    q.value()->addBindValue(text(origin));
    if (auto r = execute(q.value()); !r) {
        return r.error();
    }
    return seq;
}

Result<QList<ChangeRecord>> ExchangeStore::changes(qint64 after, int limit, qint64 maxChars)
{
    // First the sizes only, so a page of large changes is never read whole: up to the change
    // that passes maxChars, and the one after it (the caller then knows that more follow).
    auto sizes = prepare(QStringLiteral("SELECT seq, LENGTH(case_json) FROM changes WHERE seq > ? "
                                        "ORDER BY seq LIMIT ?"));
    if (!sizes) {
        return sizes.error();
    }
    sizes.value()->addBindValue(after);
    sizes.value()->addBindValue(limit);
    if (auto r = execute(sizes.value()); !r) {
        return r.error();
    }
    qint64 last = after;
    for (qint64 chars = 0; chars <= maxChars && sizes.value()->next();) {
        last = sizes.value()->value(0).toLongLong();
        chars += sizes.value()->value(1).toLongLong();
    }
    if (sizes.value()->next()) {
        last = sizes.value()->value(0).toLongLong();
    }
    sizes.value()->finish();
    auto q = prepare(QStringLiteral("SELECT seq, kind, case_id, case_json, server_time, origin FROM changes "
                                    "WHERE seq > ? AND seq <= ? ORDER BY seq"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(after);
    q.value()->addBindValue(last);
    if (auto r = execute(q.value()); !r) {
        return r.error();
    }
    QList<ChangeRecord> list;
    while (q.value()->next()) {
        ChangeRecord c;
        c.seq = q.value()->value(0).toLongLong();
        c.kind = q.value()->value(1).toString();
        c.caseId = q.value()->value(2).toString();
        c.caseJson = jsonObject(q.value()->value(3));
        c.serverTime = timeFromText(q.value()->value(4).toString());
        c.origin = q.value()->value(5).toString();
        list.append(c);
    }
    q.value()->finish();
    return list;
}

// ---- request log

Result<void> ExchangeStore::logRequest(const RequestLogEntry &e)
{
    auto q =
        prepare(QStringLiteral("INSERT INTO request_log (request_id, at, method, path, status, error_code, "
                               "fingerprint, workstation, user_id, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?)"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(e.requestId);
    q.value()->addBindValue(timeText(e.at));
    q.value()->addBindValue(text(e.method));
    q.value()->addBindValue(text(e.path));
    q.value()->addBindValue(e.status);
    q.value()->addBindValue(text(e.errorCode));
    q.value()->addBindValue(text(e.fingerprint));
    q.value()->addBindValue(text(e.workstation));
    q.value()->addBindValue(text(e.userId));
    q.value()->addBindValue(e.durationMs);
    return execute(q.value());
}

Result<void> ExchangeStore::logRequests(const QList<RequestLogEntry> &entries)
{
    // Not begin(): the request log does not take part in the feed's ordering, so it does not take
    // the writers' lock on PostgreSQL.
    if (auto connected = reconnectIfLost(); !connected) {
        return connected;
    }
    if (auto begun = run(QStringLiteral("BEGIN")); !begun) {
        return begun;
    }
    for (const RequestLogEntry &entry : entries) {
        if (auto logged = logRequest(entry); !logged) {
            rollback();
            return logged;
        }
    }
    return commit();
}

Result<int> ExchangeStore::pruneRequestLog(const QDateTime &before)
{
    auto q = prepare(QStringLiteral("DELETE FROM request_log WHERE at < ?"));
    if (!q) {
        return q.error();
    }
    q.value()->addBindValue(timeText(before));
    if (auto done = execute(q.value()); !done) {
        return done.error();
    }
    return q.value()->numRowsAffected();
}

Result<QList<RequestLogEntry>> ExchangeStore::requestLog(const QString &requestId, const QString &workstation,
                                                         const QDateTime &since, int limit)
{
    // One text for both dialects: an empty filter value matches every row.
    auto q = prepare(QStringLiteral("SELECT request_id, at, method, path, status, error_code, fingerprint, "
                                    "workstation, user_id, duration_ms "
                                    "FROM request_log WHERE (CAST(? AS VARCHAR(64)) = '' OR request_id = ?) "
                                    "AND (CAST(? AS VARCHAR(64)) = '' OR workstation = ?) AND at >= ? "
                                    "ORDER BY at DESC LIMIT ?"));
    if (!q) {
        return q.error();
    }
    for (const QString &value : {requestId, workstation}) {
        q.value()->addBindValue(text(value));
        q.value()->addBindValue(text(value));
    }
    q.value()->addBindValue(since.isValid() ? timeText(since) : QStringLiteral(""));
    q.value()->addBindValue(std::max(1, limit));
    if (auto done = execute(q.value()); !done) {
        return done.error();
    }
    QList<RequestLogEntry> entries;
    while (q.value()->next()) {
        RequestLogEntry e;
        e.requestId = q.value()->value(0).toString();
        e.at = timeFromText(q.value()->value(1).toString());
        e.method = q.value()->value(2).toString();
        e.path = q.value()->value(3).toString();
        e.status = q.value()->value(4).toInt();
        e.errorCode = q.value()->value(5).toString();
        e.fingerprint = q.value()->value(6).toString();
        e.workstation = q.value()->value(7).toString();
        e.userId = q.value()->value(8).toString();
        e.durationMs = q.value()->value(9).toLongLong();
        entries.append(e);
    }
    q.value()->finish();
    return entries;
}

Result<int> ExchangeStore::requestLogCount()
{
    return countOf(QStringLiteral("SELECT COUNT(*) FROM request_log"));
}

} // namespace ow::exchange
