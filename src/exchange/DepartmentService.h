#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"
#include "core/CreditList.h"
#include "core/CreditRecord.h"
#include "core/RegisteredEntity.h"
#include "protocol/DepartmentWire.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <mutex>
#include <optional>

namespace ow::exchange {

// The departments' side of the exchange (DOMAIN §8, docs/protocol.md "Departments"). The caller is
// the department its certificate names (core::Department, from the exchange's own records), never
// what a body says; it reads only its own queue and records only under its own code, and only about
// entities the exchange registered within its authority.
//
// - registrations: its queue after what it acknowledged (or after `cursor` when later), in order;
// - acknowledge: how far it has read (forward only, at most its last item);
// - claims (认领) and records (licences, penalties, performance, other; list entries through
//   core::CreditList's rules): each item judged on its own and answered applied, duplicate (the
//   department's own id seen before: a resend records nothing twice) or rejected; one transaction
//   per request; each applied item goes to the province's counters through the change feed.
class DepartmentService
{
public:
    static constexpr int MaxPage = 100;   // registrations per page
    static constexpr int MaxClaims = 100; // claims per request
    static constexpr int MaxItems = 50;   // records, and list entries, per request

    DepartmentService(ExchangeStore &store, std::mutex &writeLock) : m_store(store), m_writeLock(writeLock) {}

    // Why an entity is delivered: its registration, a change (by the change case `changeCase`, the
    // entity `before` it; a department concerned before or after hears of it, with the keys that
    // changed), its revocation or its deregistration.
    struct Occasion
    {
        protocol::DeliveryOccasion what = protocol::DeliveryOccasion::Registration;
        QString changeCase;
        std::optional<core::RegisteredEntity> before;
    };

    // In the caller's write transaction (a licence just confirmed, changed, revoked or ended):
    // queues `entity` as it is now for every department it concerns (core::CreditRecords::concerns),
    // once per department and occasion; how many.
    static Result<int> deliver(ExchangeStore &store, const core::RegisteredEntity &entity,
                               const Occasion &occasion, const QDateTime &at);

    ApiResponse registrations(const core::Department &department, const QString &cursor,
                              const QString &limit);
    ApiResponse acknowledge(const core::Department &department, const QJsonObject &body);
    ApiResponse claims(const core::Department &department, const QJsonObject &body);
    ApiResponse records(const core::Department &department, const QJsonObject &body);

private:
    // The registered entity of `code` when `department`'s authority covers it; none otherwise
    // (the two alike, so nobody learns of another authority's entity).
    Result<std::optional<core::RegisteredEntity>> entityFor(const core::Department &department,
                                                            const QString &code);
    Result<QJsonObject> claimOne(const core::Department &department, const QString &code,
                                 const QDateTime &now);
    Result<QJsonObject> recordOne(const core::Department &department, core::CreditRecord record,
                                  const QString &field, const QDateTime &now);
    Result<QJsonObject> listEntryOne(const core::Department &department, core::CreditEntry entry,
                                     const QString &field, const QDateTime &now);
    // Runs `each` for every item in one write transaction; the results, or the store's failure.
    ApiResponse inTransaction(const std::function<Result<QJsonArray>()> &each);

    ExchangeStore &m_store;
    std::mutex &m_writeLock;
};

} // namespace ow::exchange
