#pragma once

#include "core/CreditList.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow::exchange {

class ExchangeDatabase;

// An entry or a removal the registry proposes for the credit lists, waiting for a second person
// (four eyes) before it is recorded.
struct CreditProposal
{
    QString id;   // UUID chosen by the proposer's counter: a resend is harmless
    QString kind; // "add" | "remove"
    // add: the entry (core::CreditList::toJson); remove: {"id", "removedOn", "removalReason"}
    QJsonObject body;
    QString authority; // the proposer's registration authority
    QString proposedBy;
    QDateTime proposedAt;
    QString state = QStringLiteral("pending"); // "pending" | "recorded"
    QString settledBy;
    QDateTime settledAt;

    static inline const QString Add = QStringLiteral("add");
    static inline const QString Remove = QStringLiteral("remove");
    static inline const QString Pending = QStringLiteral("pending");
    static inline const QString Recorded = QStringLiteral("recorded");
};

// Writes run in the caller's write transaction.
class CreditProposalStore
{
public:
    explicit CreditProposalStore(ExchangeDatabase &db) : m_db(db) {}

    Result<void> add(const CreditProposal &proposal);
    Result<std::optional<CreditProposal>> byId(const QString &id);
    Result<void> settle(const QString &id, const QString &by, const QDateTime &at);
    // The pending proposals, oldest first (the caller keeps those of its scope).
    Result<QList<CreditProposal>> pending();

private:
    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
