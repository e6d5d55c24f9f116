#pragma once

#include "StoreLocation.h"
#include "core/Result.h"
#include "schema/SqliteStatements.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlError;

namespace ow::exchange {

// One Qt SQL connection to the exchange's store: SQLite by default (WAL, synchronous=FULL), or
// PostgreSQL through QPSQL, where several exchange processes may share one database. One SQL
// text serves both (plain `?` placeholders); what differs is in the Dialect table of the .cpp.
// One instance is used by one thread only; the stores of each concern (UserStore …) run their
// statements through it.
class ExchangeDatabase
{
public:
    // Opens the store at `location` on a connection named `connectionName` (unique per thread),
    // creating or upgrading the schema when needed (ExchangeSchema).
    static Result<std::unique_ptr<ExchangeDatabase>> open(const StoreLocation &location,
                                                          const QString &connectionName);
    ~ExchangeDatabase();
    ExchangeDatabase(const ExchangeDatabase &) = delete;
    ExchangeDatabase &operator=(const ExchangeDatabase &) = delete;

    bool isPostgres() const { return !m_sqlite; }
    // The connection failed as lost; the next use connects again.
    bool connectionLost() const { return m_reconnect; }

    // A write transaction. SQLite: BEGIN IMMEDIATE, so two writers wait instead of deadlocking.
    // PostgreSQL: READ COMMITTED, then LOCK TABLE changes IN EXCLUSIVE MODE: writers of every
    // process over the database take turns (readers are not blocked), so the feed's seq is
    // gap-free and commits in order, and an event id is looked up after the previous writer
    // committed (a concurrent duplicate is seen as a duplicate).
    Result<void> begin();
    // A transaction without the writers' lock, for what takes no part in the feed's ordering.
    Result<void> beginUnlocked();
    Result<void> commit();
    void rollback();
    // `work` (answering a Result of anything) in one write transaction (begin()): committed when
    // it succeeds; rolled back, with its failure answered, when it fails.
    template <typename Work> auto inTransaction(Work &&work) -> decltype(work())
    {
        if (auto begun = begin(); !begun) {
            return begun.error();
        }
        auto done = work();
        if (!done) {
            rollback();
            return done;
        }
        if (auto committed = commit(); !committed) {
            return committed.error(); // commit() rolled back
        }
        return done;
    }
    // Which transaction is open: a number no other transaction of this connection had, or 0 when
    // none is open (what a store may remember for the length of one transaction).
    quint64 transaction() const { return m_inTransaction ? m_transactions : 0; }
    // SQLite: copies what the write-ahead log holds into the database file as far as no reader
    // needs it (a passive checkpoint; writers go on meanwhile). The request log's thread does this
    // every round, so the writers' commits need not: they checkpoint only when the log has grown
    // past WalCheckpointBytes. PostgreSQL: nothing to do.
    Result<void> checkpoint();
    static constexpr qint64 WalCheckpointBytes = 32 * 1024 * 1024;
    // The page size of a new SQLite store.
    static constexpr int PageBytes = 16384;

    // The rows of one executed statement: a statement prepared once per connection, reset when
    // this handle goes (so a finished read never holds a snapshot open).
    class Rows
    {
    public:
        explicit Rows(std::shared_ptr<QSqlQuery> query) : m_query(std::move(query)) {}
        Rows(Rows &&) = default;
        Rows &operator=(Rows &&) = default;
        ~Rows();
        bool next() { return m_query->next(); }
        const QSqlQuery &row() const { return *m_query; }
        int rowsAffected() const { return m_query->numRowsAffected(); }

    private:
        std::shared_ptr<QSqlQuery> m_query;
    };

    // Prepares `sql` (once per connection), binds `values` in order (a null text binds as '')
    // and executes it: the one way every store reaches the database.
    Result<Rows> exec(const QString &sql, const QVariantList &values = {});
    // A statement that answers no rows. On SQLite it runs on SQLite's own statements
    // (schema::SqliteStatements: Qt SQL's binding cost as much as the write itself).
    Result<void> run(const QString &sql, const QVariantList &values = {});
    // The number of rows the statement changed (as run()).
    Result<int> changed(const QString &sql, const QVariantList &values = {});
    // Whether the statement changed any row.
    Result<bool> changedAny(const QString &sql, const QVariantList &values = {});
    // The first column of the first row as UTF-8 text, or none when there is no row: a writer's
    // lookups by key (a case's JSON, an event's answer), on SQLite through its own statements.
    Result<std::optional<QByteArray>> firstText(const QString &sql, const QVariantList &values);
    // The first column of every row, as firstText() reads it.
    Result<QList<QByteArray>> texts(const QString &sql, const QVariantList &values);
    // The first column of the first row as a number (0 when there is none): COUNT(*), MAX(…).
    Result<qint64> number(const QString &sql, const QVariantList &values = {});
    Result<int> count(const QString &sql);

    // The first row read by `read`, or none.
    template <typename T>
    Result<std::optional<T>> one(const QString &sql, const QVariantList &values, T (*read)(const QSqlQuery &))
    {
        auto rows = exec(sql, values);
        if (!rows) {
            return rows.error();
        }
        if (!rows.value().next()) {
            return std::optional<T>();
        }
        return std::optional<T>(read(rows.value().row()));
    }
    // Every row, each read by `read`.
    template <typename T>
    Result<QList<T>> all(const QString &sql, const QVariantList &values, T (*read)(const QSqlQuery &))
    {
        auto rows = exec(sql, values);
        if (!rows) {
            return rows.error();
        }
        QList<T> list;
        while (rows.value().next()) {
            list.append(read(rows.value().row()));
        }
        return list;
    }

    // The raw connection and the statements that open a schema step's transaction (ExchangeSchema).
    QSqlDatabase &connection() { return m_db; }
    QStringList schemaTransaction() const;
    // Maps a driver error to server.unavailable or server.internal (and notes a lost connection).
    Error failure(const QSqlError &error, const QString &what) const;

    // Times are ISO 8601 UTC text with milliseconds (they sort as text); JSON is compact text.
    static QString timeText(const QDateTime &time);
    static QDateTime timeFromText(const QString &text);
    static QString jsonText(const QJsonObject &object);
    static QJsonObject jsonObject(const QVariant &value);

private:
    struct Dialect;
    explicit ExchangeDatabase(const QString &connectionName);
    Result<void> statements(const QStringList &sql);
    Result<void> configureSqlite();
    Result<void> openTransaction(const QString &statement);
    Result<void> reconnectIfLost();
    // SQLite's own statements on this connection (SQLite only; else null).
    schema::SqliteStatements *ownStatements();
    Result<std::shared_ptr<QSqlQuery>> prepare(const QString &sql);
    void finishAll();

    QString m_connectionName;
    QSqlDatabase m_db;
    const Dialect *m_dialect = nullptr;
    bool m_sqlite = true;
    mutable bool m_reconnect = false; // PostgreSQL: the connection was lost; open it again first
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<schema::SqliteStatements> m_sqliteWrites; // SQLite: run()'s and firstText()'s statements
    quint64 m_transactions = 0;
    bool m_inTransaction = false;
};

} // namespace ow::exchange
