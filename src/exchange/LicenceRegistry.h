#pragma once

#include "core/CaseRecord.h"
#include "core/RegisteredEntity.h"
#include "core/Result.h"

#include <QDateTime>

#include <optional>

namespace ow::exchange {

class ExchangeStore;

// Issued licences at the exchange (DOMAIN §6): what happens once a licence is confirmed. The
// exchange records it (LicenceStore), publishes it (已公示: the case's next version, Publish made
// by the exchange itself, never by a client) and puts the registered entity in the change feed as
// a change of kind "licence", which every workstation of the province reads into its enterprise
// cache, and queues it for the departments it concerns (DepartmentService::deliver), as it queues
// the entity's changes, its revocation and its deregistration. All in the caller's write
// transaction, so a licence is confirmed and published together or not at all.
class LicenceRegistry
{
public:
    // The exchange as the actor of what it does itself.
    static inline const QString ExchangeActor = QStringLiteral("exchange");

    explicit LicenceRegistry(ExchangeStore &store) : m_store(store) {}

    // `licensed` is the case as just stored in state Licensed, with its code and seal: records its
    // licence and publishes it at `at`.
    Result<void> confirm(const core::CaseRecord &licensed, const QDateTime &at);

    // Publishes every case the store holds licensed but not published (a store from before
    // publication was the exchange's, or a licence confirmed by an older exchange); the number
    // published. Run at start, under the writers' lock.
    Result<int> publishPending();

    // Revokes licence `code` (吊销营业执照, an administrative penalty decided on `decidedOn` by
    // `decision`: its number and basis): the registered entity's status becomes revoked, in the
    // licence's record and as a `licence` change of the feed, so every workstation's cache (and its
    // verify dialog) and the public lookup know it. False when it was revoked already (nothing
    // changes). Errors: licence.unknown_code, licence.decision_invalid.
    Result<bool> revoke(const QString &code, const QString &decision, const QDate &decidedOn,
                        const QDateTime &at);

    // Deregisters the entity of licence `code` (注销) on `on`: its status becomes deregistered with its
    // date, in the licence's record and through the feed; its name stays protected for a year (name
    // rules 2020, art. 17; NameCheck). False when it was deregistered already. Errors:
    // licence.unknown_code, licence.decision_invalid (no date, or later than today).
    Result<bool> deregister(const QString &code, const QDate &on, const QDateTime &at);

    // A deregistration case just approved (`approved`, as stored): its entity deregistered on the
    // exchange's day of `at` and the case published (已公示), in the caller's transaction.
    Result<void> end(const core::CaseRecord &approved, const QDateTime &at);

    // The entity as a `licence` change of the feed, for every workstation of its province (and, from
    // the licence's record, in the directory's snapshot).
    Result<void> announce(const core::RegisteredEntity &entity, const QString &caseId, const QDateTime &at);

private:
    // `record` in its next version, published (已公示) by the exchange itself at `at`, as stored.
    Result<core::CaseRecord> publish(const core::CaseRecord &record, const QDateTime &at);
    // The new licence of a change case: the entity keeps its code, date of establishment and status;
    // a name it leaves joins its former names.
    Result<void> confirmChange(core::RegisteredEntity entity, const core::CaseRecord &published,
                               const QDateTime &at);
    // The licence `code`'s entity in `status` since `since` (with `decision` when given), recorded and
    // announced; false when it was in that status already. Error: licence.unknown_code.
    Result<bool> changeStatus(const QString &code, const QString &status, const QDate &since,
                              const std::optional<QString> &decision, const QDateTime &at);

    ExchangeStore &m_store;
};

} // namespace ow::exchange
