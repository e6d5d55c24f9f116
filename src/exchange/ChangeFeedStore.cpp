#include "ChangeFeedStore.h"

#include "ExchangeDatabase.h"

namespace ow::exchange {
namespace {

ChangeRecord changeFrom(const QSqlQuery &q)
{
    ChangeRecord c;
    c.seq = q.value(0).toLongLong();
    c.kind = q.value(1).toString();
    c.caseId = q.value(2).toString();
    c.caseJson = ExchangeDatabase::jsonObject(q.value(3));
    c.serverTime = ExchangeDatabase::timeFromText(q.value(4).toString());
    c.origin = q.value(5).toString();
    return c;
}

} // namespace

Result<qint64> ChangeFeedStore::append(const QString &kind, const QString &caseId,
                                       const QJsonObject &caseJson, const QString &origin,
                                       const QDateTime &at)
{
    const Result<qint64> last = m_db.number(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    if (!last) {
        return last;
    }
    const qint64 seq = last.value() + 1;
    if (auto added =
            m_db.run(QStringLiteral("INSERT INTO changes (seq, kind, case_id, case_json, server_time, "
                                    "origin) VALUES (?, ?, ?, ?, ?, ?)"),
                     {seq, kind, caseId, ExchangeDatabase::jsonText(caseJson), ExchangeDatabase::timeText(at),
                      origin});
        !added) {
        return added.error();
    }
    return seq;
}

Result<QList<ChangeRecord>> ChangeFeedStore::after(qint64 after, int limit)
{
    return m_db.all(QStringLiteral("SELECT seq, kind, case_id, case_json, server_time, origin FROM changes "
                                   "WHERE seq > ? ORDER BY seq LIMIT ?"),
                    {after, limit}, changeFrom);
}

} // namespace ow::exchange
