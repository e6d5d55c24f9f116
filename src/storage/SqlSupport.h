#pragma once

// Internal helpers of the storage module: SQLite error mapping, statement execution and the
// per-connection cache of prepared statements. Not part of the public API.

#include "core/Result.h"
#include "schema/SqliteStatements.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

namespace ow::storage::sql {

// SQLite primary result codes we give a meaning to (sqlite3.h).
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

class StorageErrors
{
    Q_DECLARE_TR_FUNCTIONS(StorageErrors)
public:
    // Maps a driver error to a storage.* error with a clear, translated message.
    static Error fromSql(const QSqlError &error);
    static Error make(const QString &code, const QString &message);
    static Error internal(const QString &what);
};

// The SQLite primary result code of an error (extended codes are masked), or 0.
int primaryCode(const QSqlError &error);

// A null QString would bind as SQL NULL; text columns hold '' instead. NULL is bound only
// from an invalid QVariant.
QVariant bindable(const QVariant &value);

// A prepared statement: kept for the connection when Database registered it (so it is
// prepared once per connection), else owned by this handle. Reset (finish()) when the handle
// goes out of scope, so a finished read never holds a snapshot open. Do not use the same
// statement text twice at once on one connection.
class Statement
{
public:
    Statement(QSqlQuery *borrowed, std::unique_ptr<QSqlQuery> owned);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    ~Statement();

    QSqlQuery &query() { return *m_query; }
    bool exec() { return m_query->exec(); }
    bool next() { return m_query->next(); }
    QVariant value(int i) const { return m_query->value(i); }
    void bindValue(int pos, const QVariant &v) { m_query->bindValue(pos, bindable(v)); }
    void bindValue(const QString &name, const QVariant &v) { m_query->bindValue(name, bindable(v)); }
    QSqlError lastError() const { return m_query->lastError(); }
    QString lastQuery() const { return m_query->lastQuery(); }
    QVariant lastInsertId() const { return m_query->lastInsertId(); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    void finish() { m_query->finish(); }

private:
    QSqlQuery *m_query;
    std::unique_ptr<QSqlQuery> m_owned;
};

// Executes an ad-hoc statement; the error is mapped through StorageErrors::fromSql.
Result<void> exec(QSqlDatabase &db, const QString &statement);
// Executes a prepared query with positional values. Write placeholders as plain "?" in the order
// of the values: Qt binds "?NNN" by position, not by its number.
Result<void> exec(QSqlQuery &query, std::initializer_list<QVariant> values = {});
inline Result<void> exec(Statement &statement, std::initializer_list<QVariant> values = {})
{
    return exec(statement.query(), values);
}

Statement cached(QSqlDatabase &db, const QString &statement);
// Runs a statement that answers no rows (INSERT, UPDATE, DELETE; plain "?" placeholders, values
// in order, a null text as '') on SQLite's own statements, prepared once per connection
// (schema::SqliteStatements: Qt SQL's binding costs as much as the write): the bulk writes' way.
// The number of rows it changed.
Result<int> write(QSqlDatabase &db, const QString &statement, const QVariantList &values);
// Runs a SELECT on the same statements, calling `each` with every row as SQLite holds it (texts as
// UTF-8, no QString made unless asked for): the bulk reads' way. Only on a connection Database
// opened. The number of rows.
Result<qsizetype> read(QSqlDatabase &db, const QString &statement, const QVariantList &values,
                       const std::function<void(const schema::SqliteStatements::Row &)> &each);
void registerConnection(const QString &connectionName);
void forgetConnection(const QString &connectionName);

// Timestamps are stored as ISO 8601 UTC text with milliseconds, so they sort as text.
QString toDbTime(const QDateTime &time);
QDateTime fromDbTime(const QVariant &value);

} // namespace ow::storage::sql
