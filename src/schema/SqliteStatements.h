#pragma once

// Writes (and the bulk reads) through SQLite's own prepared statements on a connection Qt SQL opened (issue 8
// §5).
//
// Qt SQL binds every value by naming its position (QSqlResult makes ":N" with QString::arg and
// looks it up in a hash, per value and per row) and wraps each step in its result cache: on the
// sync's bulk writes (a pulled page of cases at the counter, a pushed batch at the exchange) that
// cost as much as SQLite's own work. Both stores run their hot writes here instead: the same SQL
// text, prepared once per connection with sqlite3_prepare_v3(SQLITE_PREPARE_PERSISTENT), on the
// same sqlite3 handle and so inside the same transaction as everything Qt SQL runs on it.
//
// Values bind as Qt SQL binds them: numbers and booleans as integers, doubles as reals, QString as
// UTF-8 text, QByteArray as a blob, an invalid QVariant as NULL, anything else as its toString()
// text; except that a null QString binds as '' (text columns hold '', never NULL: both stores'
// rule). A failure is reported as Qt SQL reports it (QSqlError, SQLite's extended code as the
// native code), so each store maps it the way it maps every other error.
//
// One instance belongs to one connection and its thread. Its statements are finalised when it is
// destroyed, which must happen before the connection closes (SQLite will not close a handle with
// statements still open).

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

struct sqlite3_stmt;

namespace ow::schema {

class SqliteStatements
{
public:
    // The statements of `db`; usable() is false when `db` is no open SQLite connection.
    explicit SqliteStatements(const QSqlDatabase &db);
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    bool usable() const;

    // Runs `sql` (a statement that answers no rows: INSERT, UPDATE, DELETE) with `values` bound in
    // order to its plain `?` placeholders; the number of rows it changed.
    Result<int, QSqlError> run(const QString &sql, const QVariantList &values);

    // A row of select()'s answer, as SQLite holds it: valid only while `each` runs.
    class Row
    {
    public:
        explicit Row(sqlite3_stmt *statement) : m_statement(statement) {}
        qint64 integer(int column) const;
        // The column's text as stored (UTF-8; empty for NULL), without a copy.
        QByteArrayView text(int column) const;
        QString string(int column) const { return QString::fromUtf8(text(column)); }

    private:
        sqlite3_stmt *m_statement;
    };
    // Runs `sql` (a SELECT; values bound as run() binds them) and calls `each` with every row it
    // answers, in order, reading texts as SQLite keeps them (UTF-8) where Qt SQL would make a QString
    // of every one first; the number of rows.
    Result<qsizetype, QSqlError> select(const QString &sql, const QVariantList &values,
                                        const std::function<void(const Row &)> &each);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ow::schema
