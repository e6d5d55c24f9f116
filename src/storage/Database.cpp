#include "Database.h"

#include "Migrations.h"
#include "SqlSupport.h"
#include "StorageLog.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace ow::storage {

using sql::StorageErrors;

struct Database::Private
{
    Options options;
    QMutex mutex;
    std::unordered_map<quint64, QString> connections; // thread (threadSerial) -> connection name
};

namespace {

QAtomicInteger<quint64> s_instanceCounter;
QAtomicInteger<quint64> s_threadCounter;

// The calling thread, as a number no later thread gets again. A thread id is reused once its thread
// has ended (a pool's threads end when idle), and a connection opened by the thread that ended does
// not belong to the new one (QSqlDatabase::database() refuses it).
quint64 threadSerial()
{
    thread_local const quint64 serial = s_threadCounter.fetchAndAddOrdered(1) + 1;
    return serial;
}

const QByteArray SqliteMagic("SQLite format 3\0", 16);

QString connectOptions(const Database::Options &options)
{
    QString result = u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(options.busyTimeoutMs);
    if (options.readOnly)
        result += u";QSQLITE_OPEN_READONLY"_s;
    return result;
}

// Settings of each connection (journal_mode is a property of the file, set once in open()).
Result<void> configureConnection(QSqlDatabase &db, const Database::Options &options)
{
    const QStringList pragmas{u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s,
                              u"PRAGMA cache_size = -"_s + QString::number(Database::CacheKiB),
                              u"PRAGMA busy_timeout = "_s + QString::number(options.busyTimeoutMs)};
    for (const QString &pragma : pragmas) {
        if (auto r = sql::exec(db, pragma); !r)
            return r;
    }
    return {};
}

QSqlDatabase openConnection(const QString &name, const QString &path, const Database::Options &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(connectOptions(options));
    if (!db.open())
        qCWarning(lcStorage) << "cannot open" << path << db.lastError().text();
    return db;
}

void closeConnection(const QString &name)
{
    // Cached statements first; removing the last reference to the connection closes it (and
    // works from any thread, unlike QSqlDatabase::database()).
    sql::forgetConnection(name);
    QSqlDatabase::removeDatabase(name);
}

Error corruptError(const QString &path, const QString &quarantined)
{
    return StorageErrors::make(
        u"storage.corrupt"_s,
        Database::tr("The case database %1 is damaged. It was not deleted: it was moved to %2 so that "
                     "its data can be recovered, and a new empty database will be created on the next "
                     "start. Call IT before entering new cases.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(quarantined)));
}

// Moves the file and its -wal/-shm aside; never deletes anything.
Error quarantine(const QString &path)
{
    const QString target = Database::quarantinePathFor(path, QDateTime::currentDateTimeUtc());
    bool moved = QFile::rename(path, target);
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            moved = false;
    }
    if (!moved) {
        qCCritical(lcStorage) << "damaged database" << path << "could not be moved to" << target;
        return StorageErrors::make(
            u"storage.corrupt"_s,
            Database::tr("The case database %1 is damaged and could not be moved aside to %2. It was "
                         "left untouched. Call IT before entering new cases.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target)));
    }
    qCCritical(lcStorage) << "damaged database quarantined:" << path << "->" << target;
    return corruptError(path, target);
}

bool isCorruption(const Error &error)
{
    return error.code == u"storage.corrupt"_s;
}

// Reads the first bytes: a non-empty file that is not SQLite is damaged (or not ours).
bool hasForeignHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0 || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(SqliteMagic.size());
    return head != SqliteMagic;
}

Result<int> readUserVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return StorageErrors::fromSql(query.lastError());
    return query.value(0).toInt();
}

// The tables that hold the clerk's own work. The enterprise cache and the search index are
// copies that the exchange can send again, and checking them costs seconds on a cache of a
// million enterprises, so by default only these are checked when opening.
const QStringList &caseDataTables()
{
    static const QStringList tables{
        u"cases"_s,    u"outbox"_s,           u"audit"_s,     u"meta"_s,      u"attachments"_s,
        u"accounts"_s, u"receipt_sequence"_s, u"conflicts"_s, u"sync_state"_s};
    return tables;
}

// PRAGMA quick_check (of the whole file, or of each case-data table): "ok" or problems.
Result<void> quickCheck(QSqlDatabase &db, bool wholeFile)
{
    QStringList targets;
    if (wholeFile) {
        targets << QString();
    } else {
        QSqlQuery tables(db);
        if (!tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s))
            return StorageErrors::fromSql(tables.lastError());
        while (tables.next()) {
            const QString name = tables.value(0).toString();
            if (caseDataTables().contains(name))
                targets << name;
        }
    }
    QStringList problems;
    for (const QString &table : targets) {
        QSqlQuery query(db);
        const QString pragma =
            table.isEmpty() ? u"PRAGMA quick_check(5)"_s : u"PRAGMA quick_check(\""_s + table + u"\")"_s;
        if (!query.exec(pragma))
            return StorageErrors::fromSql(query.lastError());
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != u"ok"_s)
                problems << line;
        }
        if (query.lastError().isValid())
            return StorageErrors::fromSql(query.lastError());
    }
    if (!problems.isEmpty()) {
        qCCritical(lcStorage) << "quick_check failed:" << problems;
        return StorageErrors::make(u"storage.corrupt"_s, problems.join(u"; "_s));
    }
    return {};
}

