#include "CreditProposalStore.h"

#include "ExchangeDatabase.h"

namespace ow::exchange {
namespace {

const QString Columns =
    QStringLiteral("SELECT id, kind, proposal_json, authority, proposed_by, proposed_at, state, "
                   "settled_by, settled_at FROM credit_proposals ");

CreditProposal proposalFrom(const QSqlQuery &q)
{
    CreditProposal p;
    p.id = q.value(0).toString();
    p.kind = q.value(1).toString();
    p.body = ExchangeDatabase::jsonObject(q.value(2));
    p.authority = q.value(3).toString();
    p.proposedBy = q.value(4).toString();
    p.proposedAt = ExchangeDatabase::timeFromText(q.value(5).toString());
    p.state = q.value(6).toString();
    p.settledBy = q.value(7).toString();
    p.settledAt =
        q.value(8).toString().isEmpty() ? QDateTime() : ExchangeDatabase::timeFromText(q.value(8).toString());
    return p;
}

} // namespace

Result<void> CreditProposalStore::add(const CreditProposal &p)
{
    return m_db.run(
        QStringLiteral("INSERT INTO credit_proposals (id, kind, proposal_json, authority, proposed_by, "
                       "proposed_at, state, settled_by, settled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.id, p.kind, ExchangeDatabase::jsonText(p.body), p.authority, p.proposedBy,
         ExchangeDatabase::timeText(p.proposedAt), CreditProposal::Pending, QString(), QString()});
}

Result<std::optional<CreditProposal>> CreditProposalStore::byId(const QString &id)
{
    return m_db.one(Columns + QStringLiteral("WHERE id = ?"), {id}, proposalFrom);
}

Result<void> CreditProposalStore::settle(const QString &id, const QString &by, const QDateTime &at)
{
    return m_db.run(
        QStringLiteral("UPDATE credit_proposals SET state = ?, settled_by = ?, settled_at = ? WHERE id = ?"),
        {CreditProposal::Recorded, by, ExchangeDatabase::timeText(at), id});
}

Result<QList<CreditProposal>> CreditProposalStore::pending()
{
    return m_db.all(Columns + QStringLiteral("WHERE state = ? ORDER BY proposed_at, id"),
                    {CreditProposal::Pending}, proposalFrom);
}

} // namespace ow::exchange
