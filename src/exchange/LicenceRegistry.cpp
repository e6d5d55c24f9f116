#include "LicenceRegistry.h"

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
    core::CaseRecord published = licensed;
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
    if (auto written = m_store.writeCase(published, json.value(), licensed.version, change); !written) {
        return written;
    }
    const core::RegisteredEntity entity = core::RegisteredEntity::fromLicensedCase(published, at);
    if (auto recorded = m_store.licences().put(entity, published.id, published.licenceSeal); !recorded) {
        return recorded;
    }
    // Public: every workstation of the province reads it (ChangeFeedStore scopes by authority, and a
    // province's code as the authority reaches all of its authorities).
    const QString province = core::Authority::province(entity.authorityDivision) + QStringLiteral("0000");
    if (auto appended = m_store.feed().append(QString(protocol::keys::changes::KindLicence), published.id,
                                              entity.toJson(), ExchangeActor, at, province);
        !appended) {
        return appended.error();
    }
    qCInfo(lcExchangeIngest) << "licence" << entity.code << "of case" << published.id << "published";
    return {};
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