// Looks at an existing file through a read-only connection, which neither checkpoints nor
// deletes a -wal file: a damaged or newer file is refused exactly as it was found.
Result<void> inspectExisting(const QString &name, const QString &path, const Database::Options &options)
{
    Database::Options readOnly = options;
    readOnly.readOnly = true;
    Result<void> result;
    {
        QSqlDatabase db = openConnection(name, path, readOnly);
        if (!db.isOpen()) {
            result = StorageErrors::fromSql(db.lastError());
        } else if (auto version = readUserVersion(db); !version) {
            result = version.error();
        } else if (version.value() > Migrations::latestVersion()) {
            result = StorageErrors::make(
                u"storage.newer_schema"_s,
                Database::tr("The case database %1 was written by a newer version of OneWindow (schema %2; "
                             "this version knows up to %3). It was left untouched: install the newer "
                             "version to use it.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(version.value())
                    .arg(Migrations::latestVersion()));
        } else if (options.quickCheck) {
            result = quickCheck(db, options.checkWholeFile);
        }
    }
    closeConnection(name);
    return result;
}

// Brings an opened read-write connection to WAL and the current schema.
Result<void> prepareFile(QSqlDatabase &db, const QString &path, const Database::Options &options)
{
    if (!db.isOpen())
        return StorageErrors::fromSql(db.lastError());
    if (options.readOnly) {
        auto version = readUserVersion(db);
        if (!version)
            return version.error();
        if (version.value() < Migrations::latestVersion()) {
            return StorageErrors::make(
                u"storage.readonly"_s,
                Database::tr("The case database %1 is read-only and needs an update to schema %2 first.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(Migrations::latestVersion()));
        }
        return configureConnection(db, options);
    }
    {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
            return StorageErrors::fromSql(query.lastError());
        if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            qCWarning(lcStorage) << "journal_mode WAL refused, got" << query.value(0).toString();
            return StorageErrors::make(u"storage.open"_s,
                                       Database::tr("The case database %1 cannot use write-ahead logging.")
                                           .arg(QDir::toNativeSeparators(path)));
        }
    }
    if (auto r = configureConnection(db, options); !r)
        return r;
    return Migrations::migrate(db, Migrations::latestVersion());
}

Result<void> inspectAndPrepare(const QString &name, const QString &path, const Database::Options &options)
{
    if (QFileInfo(path).size() > 0) {
        auto inspected = inspectExisting(name, path, options);
        // A read-only look can fail where a writer succeeds (a hot rollback journal from an old
        // version); the writer below checks again.
        if (!inspected && inspected.error().code != u"storage.readonly"_s)
            return inspected;
    }
    auto prepared = [&]() {
        QSqlDatabase db = openConnection(name, path, options);
        return prepareFile(db, path, options);
    }();
    closeConnection(name);
    return prepared;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path)),
      m_connectionPrefix(u"ow.storage."_s + QString::number(s_instanceCounter.fetchAndAddOrdered(1)) + u'.'),
      d(std::make_unique<Private>())
{}

Database::~Database()
{
    QMutexLocker lock(&d->mutex);
    for (const auto &[thread, name] : d->connections)
        closeConnection(name);
    d->connections.clear();
}

QString Database::quarantinePathFor(const QString &path, const QDateTime &nowUtc)
{
    return path + u".corrupt-"_s + nowUtc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path)
{
    return open(path, Options{});
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!options.readOnly && !QDir().mkpath(QFileInfo(absolute).absolutePath())) {
        return StorageErrors::make(u"storage.open"_s,
                                   tr("The folder of the case database %1 cannot be created.")
                                       .arg(QDir::toNativeSeparators(absolute)));
    }
    if (options.readOnly && !QFileInfo::exists(absolute)) {
        return StorageErrors::make(
            u"storage.open"_s,
            tr("The case database %1 does not exist.").arg(QDir::toNativeSeparators(absolute)));
    }
    if (hasForeignHeader(absolute))
        return quarantine(absolute);

    std::shared_ptr<Database> database(new Database(absolute));
    database->d->options = options;
    const QString probeName = database->m_connectionPrefix + u"open"_s;
    const Result<void> prepared = inspectAndPrepare(probeName, absolute, options);
    if (!prepared) {
        if (isCorruption(prepared.error())) {
            database.reset();
            return quarantine(absolute);
        }
        return prepared.error();
    }
    qCInfo(lcStorage) << "opened" << absolute << "schema" << currentSchemaVersion();
    return database;
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    auto version = readUserVersion(db);
    return version ? version.value() : -1;
}

