#include "CreditListService.h"

#include "CreditListAdmin.h"
#include "ExchangeLog.h"
#include "core/Authority.h"
#include "protocol/ErrorCodes.h"
#include "protocol/WireKeys.h"

#include <QJsonArray>
#include <QUuid>

namespace ow::exchange {
namespace {

namespace k = protocol::keys::creditProposals;
namespace e = protocol::errors;

ApiResponse invalid(const QString &message, const QString &field)
{
    return ApiResponse::fail(422, e::CreditEntryInvalid, message, field);
}

QJsonObject proposalJson(const CreditProposal &p)
{
    return {{k::Proposal, p.id},
            {k::Kind, p.kind},
            {p.kind == CreditProposal::Add ? k::Entry : k::Remove, p.body},
            {k::ProposedBy, p.proposedBy},
            {k::ProposedAt, ExchangeDatabase::timeText(p.proposedAt)}};
}

} // namespace

std::variant<CreditProposal, ApiResponse>
CreditListService::proposalOf(const Caller &caller, const QJsonObject &body, const QDateTime &now)
{
    CreditProposal proposal;
    proposal.id = body.value(k::Proposal).toString();
    if (!api::isUuid(proposal.id)) {
        return ApiResponse::fail(400, e::RequestInvalidField, QStringLiteral("\"proposal\" must be a UUID."),
                                 QString(k::Proposal));
    }
    proposal.authority = caller.authority;
    proposal.proposedBy = caller.user->id;
    proposal.proposedAt = now;
    if (body.value(k::Entry).isObject() == body.value(k::Remove).isObject()) {
        return ApiResponse::fail(
            400, e::RequestInvalidField,
            QStringLiteral("A proposal carries an \"entry\" or a \"remove\", one of them."));
    }
    if (body.value(k::Remove).isObject()) {
        proposal.kind = CreditProposal::Remove;
        proposal.body = body.value(k::Remove).toObject();
        if (std::optional<ApiResponse> refused = removalRefused(caller, proposal)) {
            return *refused;
        }
        return proposal;
    }
    QJsonObject proposed = body.value(k::Entry).toObject();
    proposed.insert(k::Id, proposal.id); // the entry's id is the proposal's
    std::optional<core::CreditEntry> entry = core::CreditList::fromJson(proposed);
    if (!entry) {
        return invalid(
            QStringLiteral("The entry is not a credit list entry (list, subjectKind, subject, from, "
                           "texts within their bounds)."),
            QString(k::Entry));
    }
    entry->source = QStringLiteral("registry");
    entry->authorityCode = caller.authority;
    entry->removedOn = {};
    entry->removalReason.clear();
    if (const QString problem = core::CreditList::problem(*entry, api::registryDay(now));
        !problem.isEmpty()) {
        return invalid(problem, QString(k::Entry));
    }
    proposal.kind = CreditProposal::Add;
    proposal.body = core::CreditList::toJson(*entry);
    return proposal;
}

std::optional<ApiResponse> CreditListService::removalRefused(const Caller &caller, CreditProposal &proposal)
{
    const QString id = proposal.body.value(k::Id).toString();
    const QDate on = QDate::fromString(proposal.body.value(k::RemovedOn).toString(), Qt::ISODate);
    const QString why = proposal.body.value(k::RemovalReason).toString().trimmed();
    if (id.size() > 64) {
        return invalid(QStringLiteral("No such entry."), QString(k::Id));
    }
    const auto stored = m_store.creditLists().byId(id);
    if (!stored) {
        return api::storeFailure(stored.error());
    }
    if (!stored.value()) {
        return ApiResponse::fail(404, e::CreditUnknown, QStringLiteral("No credit list entry %1.").arg(id));
    }
    const core::CreditEntry &entry = *stored.value();
    if (!core::Authority::covers(caller.authority, entry.authorityCode) &&
        !core::Authority::covers(caller.authority,
                                 core::Authority::province(entry.authorityCode) + u"0000")) {
        return api::forbidden(QStringLiteral("The entry was recorded outside the caller's scope."));
    }
    if (entry.removedOn.isValid()) {
        return ApiResponse::fail(409, e::CreditSettled, QStringLiteral("The entry was removed already."));
    }
    if (const QString problem =
            core::CreditList::removalProblem(entry, on, why, api::registryDay(proposal.proposedAt));
        !problem.isEmpty()) {
        return invalid(problem, QString(k::Remove));
    }
    proposal.body = {{k::Id, id}, {k::RemovedOn, on.toString(Qt::ISODate)}, {k::RemovalReason, why}};
    return std::nullopt;
}

ApiResponse CreditListService::propose(const Caller &caller, const QJsonObject &body)
{
    if (caller.user->role == core::Role::Clerk) {
        return api::forbidden(QStringLiteral("A supervisor or an administrator enters credit list entries."));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::lock_guard<std::mutex> lock(m_writeLock);
    std::variant<CreditProposal, ApiResponse> judged = proposalOf(caller, body, now);
    if (ApiResponse *refused = std::get_if<ApiResponse>(&judged)) {
        return *refused;
    }
    const CreditProposal &proposal = std::get<CreditProposal>(judged);
    const auto existing = m_store.creditProposals().byId(proposal.id);
    if (!existing) {
        return api::storeFailure(existing.error());
    }
    if (existing.value()) {
        // A resend of the same proposal by its author: its first answer; anything else is a clash.
        if (existing.value()->proposedBy != caller.user->id || existing.value()->kind != proposal.kind) {
            return ApiResponse::fail(409, e::CreditSettled, QStringLiteral("That proposal id is taken."));
        }
        return ApiResponse::ok(
            {{k::Proposal, proposal.id},
             {k::Status, existing.value()->state == CreditProposal::Pending ? QString(k::StatusProposed)
                                                                            : QString(k::StatusRecorded)}});
    }
    if (auto written = m_store.inTransaction([&] { return m_store.creditProposals().add(proposal); });
        !written) {
        return api::storeFailure(written.error());
    }
    qCInfo(lcExchangeCredit) << "credit" << proposal.kind << "proposal" << proposal.id << "by"
                             << caller.user->id;
    ApiResponse response =
        ApiResponse::ok({{k::Proposal, proposal.id}, {k::Status, QString(k::StatusProposed)}}, 201);
    response.userId = caller.user->id;
    return response;
}

Result<core::CreditEntry> CreditListService::record(const CreditProposal &proposal, const QString &confirmer,
                                                    const QDateTime &now)
{
    const QString by = proposal.proposedBy + QStringLiteral(", ") + confirmer;
    if (proposal.kind == CreditProposal::Add) {
        std::optional<core::CreditEntry> entry = core::CreditList::fromJson(proposal.body);
        if (!entry) {
            return Error{QString(e::ServerInternal), QStringLiteral("A stored proposal is unreadable."), {}};
        }
        entry->recordedBy = by;
        return CreditListAdmin::add(m_store, *entry, proposal.authority);
    }
    return CreditListAdmin::removeEntry(
        m_store, proposal.body.value(k::Id).toString(),
        QDate::fromString(proposal.body.value(k::RemovedOn).toString(), Qt::ISODate),
        proposal.body.value(k::RemovalReason).toString(), by, now);
}

ApiResponse CreditListService::confirm(const Caller &caller, const QJsonObject &body)
{
    if (caller.user->role == core::Role::Clerk) {
        return api::forbidden(
            QStringLiteral("A supervisor or an administrator confirms credit list entries."));
    }
    const QString id = body.value(k::Proposal).toString();
    if (!api::isUuid(id)) {
        return ApiResponse::fail(400, e::RequestInvalidField, QStringLiteral("\"proposal\" must be a UUID."),
                                 QString(k::Proposal));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::lock_guard<std::mutex> lock(m_writeLock);
    if (auto begun = m_store.begin(); !begun) {
        return api::storeFailure(begun.error());
    }
    const auto stored = m_store.creditProposals().byId(id);
    std::optional<ApiResponse> refused;
    if (!stored) {
        refused = api::storeFailure(stored.error());
    } else if (!stored.value() || !core::Authority::covers(caller.authority, stored.value()->authority)) {
        refused = ApiResponse::fail(404, e::CreditUnknown,
                                    QStringLiteral("No such proposal in the caller's scope."));
    } else if (stored.value()->proposedBy == caller.user->id) {
        refused = ApiResponse::fail(
            403, e::CreditFourEyes,
            QStringLiteral("Another supervisor confirms what %1 entered.").arg(caller.user->id));
    } else if (stored.value()->state != CreditProposal::Pending) {
        refused =
            ApiResponse::fail(409, e::CreditSettled, QStringLiteral("The proposal was recorded already."));
    }
    if (refused) {
        m_store.rollback();
        return *refused;
    }
    Result<core::CreditEntry> recorded = record(*stored.value(), caller.user->id, now);
    Result<void> written = recorded ? m_store.creditProposals().settle(id, caller.user->id, now)
                                    : Result<void>(recorded.error());
    if (written) {
        written = m_store.commit();
    }
    if (!written) {
        m_store.rollback();
        return written.error().code == u"admin.invalid"
                   ? invalid(written.error().message, QString(k::Proposal))
                   : api::storeFailure(written.error());
    }
    qCInfo(lcExchangeCredit) << "credit proposal" << id << "confirmed by" << caller.user->id;
    ApiResponse response = ApiResponse::ok({{k::Proposal, id},
                                            {k::Status, QString(k::StatusRecorded)},
                                            {k::Entry, core::CreditList::toJson(recorded.value())}});
    response.userId = caller.user->id;
    return response;
}

ApiResponse CreditListService::pending(const Caller &caller)
{
    if (caller.user->role == core::Role::Clerk) {
        return api::forbidden(
            QStringLiteral("A supervisor or an administrator confirms credit list entries."));
    }
    const auto all = m_store.creditProposals().pending();
    if (!all) {
        return api::storeFailure(all.error());
    }
    QJsonArray list;
    for (const CreditProposal &p : all.value()) {
        if (core::Authority::covers(caller.authority, p.authority) && list.size() < 500) {
            list.append(proposalJson(p));
        }
    }
    ApiResponse response = ApiResponse::ok({{k::Proposals, list}});
    response.userId = caller.user->id;
    return response;
}

} // namespace ow::exchange
