#include "ChangeFeedStore.h"

#include "ExchangeDatabase.h"
#include "core/Authority.h"
#include "protocol/WireKeys.h"

#include <algorithm>

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
    c.authority = q.value(6).toString();
    return c;
}

std::pair<qint64, qint64> sizeFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

} // namespace

Result<qint64> ChangeFeedStore::append(const QString &kind, const QString &caseId,
                                       const QJsonObject &caseJson, const QString &origin,
                                       const QDateTime &at, const QString &authority)
{
    return append(kind, caseId, ExchangeDatabase::jsonText(caseJson), origin, at, authority);
}

Result<qint64> ChangeFeedStore::append(const QString &kind, const QString &caseId, const QString &caseJson,
                                       const QString &origin, const QDateTime &at, const QString &authority)
{
    // The feed's end is read once per write transaction and counted on from there: the writers'
    // lock is held until it commits, so nothing else appends meanwhile.
    const quint64 transaction = m_db.transaction();
    qint64 seq = m_lastSeq + 1;
    if (transaction == 0 || transaction != m_lastSeqTransaction) {
        const Result<qint64> last = m_db.number(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
        if (!last) {
            return last;
        }
        seq = last.value() + 1;
    }
    if (auto added =
            m_db.run(QStringLiteral("INSERT INTO changes (seq, kind, case_id, case_json, server_time, "
                                    "origin, authority, province) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {seq, kind, caseId, caseJson, ExchangeDatabase::timeText(at), origin, authority,
                      authority.left(2)});
        !added) {
        return added.error();
    }
    m_lastSeq = seq;
    m_lastSeqTransaction = transaction;
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
    return m_db.all(QStringLiteral("SELECT seq, kind, case_id, case_json, server_time, origin, authority "
                                   "FROM changes WHERE seq > ? AND seq <= ? ORDER BY seq"),
                    {after, readUpTo(sizes.value(), after, maxChars)}, changeFrom);
}

qint64 ChangeFeedStore::readUpTo(const QList<std::pair<qint64, qint64>> &sizes, qint64 after, qint64 maxChars,
                                 bool *complete)
{
    qint64 last = after;
    qint64 chars = 0;
    for (const auto &[seq, length] : sizes) {
        last = seq;
        if (chars > maxChars) {
            if (complete) {
                *complete = false;
            }
            return last;
        }
        chars += length;
    }
    if (complete) {
        *complete = true;
    }
    return last;
}

Result<qint64> ChangeFeedStore::lastSeq()
{
    return m_db.number(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
}

Result<ChangeFeedStore::ScopedRows> ChangeFeedStore::scopedAfter(const QString &scope, qint64 after,
                                                                 int limit, qint64 maxChars,
                                                                 qint64 skipLicencesTo)
{
    // The end of the whole feed first: a change of the scope committed after it has a higher seq
    // (seq is allocated under the writers' lock), so nothing is skipped by moving the cursor there.
    const Result<qint64> high = lastSeq();
    if (!high) {
        return high.error();
    }
    // An authority reads its own changes and its province's public ones (a published licence's,
    // written under the province's code); the provincial scope reads every change of the province.
    const bool provincial = core::Authority::isProvincial(scope);
    const QString where = (provincial ? QStringLiteral(" FROM changes WHERE province = ?")
                                      : QStringLiteral(" FROM changes WHERE authority IN (?, ?)")) +
                          QStringLiteral(" AND NOT (kind = ? AND seq <= ?) AND seq > ? AND seq <= ?");
    QVariantList keys =
        provincial ? QVariantList{core::Authority::province(scope)}
                   : QVariantList{scope, QString(core::Authority::province(scope) + QStringLiteral("0000"))};
    keys << QString(protocol::keys::changes::KindLicence) << skipLicencesTo;
    const auto sizes = m_db.all(QStringLiteral("SELECT seq, LENGTH(case_json)") + where +
                                    QStringLiteral(" ORDER BY seq LIMIT ?"),
                                keys + QVariantList{after, high.value(), limit}, sizeFrom);
    if (!sizes) {
        return sizes.error();
    }
    bool complete = false;
    const qint64 last = readUpTo(sizes.value(), after, maxChars, &complete);
    ScopedRows scoped;
    scoped.scannedTo = complete && sizes.value().size() < limit ? std::max(high.value(), after) : last;
    if (sizes.value().isEmpty()) {
        return scoped;
    }
    auto rows =
        m_db.all(QStringLiteral("SELECT seq, kind, case_id, case_json, server_time, origin, authority") +
                     where + QStringLiteral(" AND seq <= ? ORDER BY seq"),
                 keys + QVariantList{after, high.value(), last}, changeFrom);
    if (!rows) {
        return rows.error();
    }
    scoped.rows = std::move(rows).value();
    return scoped;
}

} // namespace ow::exchange
