#include "SqlSupport.h"

#include "StorageLog.h"
#include "core/IsoTime.h"
#include "schema/SqliteStatements.h"

#include <QHash>
#include <QMutex>
#include <QTimeZone>

#include <memory>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace ow::storage::sql {

Error StorageErrors::make(const QString &code, const QString &message)
{
    return Error{code, message, {}};
}

Error StorageErrors::internal(const QString &what)
{
    qCWarning(lcStorage) << "internal storage error:" << what;
    return make(QStringLiteral("storage.internal"),
                tr("The case database is inconsistent (%1). Nothing was saved.").arg(what));
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

Error StorageErrors::fromSql(const QSqlError &error)
{
    const int code = primaryCode(error);
    qCWarning(lcStorage) << "SQLite error" << error.nativeErrorCode() << error.text();
    switch (code) {
    case Busy:
    case Locked:
        return make(QStringLiteral("storage.locked"),
                    tr("Another program holds the case database, so nothing was saved. Close other "
                       "OneWindow windows on this computer and try again."));
    case ReadOnly:
        return make(QStringLiteral("storage.readonly"),
                    tr("The case database is read-only, so nothing was saved. Ask IT to check the "
                       "permissions of the data folder."));
    case Corrupt:
    case NotADatabase:
        return make(QStringLiteral("storage.corrupt"),
                    tr("The case database is damaged. Nothing was saved. Restart OneWindow: the "
                       "damaged file will be kept aside for recovery."));
    case Full:
        return make(QStringLiteral("storage.full"),
                    tr("The disk holding the case database is full, so nothing was saved. Free some "
                       "disk space and try again."));
    case IoErr:
        return make(QStringLiteral("storage.io"),
                    tr("The case database could not be read or written (input/output error). Nothing "
                       "was saved."));
    case CantOpen:
        return make(QStringLiteral("storage.open"),
                    tr("The case database could not be opened. Check that its folder exists and is "
                       "writable."));
    default:
        return make(QStringLiteral("storage.failed"),
                    tr("The case database reported an error: %1").arg(error.text()));
    }
}

Result<void> exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return StorageErrors::fromSql(query.lastError());
    query.finish();
    return {};
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(u""_s));
    return value;
}

Result<void> exec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, bindable(value));
    if (!query.exec())
        return StorageErrors::fromSql(query.lastError());
    return {};
}

namespace {

using Statements = std::unordered_map<QString, std::unique_ptr<QSqlQuery>>;

struct Cache
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<Statements>> byConnection;
    // write()'s and read()'s SQLite statements, made on a connection's first use; finalised before
    // it closes.
    QHash<QString, std::shared_ptr<schema::SqliteStatements>> own;
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

} // namespace

void registerConnection(const QString &connectionName)
{
    QMutexLocker lock(&cache().mutex);
    cache().byConnection.insert(connectionName, std::make_shared<Statements>());
}

void forgetConnection(const QString &connectionName)
{
    std::shared_ptr<Statements> statements;
    std::shared_ptr<schema::SqliteStatements> own;
    {
        QMutexLocker lock(&cache().mutex);
        statements = cache().byConnection.take(connectionName);
        own = cache().own.take(connectionName);
    }
    if (statements)
        statements->clear();
}

namespace {

// The SQLite statements of a connection Database opened (made on its first use), or none.
std::shared_ptr<schema::SqliteStatements> ownStatements(QSqlDatabase &db)
{
    QMutexLocker lock(&cache().mutex);
    if (!cache().byConnection.contains(db.connectionName()))
        return nullptr;
    std::shared_ptr<schema::SqliteStatements> &kept = cache().own[db.connectionName()];
    if (!kept)
        kept = std::make_shared<schema::SqliteStatements>(db);
    return kept;
}

} // namespace

Result<qsizetype> read(QSqlDatabase &db, const QString &statement, const QVariantList &values,
                       const std::function<void(const schema::SqliteStatements::Row &)> &each)
{
    const std::shared_ptr<schema::SqliteStatements> statements = ownStatements(db);
    if (!statements)
        return StorageErrors::make(u"storage.unknown_connection"_s,
                                   u"A bulk read needs a connection the case database opened."_s);
    auto rows = statements->select(statement, values, each);
    if (!rows)
        return StorageErrors::fromSql(rows.error());
    return rows.value();
}

Result<int> write(QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    const std::shared_ptr<schema::SqliteStatements> writes = ownStatements(db);
    if (!writes) {
        // A connection Database did not open (nothing would finalise the statements): Qt SQL.
        Statement query = cached(db, statement);
        int i = 0;
        for (const QVariant &value : values)
            query.bindValue(i++, value);
        if (!query.exec())
            return StorageErrors::fromSql(query.lastError());
        return query.numRowsAffected();
    }
    auto changed = writes->run(statement, values);
    if (!changed)
        return StorageErrors::fromSql(changed.error());
    return changed.value();
}

Statement::Statement(QSqlQuery *borrowed, std::unique_ptr<QSqlQuery> owned)
    : m_query(owned ? owned.get() : borrowed), m_owned(std::move(owned))
{}

Statement::Statement(Statement &&other) noexcept : m_query(other.m_query), m_owned(std::move(other.m_owned))
{
    other.m_query = nullptr;
}

Statement::~Statement()
{
    if (m_query)
        m_query->finish();
}

Statement cached(QSqlDatabase &db, const QString &statement)
{
    std::shared_ptr<Statements> statements;
    {
        QMutexLocker lock(&cache().mutex);
        statements = cache().byConnection.value(db.connectionName());
    }
    if (statements) {
        // Only the connection's own thread uses its statements, so no lock is needed here.
        const auto it = statements->find(statement);
        if (it != statements->end())
            return Statement(it->second.get(), nullptr);
    }
    auto query = std::make_unique<QSqlQuery>(db);
    // Rows are read once, in order: forward-only, so Qt keeps only the current row (otherwise it
    // copies every row read into a cache, a page of outbox events included).
    query->setForwardOnly(true);
    if (!query->prepare(statement)) {
        qCWarning(lcStorage) << "prepare failed:" << query->lastError().text() << statement;
        return Statement(nullptr, std::move(query));
    }
    if (statements) {
        QSqlQuery *kept = query.get();
        statements->emplace(statement, std::move(query));
        return Statement(kept, nullptr);
    }
    return Statement(nullptr, std::move(query));
}

QString toDbTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return core::isotime::toText(time);
}

QDateTime fromDbTime(const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime time = core::isotime::fromText(text);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace ow::storage::sql
