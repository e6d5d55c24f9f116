#include "SessionStore.h"

#include "ExchangeDatabase.h"

namespace ow::exchange {
namespace {

const QString Columns = QStringLiteral("token_hash, refresh_hash, user_id, fingerprint, workstation, "
                                       "expires_at, refresh_expires_at, created_at");

SessionRecord sessionFrom(const QSqlQuery &q)
{
    SessionRecord s;
    s.tokenHash = q.value(0).toString();
    s.refreshHash = q.value(1).toString();
    s.userId = q.value(2).toString();
    s.fingerprint = q.value(3).toString();
    s.workstation = q.value(4).toString();
    s.expiresAt = ExchangeDatabase::timeFromText(q.value(5).toString());
    s.refreshExpiresAt = ExchangeDatabase::timeFromText(q.value(6).toString());
    s.createdAt = ExchangeDatabase::timeFromText(q.value(7).toString());
    return s;
}

} // namespace

Result<void> SessionStore::add(const SessionRecord &s)
{
    return m_db.run(QStringLiteral("INSERT INTO sessions (") + Columns +
                        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {s.tokenHash, s.refreshHash, s.userId, s.fingerprint, s.workstation,
                     ExchangeDatabase::timeText(s.expiresAt), ExchangeDatabase::timeText(s.refreshExpiresAt),
                     ExchangeDatabase::timeText(s.createdAt)});
}

Result<std::optional<SessionRecord>> SessionStore::byToken(const QString &tokenHash)
{
    return m_db.one(QStringLiteral("SELECT ") + Columns +
                        QStringLiteral(" FROM sessions WHERE token_hash = ?"),
                    {tokenHash}, sessionFrom);
}

Result<std::optional<SessionRecord>> SessionStore::byRefresh(const QString &refreshHash)
{
    return m_db.one(QStringLiteral("SELECT ") + Columns +
                        QStringLiteral(" FROM sessions WHERE refresh_hash = ?"),
                    {refreshHash}, sessionFrom);
}

Result<void> SessionStore::remove(const QString &tokenHash)
{
    return m_db.run(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash});
}

Result<void> SessionStore::removeExpired(const QDateTime &now)
{
    return m_db.run(QStringLiteral("DELETE FROM sessions WHERE refresh_expires_at < ?"),
                    {ExchangeDatabase::timeText(now)});
}

Result<int> SessionStore::count()
{
    return m_db.count(QStringLiteral("SELECT COUNT(*) FROM sessions"));
}

} // namespace ow::exchange
