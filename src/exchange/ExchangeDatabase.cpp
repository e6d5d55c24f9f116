#include "ExchangeDatabase.h"

#include "ExchangeLog.h"
#include "ExchangeSchema.h"
#include "core/IsoTime.h"
#include "protocol/ErrorCodes.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

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
        return Error{protocol::errors::ServerUnavailable,
                     QStringLiteral("The exchange's store is busy or unreachable; try again."),
                     {}};
    }
    return Error{protocol::errors::ServerInternal, QStringLiteral("The exchange's store failed."), {}};
}

// A null QString would bind as NULL; text columns hold '' instead.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QVariant(QStringLiteral(""));
    }
    return value;
}

} // namespace

struct ExchangeDatabase::Dialect : DialectSpec
{
};

ExchangeDatabase::Rows::~Rows()
{
    if (m_query) {
        m_query->finish();
    }
}

QString ExchangeDatabase::timeText(const QDateTime &time)
{
    return time.isValid() ? core::isotime::toText(time) : QStringLiteral("");
}

QDateTime ExchangeDatabase::timeFromText(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    return core::isotime::fromText(text);
}

QString ExchangeDatabase::jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject ExchangeDatabase::jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

ExchangeDatabase::ExchangeDatabase(const QString &connectionName) : m_connectionName(connectionName) {}

ExchangeDatabase::~ExchangeDatabase()
{
    m_statements.clear();
    m_sqliteWrites.reset(); // finalised before the connection closes
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

// The store holds password verifiers and every case: readable by the exchange's owner only. The
// file is made 0600 before SQLite opens it (its -wal and -shm take the database's permissions),
// and a store made before this rule is brought to 0600 too.
void ownerOnly(const QString &path)
{
    if (path == u":memory:" || path.startsWith(u"file:")) {
        return; // no file of ours to protect
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
    }
    for (const QString &each :
         QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFile::exists(each)) {
            QFile::setPermissions(each, QFile::ReadOwner | QFile::WriteOwner);
        }
    }
}

} // namespace

Result<std::unique_ptr<ExchangeDatabase>> ExchangeDatabase::open(const StoreLocation &location,
                                                                 const QString &connectionName)
{
    std::unique_ptr<ExchangeDatabase> store(new ExchangeDatabase(connectionName));
    static const Dialect sqliteDialect{Dialects[0]};
    static const Dialect postgresDialect{Dialects[1]};
    store->m_dialect = location.isPostgres() ? &postgresDialect : &sqliteDialect;
    store->m_sqlite = store->m_dialect->sqlite;
    const QString driver = QLatin1String(store->m_dialect->driver);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error{protocol::errors::ServerInternal,
                     QStringLiteral("Qt's %1 driver is not installed (Debian: libqt6sql6-%2).")
                         .arg(driver, store->m_sqlite ? QStringLiteral("sqlite") : QStringLiteral("psql")),
                     {}};
    }
    if (store->m_sqlite) {
        ownerOnly(location.sqlitePath);
    }
    store->m_db = QSqlDatabase::addDatabase(driver, connectionName);
    if (auto configured = location.configure(store->m_db); !configured) {
        return configured.error();
    }
    if (!store->m_db.open()) {
        const QSqlError error = store->m_db.lastError();
        qCWarning(lcExchangeStore) << "cannot open" << location.display() << error.text();
        return Error{protocol::errors::ServerUnavailable,
                     QStringLiteral("Cannot open the exchange's store %1: %2")
                         .arg(location.display(), error.text().trimmed()),
                     {}};
    }
    if (store->m_sqlite) {
        if (auto configured = store->configureSqlite(); !configured) {
            return configured.error();
        }
    }
    if (auto migrated = ExchangeSchema::migrate(*store); !migrated) {
        return migrated.error();
    }
    return store;
}

// A new store gets pages of PageBytes: a case's change (about 2 KB of JSON) took a 4 KB page of its
// own, so a push wrote twice what it stored (docs/architecture.md, "Pages of 16 KB at the exchange"). A store
// made before keeps its page size (SQLite changes it only by rebuilding the file); the log is
// checkpointed past the same number of bytes whichever it has.
Result<void> ExchangeDatabase::configureSqlite()
{
    if (auto done = statements(
            {QStringLiteral("PRAGMA page_size = %1").arg(PageBytes),
             QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
             QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA cache_size = -32768")});
        !done) {
        return done;
    }
    const Result<qint64> pageBytes = number(QStringLiteral("PRAGMA page_size"));
    if (!pageBytes) {
        return pageBytes.error();
    }
    const qint64 pages = WalCheckpointBytes / std::max<qint64>(512, pageBytes.value());
    return statements({QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages)});
}

Error ExchangeDatabase::failure(const QSqlError &error, const QString &what) const
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

Result<void> ExchangeDatabase::reconnectIfLost()
{
    if (!m_reconnect) {
        return {};
    }
    m_statements.clear();
    m_db.close();
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        qCWarning(lcExchangeStore) << "cannot connect again:" << error.text();
        return Error{protocol::errors::ServerUnavailable,
                     QStringLiteral("The exchange's store is unreachable; try again."),
                     {}};
    }
    m_reconnect = false;
    qCInfo(lcExchangeStore) << "connected again to" << m_db.databaseName();
    return {};
}

Result<void> ExchangeDatabase::statements(const QStringList &sql)
{
    for (const QString &statement : sql) {
        QSqlQuery q(m_db);
        if (!q.exec(statement)) {
            return failure(q.lastError(), statement);
        }
    }
    return {};
}

