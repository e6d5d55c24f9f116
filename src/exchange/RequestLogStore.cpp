#include "RequestLogStore.h"

#include "ExchangeDatabase.h"

#include <algorithm>

namespace ow::exchange {
namespace {

const QString Columns = QStringLiteral(
    "request_id, at, method, path, status, error_code, fingerprint, workstation, user_id, duration_ms");

RequestLogEntry entryFrom(const QSqlQuery &q)
{
    RequestLogEntry e;
    e.requestId = q.value(0).toString();
    e.at = ExchangeDatabase::timeFromText(q.value(1).toString());
    e.method = q.value(2).toString();
    e.path = q.value(3).toString();
    e.status = q.value(4).toInt();
    e.errorCode = q.value(5).toString();
    e.fingerprint = q.value(6).toString();
    e.workstation = q.value(7).toString();
    e.userId = q.value(8).toString();
    e.durationMs = q.value(9).toLongLong();
    return e;
}

} // namespace

Result<void> RequestLogStore::add(const RequestLogEntry &e)
{
    return m_db.run(QStringLiteral("INSERT INTO request_log (") + Columns +
                        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {e.requestId, ExchangeDatabase::timeText(e.at), e.method, e.path, e.status, e.errorCode,
                     e.fingerprint, e.workstation, e.userId, e.durationMs});
}

Result<void> RequestLogStore::addAll(const QList<RequestLogEntry> &entries)
{
    if (auto begun = m_db.beginUnlocked(); !begun) {
        return begun;
    }
    for (const RequestLogEntry &entry : entries) {
        if (auto logged = add(entry); !logged) {
            m_db.rollback();
            return logged;
        }
    }
    return m_db.commit();
}

Result<int> RequestLogStore::prune(const QDateTime &before)
{
    return m_db.changed(QStringLiteral("DELETE FROM request_log WHERE at < ?"),
                        {ExchangeDatabase::timeText(before)});
}

Result<QList<RequestLogEntry>> RequestLogStore::find(const QString &requestId, const QString &workstation,
                                                     const QDateTime &since, int limit)
{
    // One text for both dialects: an empty filter value matches every row.
    return m_db.all(
        QStringLiteral("SELECT ") + Columns +
            QStringLiteral(" FROM request_log WHERE (CAST(? AS VARCHAR(64)) = '' OR request_id = ?) "
                           "AND (CAST(? AS VARCHAR(64)) = '' OR workstation = ?) AND at >= ? "
                           "ORDER BY at DESC LIMIT ?"),
        {requestId, requestId, workstation, workstation,
         since.isValid() ? ExchangeDatabase::timeText(since) : QStringLiteral(""), std::max(1, limit)},
        entryFrom);
}

Result<int> RequestLogStore::count()
{
    return m_db.count(QStringLiteral("SELECT COUNT(*) FROM request_log"));
}

} // namespace ow::exchange
