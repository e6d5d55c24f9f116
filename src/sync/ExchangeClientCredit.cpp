// ExchangeClient: the registry's credit list entries, entered by one supervisor and confirmed by
// another (docs/protocol.md, POST /api/v1/credit-entries, …/confirm, GET …/pending).
#include "ExchangeClient.h"
#include "ExchangeClientFinish.h"
#include "protocol/WireKeys.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace k = protocol::keys::creditProposals;

namespace {

// The status of a proposal's answer, or malformed.
Result<QString, SyncError> statusOf(const QJsonObject &o)
{
    const QString status = o.value(k::Status).toString();
    if (status != k::StatusProposed && status != k::StatusRecorded)
        return SyncErrors::malformed(u"credit proposal answer without a known status"_s);
    return status;
}

} // namespace

void ExchangeClient::proposeCreditEntry(const QString &proposalId, const core::CreditEntry &entry,
                                        Callback<QString> done)
{
    const QJsonObject body{{k::Proposal, proposalId}, {k::Entry, core::CreditList::toJson(entry)}};
    send(protocol::Endpoint::CreditPropose, {}, &body,
         [done](Result<QJsonObject, SyncError> raw, const QString &id) {
             finishWith<QString>(done, std::move(raw), id, statusOf);
         });
}

void ExchangeClient::proposeCreditRemoval(const QString &proposalId, const QString &entryId,
                                          const QDate &removedOn, const QString &reason,
                                          Callback<QString> done)
{
    const QJsonObject body{{k::Proposal, proposalId},
                           {k::Remove, QJsonObject{{k::Id, entryId},
                                                   {k::RemovedOn, removedOn.toString(Qt::ISODate)},
                                                   {k::RemovalReason, reason}}}};
    send(protocol::Endpoint::CreditPropose, {}, &body,
         [done](Result<QJsonObject, SyncError> raw, const QString &id) {
             finishWith<QString>(done, std::move(raw), id, statusOf);
         });
}

void ExchangeClient::confirmCredit(const QString &proposalId, Callback<core::CreditEntry> done)
{
    const QJsonObject body{{k::Proposal, proposalId}};
    send(protocol::Endpoint::CreditConfirm, {}, &body,
         [done](Result<QJsonObject, SyncError> raw, const QString &id) {
             finishWith<core::CreditEntry>(
                 done, std::move(raw), id, [](const QJsonObject &o) -> Result<core::CreditEntry, SyncError> {
                     const std::optional<core::CreditEntry> entry =
                         core::CreditList::fromJson(o.value(k::Entry).toObject());
                     if (!entry)
                         return SyncErrors::malformed(u"confirmation without a readable entry"_s);
                     return *entry;
                 });
         });
}

void ExchangeClient::pendingCredit(Callback<QList<CreditProposalInfo>> done)
{
    send(protocol::Endpoint::CreditPending, {}, nullptr,
         [done](Result<QJsonObject, SyncError> raw, const QString &id) {
             finishWith<QList<CreditProposalInfo>>(done, std::move(raw), id, parseCreditProposals);
         });
}

Result<QList<CreditProposalInfo>, SyncError> ExchangeClient::parseCreditProposals(const QJsonObject &body)
{
    const QJsonValue list = body.value(k::Proposals);
    if (!list.isArray() || list.toArray().size() > 500)
        return SyncErrors::malformed(u"pending proposals not a list of at most 500"_s);
    QList<CreditProposalInfo> proposals;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject o = value.toObject();
        CreditProposalInfo p;
        p.id = o.value(k::Proposal).toString().left(64);
        p.kind = o.value(k::Kind).toString();
        p.proposedBy = o.value(k::ProposedBy).toString().left(64);
        p.proposedAt = QDateTime::fromString(o.value(k::ProposedAt).toString(), Qt::ISODateWithMs);
        if (p.kind == u"add") {
            const std::optional<core::CreditEntry> entry =
                core::CreditList::fromJson(o.value(k::Entry).toObject());
            if (!entry)
                continue; // one unreadable proposal hides nothing else
            p.entry = *entry;
        } else if (p.kind == u"remove") {
            const QJsonObject remove = o.value(k::Remove).toObject();
            p.entryId = remove.value(k::Id).toString().left(64);
            p.removedOn = QDate::fromString(remove.value(k::RemovedOn).toString(), Qt::ISODate);
            p.removalReason = remove.value(k::RemovalReason).toString().left(core::CreditList::MaxReason);
        } else {
            continue;
        }
        if (!p.id.isEmpty())
            proposals.append(p);
    }
    return proposals;
}

} // namespace ow::sync