QStringList ExchangeDatabase::schemaTransaction() const
{
    QStringList sql{QLatin1String(m_dialect->begin)};
    if (*m_dialect->migrationLock) {
        sql.append(QLatin1String(m_dialect->migrationLock));
    }
    return sql;
}

Result<void> ExchangeDatabase::begin()
{
    if (auto begun = openTransaction(QLatin1String(m_dialect->begin)); !begun) {
        return begun;
    }
    if (*m_dialect->writeLock) {
        if (auto locked = statements({QLatin1String(m_dialect->writeLock)}); !locked) {
            rollback();
            return locked;
        }
    }
    return {};
}

Result<void> ExchangeDatabase::beginUnlocked()
{
    return openTransaction(QStringLiteral("BEGIN"));
}

Result<void> ExchangeDatabase::openTransaction(const QString &statement)
{
    if (auto connected = reconnectIfLost(); !connected) {
        return connected;
    }
    auto opened = statements({statement});
    if (opened) {
        ++m_transactions;
        m_inTransaction = true;
    }
    return opened;
}

void ExchangeDatabase::finishAll()
{
    for (const std::shared_ptr<QSqlQuery> &statement : std::as_const(m_statements)) {
        statement->finish();
    }
}

Result<void> ExchangeDatabase::commit()
{
    m_inTransaction = false;
    finishAll();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        rollback();
        return failure(error, QStringLiteral("commit"));
    }
    return {};
}

void ExchangeDatabase::rollback()
{
    m_inTransaction = false;
    finishAll();
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

Result<void> ExchangeDatabase::checkpoint()
{
    if (!m_sqlite) {
        return {};
    }
    return statements({QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")});
}

Result<std::shared_ptr<QSqlQuery>> ExchangeDatabase::prepare(const QString &sql)
{
    if (auto connected = reconnectIfLost(); !connected) {
        return connected.error();
    }
    if (std::shared_ptr<QSqlQuery> cached = m_statements.value(sql)) {
        cached->finish();
        return cached;
    }
    auto query = std::make_shared<QSqlQuery>(m_db);
    query->setForwardOnly(true); // rows are read once, in order: Qt keeps only the current one
    if (!query->prepare(sql)) {
        return failure(query->lastError(), QStringLiteral("prepare ") + sql);
    }
    m_statements.insert(sql, query);
    return query;
}

Result<ExchangeDatabase::Rows> ExchangeDatabase::exec(const QString &sql, const QVariantList &values)
{
    auto prepared = prepare(sql);
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    for (const QVariant &value : values) {
        query.addBindValue(bindable(value));
    }
    if (!query.exec()) {
        return failure(query.lastError(), query.lastQuery());
    }
    return Rows(std::move(prepared).value());
}

Result<void> ExchangeDatabase::run(const QString &sql, const QVariantList &values)
{
    auto count = changed(sql, values);
    return count ? Result<void>() : Result<void>(count.error());
}

Result<int> ExchangeDatabase::changed(const QString &sql, const QVariantList &values)
{
    if (schema::SqliteStatements *own = ownStatements()) {
        auto count = own->run(sql, values);
        if (!count)
            return failure(count.error(), sql);
        return count.value();
    }
    auto rows = exec(sql, values);
    if (!rows) {
        return rows.error();
    }
    return rows.value().rowsAffected();
}

schema::SqliteStatements *ExchangeDatabase::ownStatements()
{
    if (!m_sqlite || !m_db.isOpen())
        return nullptr;
    if (!m_sqliteWrites)
        m_sqliteWrites = std::make_unique<schema::SqliteStatements>(m_db);
    return m_sqliteWrites.get();
}

Result<QList<QByteArray>> ExchangeDatabase::texts(const QString &sql, const QVariantList &values)
{
    QList<QByteArray> texts;
    if (schema::SqliteStatements *own = ownStatements()) {
        auto read = own->select(sql, values, [&texts](const schema::SqliteStatements::Row &row) {
            texts.append(row.text(0).toByteArray());
        });
        if (!read) {
            return failure(read.error(), sql);
        }
        return texts;
    }
    auto rows = exec(sql, values);
    if (!rows) {
        return rows.error();
    }
    while (rows.value().next()) {
        texts.append(rows.value().row().value(0).toString().toUtf8());
    }
    return texts;
}

Result<std::optional<QByteArray>> ExchangeDatabase::firstText(const QString &sql, const QVariantList &values)
{
    auto all = texts(sql, values);
    if (!all) {
        return all.error();
    }
    return all.value().isEmpty() ? std::optional<QByteArray>() : std::optional(all.value().first());
}

Result<bool> ExchangeDatabase::changedAny(const QString &sql, const QVariantList &values)
{
    const Result<int> count = changed(sql, values);
    if (!count) {
        return count.error();
    }
    return count.value() > 0;
}

Result<qint64> ExchangeDatabase::number(const QString &sql, const QVariantList &values)
{
    auto rows = exec(sql, values);
    if (!rows) {
        return rows.error();
    }
    return rows.value().next() ? rows.value().row().value(0).toLongLong() : 0;
}

Result<int> ExchangeDatabase::count(const QString &sql)
{
    const Result<qint64> n = number(sql);
    return n ? Result<int>(int(n.value())) : Result<int>(n.error());
}

} // namespace ow::exchange
