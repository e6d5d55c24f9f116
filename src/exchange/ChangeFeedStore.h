#pragma once

#include "ExchangeRecords.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <limits>

namespace ow::exchange {

class ExchangeDatabase;

// The change feed the workstations read page by page after their cursor.
class ChangeFeedStore
{
public:
    explicit ChangeFeedStore(ExchangeDatabase &db) : m_db(db) {}

    // Appends to the change feed; the sequence is allocated in the write transaction, so it is
    // gap-free and commits in order (a reader never skips a change that commits later).
    // `authority` is the case's registration authority (core::Authority), which scopes its reading.
    Result<qint64> append(const QString &kind, const QString &caseId, const QJsonObject &caseJson,
                          const QString &origin, const QDateTime &at, const QString &authority = {});
    // The same with the case's compact JSON text already made.
    Result<qint64> append(const QString &kind, const QString &caseId, const QString &caseJson,
                          const QString &origin, const QDateTime &at, const QString &authority = {});
    // At most `limit` changes after `after`, in order, read only up to the change that takes
    // their JSON past `maxChars` characters and the one after it (so a page of large changes is
    // never read whole, and the caller knows whether more follow).
    Result<QList<ChangeRecord>> after(qint64 after, int limit,
                                      qint64 maxChars = std::numeric_limits<qint64>::max());

    // The same, of the changes a caller of authority `scope` may see (core::Authority::covers):
    // its authority's, or its province's for the provincial scope, through the (authority, seq) or
    // (province, seq) index. `scannedTo` is the seq up to which every change was either read or
    // is not in scope: the last seq of the whole feed when all of the scope's changes up to it were
    // read, else the last one read; a page that uses every row moves its cursor there, so a client
    // never reads past the others' changes again.
    struct ScopedRows
    {
        QList<ChangeRecord> rows;
        qint64 scannedTo = 0;
    };
    // The last seq of the whole feed (0 while empty).
    Result<qint64> lastSeq();

    // `skipLicencesTo`: the `licence` changes up to this seq are left out (a directory snapshot
    // holds them); 0 leaves out none.
    Result<ScopedRows> scopedAfter(const QString &scope, qint64 after, int limit,
                                   qint64 maxChars = std::numeric_limits<qint64>::max(),
                                   qint64 skipLicencesTo = 0);

private:
    // Up to which seq of `sizes` (seq, length: ascending, after `after`) a page reads: to the change
    // that passes maxChars and the one after it; `complete` when every size was taken.
    static qint64 readUpTo(const QList<std::pair<qint64, qint64>> &sizes, qint64 after, qint64 maxChars,
                           bool *complete = nullptr);

    ExchangeDatabase &m_db;
    // The last seq this store appended, and in which transaction (ExchangeDatabase::transaction).
    qint64 m_lastSeq = 0;
    quint64 m_lastSeqTransaction = 0;
};

} // namespace ow::exchange
