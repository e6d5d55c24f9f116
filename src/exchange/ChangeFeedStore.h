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
    Result<qint64> append(const QString &kind, const QString &caseId, const QJsonObject &caseJson,
                          const QString &origin, const QDateTime &at);
    // The same with the case's compact JSON text already made.
    Result<qint64> append(const QString &kind, const QString &caseId, const QString &caseJson,
                          const QString &origin, const QDateTime &at);
    // At most `limit` changes after `after`, in order, read only up to the change that takes
    // their JSON past `maxChars` characters and the one after it (so a page of large changes is
    // never read whole, and the caller knows whether more follow).
    Result<QList<ChangeRecord>> after(qint64 after, int limit,
                                      qint64 maxChars = std::numeric_limits<qint64>::max());

private:
    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
