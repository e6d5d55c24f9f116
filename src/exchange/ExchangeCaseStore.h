#pragma once

#include "core/CaseRecord.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::exchange {

class ExchangeDatabase;

// The exchange's copy of every case (not the client's storage::CaseStore), and the answers of
// the events applied to them (so an event sent again gets its first answer, not a second change).
class ExchangeCaseStore
{
public:
    // What the statistics read of a case, kept in columns of its row beside the record
    // (ExchangeStatistics): its days are the registry's (api::registryDay), "" when it has none.
    struct StatisticsColumns
    {
        QString receivedDay; // the day it reached the office (created)
        QString licensedDay;
        QString entityType;
        QString origin; // "counter" or "online"
        QString acceptedBy;
        QString workstation;
    };
    static StatisticsColumns statisticsColumns(const core::CaseRecord &record);

    explicit ExchangeCaseStore(ExchangeDatabase &db) : m_db(db) {}

    Result<std::optional<core::CaseRecord>> byId(const QString &id);
    Result<int> count();
    // Every case in the state with key `stateKey` (core::CaseStates::toKey).
    Result<QList<core::CaseRecord>> inState(const QString &stateKey);
    // Inserts (version 1 or a first sight of a counter case) or updates the case from
    // `expectedVersion`; an update that finds another version fails with case.stale. A case's
    // authority is its form's authorityDivision when it is inserted (the services checked it).
    // The case's JSON is kept with it: a case written with no change (tools, tests).
    Result<void> put(const core::CaseRecord &record, std::optional<int> expectedVersion);
    // The same for a case whose JSON the change at `changeSeq` holds, appended in this transaction
    // (ExchangeStore::writeCase): the text is stored once, in the feed, and read from there.
    Result<void> putAt(const core::CaseRecord &record, qint64 changeSeq, std::optional<int> expectedVersion);

    Result<std::optional<QJsonObject>> appliedResult(const QString &eventId);
    Result<void> recordApplied(const QString &eventId, const QString &caseId, const QJsonObject &result,
                               const QString &actor, const QString &workstation, const QDateTime &at);
    Result<int> appliedCount();
    // The case holding receipt number `number`, if any; and the claim of a number for a case
    // (in the caller's transaction, after it found the number free).
    Result<std::optional<QString>> receiptHolder(const QString &number);
    Result<void> claimReceipt(const QString &number, const QString &caseId);
    // The standard reasons an applied decision gave (a correction request, a refusal, a rejection:
    // `actionKey`), one row per code, or one with code "" for a reason in free text only.
    Result<void> recordReasons(const QString &eventId, const core::CaseRecord &record,
                               const QString &actionKey, const QStringList &codes, const QDateTime &at);

private:
    // `json` is empty when `changeSeq` names the change holding it.
    Result<void> write(const core::CaseRecord &record, const QString &json, qint64 changeSeq,
                       std::optional<int> expectedVersion);

    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
