#include "ChangeFeed.h"

#include "core/RegisteredEntity.h"
#include "protocol/WireKeys.h"

#include <QJsonArray>

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

std::optional<QList<quint64>> serialsOfChange(const Change &change, const QString &workstation)
{
    namespace k = protocol::keys::codeBlocks;
    if (change.kind != protocol::keys::changes::KindCodeBlock || workstation.isEmpty() ||
        change.record.value(k::Workstation).toString() != workstation)
        return std::nullopt;
    return reservedSerials(change.record.value(k::Serials));
}

std::optional<QList<quint64>> reservedSerials(const QJsonValue &list)
{
    if (!list.isArray() || list.toArray().size() > 1000)
        return std::nullopt;
    QList<quint64> serials;
    for (const QJsonValue &serial : list.toArray()) {
        const qint64 n = serial.toInteger(-1);
        if (n < 1)
            return std::nullopt;
        serials.append(quint64(n));
    }
    return serials;
}

} // namespace ow::sync
