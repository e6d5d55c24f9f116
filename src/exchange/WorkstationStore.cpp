#include "WorkstationStore.h"

#include "ExchangeDatabase.h"

namespace ow::exchange {
namespace {

const QString Columns =
    QStringLiteral("fingerprint, code, kind, serial, issued_at, not_after, revoked_at, authority");

CertificateRecord certificateFrom(const QSqlQuery &q)
{
    CertificateRecord c;
    c.fingerprint = q.value(0).toString();
    c.code = q.value(1).toString();
    c.kind = q.value(2).toString();
    c.serial = q.value(3).toString();
    c.issuedAt = ExchangeDatabase::timeFromText(q.value(4).toString());
    c.notAfter = ExchangeDatabase::timeFromText(q.value(5).toString());
    c.revokedAt = ExchangeDatabase::timeFromText(q.value(6).toString());
    c.authority = q.value(7).toString();
    return c;
}

} // namespace

Result<void> WorkstationStore::add(const CertificateRecord &c)
{
    return m_db.run(QStringLiteral("INSERT INTO workstations (") + Columns +
                        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {c.fingerprint, c.code, c.kind, c.serial, ExchangeDatabase::timeText(c.issuedAt),
                     ExchangeDatabase::timeText(c.notAfter), ExchangeDatabase::timeText(c.revokedAt),
                     c.authority});
}

Result<std::optional<CertificateRecord>> WorkstationStore::find(const QString &fingerprint)
{
    return m_db.one(QStringLiteral("SELECT ") + Columns +
                        QStringLiteral(" FROM workstations WHERE fingerprint = ?"),
                    {fingerprint}, certificateFrom);
}

Result<QList<CertificateRecord>> WorkstationStore::list()
{
    return m_db.all(QStringLiteral("SELECT ") + Columns +
                        QStringLiteral(" FROM workstations ORDER BY code, issued_at"),
                    {}, certificateFrom);
}

Result<int> WorkstationStore::revoke(const QString &code, const QDateTime &at)
{
    return m_db.changed(
        QStringLiteral("UPDATE workstations SET revoked_at = ? WHERE code = ? AND revoked_at = ''"),
        {ExchangeDatabase::timeText(at), code});
}

} // namespace ow::exchange
