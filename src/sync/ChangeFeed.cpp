#include "ChangeFeed.h"

#include "core/RegisteredEntity.h"
#include "protocol/WireKeys.h"

namespace ow::sync {

std::optional<core::CaseRecord> caseOfChange(const Change &change)
{
    if (change.kind != protocol::keys::changes::KindCase)
        return std::nullopt;
    core::CaseRecord record = core::CaseRecord::fromJson(change.record);
    if (record.id.isEmpty())
        record.id = change.caseId;
    return record;
}

std::optional<storage::EnterpriseRecord> enterpriseOfChange(const Change &change)
{
    if (change.kind != protocol::keys::changes::KindLicence)
        return std::nullopt;
    const std::optional<core::RegisteredEntity> entity = core::RegisteredEntity::fromJson(change.record);
    if (!entity)
        return std::nullopt;
    storage::EnterpriseRecord record;
    record.code = entity->code;
    record.name = entity->name;
    record.tradeName = entity->tradeName;
    record.industry = entity->industry;
    record.authorityDivision = entity->authorityDivision;
    record.entityTypeId = entity->entityTypeId;
    record.legalRep = entity->legalRep;
    record.established = entity->established;
    return record;
}

} // namespace ow::sync
