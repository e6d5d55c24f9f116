#include "SyncStateStore.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage {

namespace {
QString cursorKey(const QString &feed)
{
    return u"cursor."_s + feed;
}
const QString LastSyncKey = u"last_successful_sync"_s;
} // namespace

SyncStateStore::SyncStateStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

std::optional<QString> SyncStateStore::value(const QString &key) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query = sql::cached(db, u"SELECT value FROM sync_state WHERE key = ?"_s);
    std::optional<QString> result;
    if (sql::exec(query, {key}) && query.next())
        result = query.value(0).toString();
    query.finish();
    return result;
}

Result<void> SyncStateStore::setValue(QSqlDatabase &connection, const QString &key, const QString &value)
{
    sql::Statement upsert =
        sql::cached(connection, u"INSERT INTO sync_state(key, value) VALUES (?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    auto result = sql::exec(upsert, {key, value});
    upsert.finish();
    return result;
}

Result<void> SyncStateStore::setValue(const QString &key, const QString &value)
{
    return m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        return setValue(db, key, value);
    });
}

qint64 SyncStateStore::cursor(const QString &feed) const
{
    return value(cursorKey(feed)).value_or(u"0"_s).toLongLong();
}

Result<void> SyncStateStore::setCursor(QSqlDatabase &connection, qint64 cursor, const QString &feed)
{
    return setValue(connection, cursorKey(feed), QString::number(cursor));
}

std::optional<QDateTime> SyncStateStore::lastSuccessfulSync() const
{
    const std::optional<QString> text = value(LastSyncKey);
    if (!text)
        return std::nullopt;
    const QDateTime at = sql::fromDbTime(*text);
    if (!at.isValid())
        return std::nullopt;
    return at;
}

Result<void> SyncStateStore::setLastSuccessfulSync(const QDateTime &at)
{
    return setValue(LastSyncKey, sql::toDbTime(at));
}

} // namespace ow::storage
