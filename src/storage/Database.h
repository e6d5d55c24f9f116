#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace ow::storage {

// The local case cache: one SQLite file (WAL, synchronous=FULL) with a schema version and
// migrations. A damaged file is never deleted or reset: it is moved aside (quarantined) next
// to the original and the error says where, so the clerk's unsent data stays recoverable.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Options
    {
        int busyTimeoutMs = 5000;    // how long a write waits for another program's lock
        bool readOnly = false;       // open without write access (SQLITE_OPEN_READONLY)
        bool quickCheck = true;      // run PRAGMA quick_check when opening …
        bool checkWholeFile = false; // … over the whole file, not only the case-data tables
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates to the current schema.
    // Error codes: "storage.corrupt" (file quarantined; message names the quarantine path),
    // "storage.locked", "storage.readonly", "storage.full", "storage.newer_schema", "storage.open".
    static ow::Result<std::shared_ptr<Database>> open(const QString &path);
    static ow::Result<std::shared_ptr<Database>> open(const QString &path, const Options &options);

    static int currentSchemaVersion();
    // Each connection's page cache (SQLite's default is 2 MiB): a pull of thousands of cases writes
    // its indexes at random places, and with the default most of those pages are read again.
    static constexpr int CacheKiB = 32 * 1024;
    int schemaVersion() const;
    // The SQLite library in use, e.g. "3.40.1" (for About and support); empty if it cannot be asked.
    QString engineVersion() const;
    QString path() const { return m_path; }
    const Options &options() const;
    // The connection of the calling thread (a named connection per thread).
    QSqlDatabase connection() const;
    // Closes the calling thread's connection, if it has one (a thread that is about to end; the next
    // connection() opens a new one). Nothing of it may be in use on this thread any more.
    void releaseConnection() const;

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back if it returns an error.
    ow::Result<void> transaction(const std::function<ow::Result<void>()> &work);

    // Directory beside the database where attachments are kept by SHA-256.
    QString attachmentsDir() const;

    // Where a damaged file at `path` is moved: "<path>.corrupt-<UTC yyyyMMddTHHmmssZ>".
    static QString quarantinePathFor(const QString &path, const QDateTime &nowUtc);

private:
    explicit Database(QString path);
    struct Private;
    QString m_path;
    QString m_connectionPrefix;
    std::unique_ptr<Private> d;
};

} // namespace ow::storage
