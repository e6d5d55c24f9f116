#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ow::exchange {

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

} // namespace ow::exchange
