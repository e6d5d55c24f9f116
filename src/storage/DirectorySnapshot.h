#pragma once

#include "EnterpriseDirectory.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ow::storage {

class Database;

// The registered-entity directory's snapshot on its way into the enterprise cache (a new
// workstation's first sync: a province's million entities in about a minute).
//
// Its pages are staged as they arrive (directory_staging, keyed by code in the order they come: no
// index to keep), each in the transaction that stores the download's cursor. Once the last page is
// there, the staged entities go into the cache in bulk, in steps of their own transactions, which
// any thread may run (the connection of the calling thread) while the counter is used:
//   1. rows    — the enterprise rows, their name-check index dropped and made again (a sort, instead
//                of a million inserts at random places of a b-tree);
//   2. search  — the search entries the same way (exact and prefix indexes);
//   3. bigrams — the one- and two-character index, 50,000 entries a transaction;
//   then the staging table is emptied and the snapshot marked complete (DoneKey).
// Which step comes next is kept in sync_state with the step before, so a stop anywhere resumes
// with the step that did not end and nothing is stored twice. Until the end the cache holds what it
// held before (the rows) or lacks only the newest bigrams (a short search finds fewer).
class DirectorySnapshot
{
    Q_DECLARE_TR_FUNCTIONS(DirectorySnapshot)
public:
    // sync_state keys: the snapshot is complete ("1"); the bulk step that comes next.
    static inline const QString DoneKey = QStringLiteral("directory.done");
    static inline const QString StepKey = QStringLiteral("directory.step");

    struct Progress
    {
        bool complete = false;
        int percent = 0; // of the bulk steps' work
    };

    explicit DirectorySnapshot(std::shared_ptr<Database> db);

    // Inside the caller's transaction on `connection`: a page of the snapshot, staged (its former
    // names go to the cache at once: the name check reads them by 字号 only).
    static ow::Result<void> stage(QSqlDatabase &connection, const QList<EnterpriseRecord> &records);
    // Inside the caller's transaction: the last page is staged; the bulk steps come next.
    static ow::Result<void> markDownloaded(QSqlDatabase &connection);

    // Whether staged pages wait for the bulk steps (the download ended, the steps did not).
    bool downloaded() const;
    // The next bulk step in its own transaction (with the larger page cache of a bulk load).
    ow::Result<Progress> advance();

private:
    ow::Result<Progress> storeRows(QSqlDatabase &connection);
    ow::Result<Progress> storeSearchEntries(QSqlDatabase &connection);
    ow::Result<Progress> storeBigrams(QSqlDatabase &connection, const QString &step);

    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
