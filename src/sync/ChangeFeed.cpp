#include "ChangeFeed.h"

#include "SyncLog.h"
#include "core/RegisteredEntity.h"
#include "protocol/SheetWire.h"
#include "protocol/WireKeys.h"
#include "storage/CreditListCache.h"
#include "storage/CreditRecordCache.h"
#include "storage/NoticeCache.h"
#include "storage/ReservedSerials.h"
#include "storage/SheetLedger.h"

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
    return storage::EnterpriseRecord::fromEntity(*entity);
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

Result<void> storeOtherChange(QSqlDatabase &db, const Change &change, const QString &workstation)
{
    if (std::optional<QList<quint64>> serials = serialsOfChange(change, workstation))
        return storage::ReservedSerials::store(db, *serials, change.serverTime);
    if (change.kind == protocol::keys::changes::KindCodeBlock)
        return {}; // another workstation's block
    if (std::optional<core::StockBatch> batch = batchOfChange(change))
        return storage::SheetLedger::storeBatch(db, *batch);
    if (std::optional<core::SheetUse> use = sheetOfChange(change))
        return storage::SheetLedger::storeRecorded(db, *use);
    if (std::optional<core::CreditEntry> entry = creditEntryOfChange(change))
        return storage::CreditListCache::store(db, {*entry});
    if (std::optional<core::DepartmentClaim> claim = claimOfChange(change))
        return storage::CreditRecordCache::storeClaim(db, *claim);
    if (std::optional<core::CreditRecord> record = creditRecordOfChange(change))
        return storage::CreditRecordCache::storeRecord(db, *record);
    if (std::optional<core::DeregistrationNotice> notice = noticeOfChange(change))
        return storage::NoticeCache::store(db, *notice);
    qCInfo(lcSyncPull) << "change of unknown kind or unreadable" << change.kind << "skipped, seq"
                       << change.seq;
    return {};
}

std::optional<core::DeregistrationNotice> noticeOfChange(const Change &change)
{
    if (change.kind != protocol::keys::changes::KindNotice)
        return std::nullopt;
    return core::DeregistrationNotice::fromJson(change.record);
}

std::optional<core::StockBatch> batchOfChange(const Change &change)
{
    if (change.kind != protocol::keys::changes::KindStockBatch)
        return std::nullopt;
    return protocol::sheetwire::batchFromJson(change.record);
}

std::optional<core::SheetUse> sheetOfChange(const Change &change)
{
    if (change.kind != protocol::keys::changes::KindSheet)
        return std::nullopt;
    std::optional<core::SheetUse> use = protocol::sheetwire::useFromJson(change.record);
    if (use &&
        (use->id.isEmpty() || use->id.size() > 64 || use->reason.size() > core::BlankStock::MaxReasonLength))
        return std::nullopt;
    return use;
}

std::optional<core::CreditEntry> creditEntryOfChange(const Change &change)
{
    if (change.kind != protocol::keys::changes::KindList)
        return std::nullopt;
    std::optional<core::CreditEntry> entry = core::CreditList::fromJson(change.record);
    if (entry && (entry->subject.isEmpty() || entry->id.size() > 64))
        return std::nullopt;
    return entry;
}

std::optional<core::DepartmentClaim> claimOfChange(const Change &change)
{
    if (change.kind != protocol::keys::changes::KindClaim)
        return std::nullopt;
    return core::CreditRecords::claimFromJson(change.record);
}

std::optional<core::CreditRecord> creditRecordOfChange(const Change &change)
{
    if (change.kind != protocol::keys::changes::KindCreditRecord)
        return std::nullopt;
    std::optional<core::CreditRecord> record = core::CreditRecords::fromJson(change.record);
    if (record && (record->department.isEmpty() || record->creditCode.isEmpty()))
        return std::nullopt;
    return record;
}

} // namespace ow::sync
