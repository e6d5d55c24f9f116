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
    c.caseJson = q.value(3).toString();
    c.serverTime = ExchangeDatabase::timeFromText(q.value(4).toString());
    c.origin = q.value(5).toString();
    return c;
}

std::pair<qint64, qint64> sizeFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

} // namespace

Result<qint64> ChangeFeedStore::append(const QString &kind, const QString &caseId,
                                       const QJsonObject &caseJson, const QString &origin,
                                       const QDateTime &at)
{
    return append(kind, caseId, ExchangeDatabase::jsonText(caseJson), origin, at);
}

Result<qint64> ChangeFeedStore::append(const QString &kind, const QString &caseId, const QString &caseJson,
                                       const QString &origin, const QDateTime &at)
{
    const Result<qint64> last = m_db.number(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    if (!last) {
        return last;
    }
    const qint64 seq = last.value() + 1;
    if (auto added =
            m_db.run(QStringLiteral("INSERT INTO changes (seq, kind, case_id, case_json, server_time, "
                                    "origin) VALUES (?, ?, ?, ?, ?, ?)"),
                     {seq, kind, caseId, caseJson, ExchangeDatabase::timeText(at), origin});
        !added) {
        return added.error();
    }
    return seq;
}

Result<QList<ChangeRecord>> ChangeFeedStore::after(qint64 after, int limit, qint64 maxChars)
{
    // First the sizes only: up to the change that passes maxChars, and the one after it.
    const auto sizes = m_db.all(QStringLiteral("SELECT seq, LENGTH(case_json) FROM changes WHERE seq > ? "
                                               "ORDER BY seq LIMIT ?"),
                                {after, limit}, sizeFrom);
    if (!sizes) {
        return sizes.error();
    }
    qint64 last = after;
    qint64 chars = 0;
    for (const auto &[seq, length] : sizes.value()) {
        last = seq;
        if (chars > maxChars) {
            break;
        }
        chars += length;
    }
    return m_db.all(QStringLiteral("SELECT seq, kind, case_id, case_json, server_time, origin FROM changes "
                                   "WHERE seq > ? AND seq <= ? ORDER BY seq"),
                    {after, last}, changeFrom);
}

} // namespace ow::exchange
