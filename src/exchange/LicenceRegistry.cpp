#include "LicenceRegistry.h"

#include "DepartmentService.h"
#include "ExchangeBounds.h"
#include "ExchangeLog.h"
#include "ExchangeStore.h"
#include "core/Authority.h"
#include "core/CaseWorkflow.h"
#include "core/RegisteredEntity.h"
#include "protocol/WireKeys.h"

namespace ow::exchange {

Result<void> LicenceRegistry::confirm(const core::CaseRecord &licensed, const QDateTime &at)
{
    const Result<core::CaseRecord> stored = publish(licensed, at);
    if (!stored) {
        return stored.error();
    }
    const core::CaseRecord &published = stored.value();
    core::RegisteredEntity entity = core::RegisteredEntity::fromLicensedCase(published, at);
    if (published.kind == core::CaseKind::Change) {
        // A change's new licence: the same code and entity, the record now the change case's.
        return confirmChange(entity, published, at);
    }
    if (auto recorded = m_store.licences().put(entity, published.id, published.licenceSeal); !recorded) {
        return recorded;
    }
    if (auto announced = announce(entity, published.id, at); !announced) {
        return announced;
    }
    // 双告知: the registration to the departments it concerns, in the same transaction.
    if (auto delivered = DepartmentService::deliver(m_store, entity, {}, at); !delivered) {
        return delivered.error();
    }
    qCInfo(lcExchangeIngest) << "licence" << entity.code << "of case" << published.id << "published";
    return {};
}

Result<void> LicenceRegistry::confirmChange(core::RegisteredEntity entity, const core::CaseRecord &published,
                                            const QDateTime &at)
{
    const auto stored = m_store.licences().byCode(entity.code);
    if (!stored) {
        return stored.error();
    }
    if (!stored.value()) {
        return Error{
            QStringLiteral("licence.unknown_code"),
            QStringLiteral("No licence with the code %1 was issued through this exchange.").arg(entity.code),
            {}};
    }
    const core::RegisteredEntity before = stored.value()->entity;
    entity.established = before.established;
    entity.formerNames = before.formerNames;
    if (before.name != entity.name) {
        // The name it leaves stays protected for a year (name rules 2020, art. 17; NameCheck).
        entity.formerNames.prepend({before.name, api::registryDay(at)});
        entity.formerNames = entity.formerNames.mid(0, core::RegisteredEntity::MaxFormerNames);
    }
    if (auto recorded = m_store.licences().replace(entity, published.id, published.licenceSeal); !recorded) {
        return recorded;
    }
    if (auto announced = announce(entity, published.id, at); !announced) {
        return announced;
    }
    const DepartmentService::Occasion change{protocol::DeliveryOccasion::Change, published.id, before};
    if (auto delivered = DepartmentService::deliver(m_store, entity, change, at); !delivered) {
        return delivered.error();
    }
    qCInfo(lcExchangeIngest) << "licence" << entity.code << "changed by case" << published.id << "published";
    return {};
}

Result<void> LicenceRegistry::end(const core::CaseRecord &approved, const QDateTime &at)
{
    const Result<bool> ended = deregister(approved.subjectCode, api::registryDay(at), at);
    if (!ended) {
        return ended.error();
    }
    const Result<core::CaseRecord> published = publish(approved, at);
    return published ? Result<void>() : Result<void>(published.error());
}

Result<core::CaseRecord> LicenceRegistry::publish(const core::CaseRecord &record, const QDateTime &at)
{
    core::CaseRecord published = record;
    core::TransitionRequest request;
    request.action = core::CaseAction::Publish;
    request.actor = core::Actor{ExchangeActor, core::Role::Admin, QString()};
    request.at = at;
    if (auto advanced = core::CaseWorkflow::advance(published, request); !advanced) {
        return advanced.error();
    }
    const Result<QByteArray> json = ExchangeBounds::storedCase(published);
    if (!json) {
        return json.error();
    }
    const ExchangeStore::CaseChange change{ExchangeActor, at, {}, {}, ExchangeActor, {}};
    if (auto written = m_store.writeCase(published, json.value(), record.version, change); !written) {
        return written.error();
    }
    return published;
}

Result<void> LicenceRegistry::announce(const core::RegisteredEntity &entity, const QString &caseId,
                                       const QDateTime &at)
{
    // Public: every workstation of the province reads it (ChangeFeedStore scopes by authority, and a
    // province's code as the authority reaches all of its authorities).
    const QString province = core::Authority::province(entity.authorityDivision) + QStringLiteral("0000");
    if (auto appended = m_store.feed().append(QString(protocol::keys::changes::KindLicence), caseId,
                                              entity.toJson(), ExchangeActor, at, province);
        !appended) {
        return appended.error();
    }
    return {};
}

Result<bool> LicenceRegistry::revoke(const QString &code, const QString &decision, const QDate &decidedOn,
                                     const QDateTime &at)
{
    const QString text = decision.simplified();
    if (text.isEmpty() || text.size() > core::RegisteredEntity::MaxStatusDecision || !decidedOn.isValid() ||
        decidedOn > api::registryDay(at).addDays(1)) {
        return Error{
            QStringLiteral("licence.decision_invalid"),
            QStringLiteral("A revocation needs its decision (number and basis, at most %1 characters) "
                           "and its date, not later than today.")
                .arg(core::RegisteredEntity::MaxStatusDecision),
            {}};
    }
    return changeStatus(code, core::RegisteredEntity::StatusRevoked, decidedOn, text, at);
}

Result<bool> LicenceRegistry::deregister(const QString &code, const QDate &on, const QDateTime &at)
{
    if (!on.isValid() || on > api::registryDay(at).addDays(1)) {
        return Error{QStringLiteral("licence.decision_invalid"),
                     QStringLiteral("A deregistration needs its date, not later than today."),
                     {}};
    }
    return changeStatus(code, core::RegisteredEntity::StatusDeregistered, on, std::nullopt, at);
}

Result<bool> LicenceRegistry::changeStatus(const QString &code, const QString &status, const QDate &since,
                                           const std::optional<QString> &decision, const QDateTime &at)
{
    const auto stored = m_store.licences().byCode(code.trimmed().toUpper());
    if (!stored) {
        return stored.error();
    }
    if (!stored.value()) {
        return Error{
            QStringLiteral("licence.unknown_code"),
            QStringLiteral("No licence with the code %1 was issued through this exchange.").arg(code),
            {}};
    }
    core::RegisteredEntity entity = stored.value()->entity;
    if (entity.status == status) {
        return false;
    }
    entity.status = status;
    entity.statusSince = since;
    if (decision) {
        entity.statusDecision = *decision;
    }
    if (auto recorded = m_store.licences().put(entity, stored.value()->caseId, stored.value()->seal);
        !recorded) {
        return recorded.error();
    }
    if (auto announced = announce(entity, stored.value()->caseId, at); !announced) {
        return announced.error();
    }
    const DepartmentService::Occasion occasion{status == core::RegisteredEntity::StatusRevoked
                                                   ? protocol::DeliveryOccasion::Revocation
                                                   : protocol::DeliveryOccasion::Deregistration,
                                               {},
                                               {}};
    if (auto delivered = DepartmentService::deliver(m_store, entity, occasion, at); !delivered) {
        return delivered.error();
    }
    qCInfo(lcExchangeIngest) << "licence" << entity.code << "now" << status << "since" << since;
    return true;
}

Result<int> LicenceRegistry::publishPending()
{
    const auto pending = m_store.cases().inState(core::CaseStates::toKey(core::CaseState::Licensed));
    if (!pending) {
        return pending.error();
    }
    int published = 0;
    for (const core::CaseRecord &record : pending.value()) {
        if (record.creditCode.isEmpty()) {
            qCWarning(lcExchangeIngest)
                << "licensed case" << record.id << "has no credit code; not published";
            continue;
        }
        if (auto confirmed = confirm(record, QDateTime::currentDateTimeUtc()); !confirmed) {
            return confirmed.error();
        }
        ++published;
    }
    return published;
}

} // namespace ow::exchange