QString Database::engineVersion() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next() ? query.value(0).toString()
                                                                                 : QString();
}

const Database::Options &Database::options() const
{
    return d->options;
}

QSqlDatabase Database::connection() const
{
    const quint64 thread = threadSerial();
    QString name;
    {
        QMutexLocker lock(&d->mutex);
        const auto it = d->connections.find(thread);
        if (it != d->connections.end())
            return QSqlDatabase::database(it->second, false);
        name = m_connectionPrefix + QString::number(thread);
        d->connections.emplace(thread, name);
    }
    QSqlDatabase db = openConnection(name, m_path, d->options);
    if (db.isOpen()) {
        if (auto r = configureConnection(db, d->options); !r)
            qCWarning(lcStorage) << "connection setup failed:" << r.error().message;
    }
    sql::registerConnection(name);
    return db;
}

void Database::releaseConnection() const
{
    QString name;
    {
        QMutexLocker lock(&d->mutex);
        const auto it = d->connections.find(threadSerial());
        if (it == d->connections.end())
            return;
        name = it->second;
        d->connections.erase(it);
    }
    closeConnection(name);
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return StorageErrors::fromSql(db.lastError());
    if (auto begin = sql::exec(db, u"BEGIN IMMEDIATE"_s); !begin)
        return begin;
    Result<void> result = work();
    if (result) {
        auto commit = sql::exec(db, u"COMMIT"_s);
        if (commit)
            return {};
        result = commit;
    }
    // A failed COMMIT may already have ended the transaction; ROLLBACK then reports "no
    // transaction is active", which changes nothing.
    QSqlQuery rollback(db);
    if (!rollback.exec(u"ROLLBACK"_s))
        qCDebug(lcStorage) << "rollback:" << rollback.lastError().text();
    return result;
}

QString Database::attachmentsDir() const
{
    return m_path + u".attachments"_s;
}

} // namespace ow::storage
