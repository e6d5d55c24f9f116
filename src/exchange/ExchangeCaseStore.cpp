#include "ExchangeCaseStore.h"

#include "ApiTypes.h"
#include "ExchangeDatabase.h"
#include "protocol/ErrorCodes.h"

#include <QJsonDocument>

namespace ow::exchange {
namespace {

core::CaseRecord caseFrom(const QSqlQuery &q)
{
    return core::CaseRecord::fromJsonText(q.value(0).toByteArray());
}

// A case's JSON: its latest change's (change_seq), or its own record when it was written with none
// (change_seq 0 matches no change: the feed counts from 1).
const QString CaseText =
    QStringLiteral("SELECT COALESCE(changes.case_json, cases.record) FROM cases LEFT JOIN "
                   "changes ON changes.seq = cases.change_seq");

} // namespace

ExchangeCaseStore::StatisticsColumns ExchangeCaseStore::statisticsColumns(const core::CaseRecord &record)
{
    const auto day = [](const QDateTime &at) {
        return at.isValid() ? api::registryDay(at).toString(Qt::ISODate) : QString();
    };
    return {day(record.createdAt),
            day(record.licensedAt),
            record.form.entityTypeId,
            record.origin == core::CaseOrigin::Online ? QStringLiteral("online") : QStringLiteral("counter"),
            record.acceptedBy,
            record.workstation};
}

Result<std::optional<core::CaseRecord>> ExchangeCaseStore::byId(const QString &id)
{
    const auto json = m_db.firstText(CaseText + QStringLiteral(" WHERE cases.id = ?"), {id});
    if (!json) {
        return json.error();
    }
    if (!json.value()) {
        return std::optional<core::CaseRecord>();
    }
    // Read in place: the exchange wrote this text (JsonWriter), which JsonText takes.
    return std::optional(core::CaseRecord::fromJsonText(*json.value()));
}

Result<QList<core::CaseRecord>> ExchangeCaseStore::inState(const QString &stateKey)
{
    return m_db.all(CaseText + QStringLiteral(" WHERE cases.state = ? ORDER BY cases.updated_at"), {stateKey},
                    caseFrom);
}

Result<std::optional<QString>> ExchangeCaseStore::receiptHolder(const QString &number)
{
    const auto holder =
        m_db.firstText(QStringLiteral("SELECT case_id FROM receipts WHERE receipt_number = ?"), {number});
    if (!holder) {
        return holder.error();
    }
    return holder.value() ? std::optional(QString::fromUtf8(*holder.value())) : std::nullopt;
}

Result<void> ExchangeCaseStore::claimReceipt(const QString &number, const QString &caseId)
{
    return m_db.run(QStringLiteral("INSERT INTO receipts (receipt_number, case_id) VALUES (?, ?)"),
                    {number, caseId});
}

Result<int> ExchangeCaseStore::count()
{
    return m_db.count(QStringLiteral("SELECT COUNT(*) FROM cases"));
}

Result<void> ExchangeCaseStore::put(const core::CaseRecord &record, std::optional<int> expectedVersion)
{
    return write(record, QString::fromUtf8(record.toJsonText()), 0, expectedVersion);
}

Result<void> ExchangeCaseStore::putAt(const core::CaseRecord &record, qint64 changeSeq,
                                      std::optional<int> expectedVersion)
{
    return write(record, QString(), changeSeq, expectedVersion);
}

Result<void> ExchangeCaseStore::write(const core::CaseRecord &record, const QString &json, qint64 changeSeq,
                                      std::optional<int> expectedVersion)
{
    const QString state = core::CaseStates::toKey(record.state);
    const QString updatedAt = ExchangeDatabase::timeText(record.updatedAt);
    const StatisticsColumns c = statisticsColumns(record);
    if (!expectedVersion) {
        return m_db.run(
            QStringLiteral(
                "INSERT INTO cases (id, version, state, record, change_seq, updated_at, authority, "
                "received_day, licensed_day, entity_type, origin, accepted_by, workstation) VALUES (?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {record.id, record.version, state, json, changeSeq, updatedAt, record.form.authorityDivision,
             c.receivedDay, c.licensedDay, c.entityType, c.origin, c.acceptedBy, c.workstation});
    }
    const Result<int> updated = m_db.changed(
        QStringLiteral("UPDATE cases SET version = ?, state = ?, record = ?, change_seq = ?, updated_at = ?, "
                       "received_day = ?, licensed_day = ?, entity_type = ?, origin = ?, accepted_by = ?, "
                       "workstation = ? WHERE id = ? AND version = ?"),
        {record.version, state, json, changeSeq, updatedAt, c.receivedDay, c.licensedDay, c.entityType,
         c.origin, c.acceptedBy, c.workstation, record.id, *expectedVersion});
    if (!updated) {
        return updated.error();
    }
    if (updated.value() != 1) {
        return Error{protocol::errors::CaseStale, QStringLiteral("The case changed meanwhile."), {}};
    }
    return {};
}

Result<std::optional<QJsonObject>> ExchangeCaseStore::appliedResult(const QString &eventId)
{
    const auto result =
        m_db.firstText(QStringLiteral("SELECT result FROM applied_events WHERE event_id = ?"), {eventId});
    if (!result) {
        return result.error();
    }
    return result.value() ? std::optional(QJsonDocument::fromJson(*result.value()).object()) : std::nullopt;
}

Result<void> ExchangeCaseStore::recordApplied(const QString &eventId, const QString &caseId,
                                              const QJsonObject &result, const QString &actor,
                                              const QString &workstation, const QDateTime &at)
{
    return m_db.run(
        QStringLiteral("INSERT INTO applied_events (event_id, case_id, result, actor, workstation, "
                       "applied_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {eventId, caseId, ExchangeDatabase::jsonText(result), actor, workstation,
         ExchangeDatabase::timeText(at)});
}

Result<void> ExchangeCaseStore::recordReasons(const QString &eventId, const core::CaseRecord &record,
                                              const QString &actionKey, const QStringList &codes,
                                              const QDateTime &at)
{
    const QString day = api::registryDay(at).toString(Qt::ISODate);
    QStringList rows = codes.isEmpty() ? QStringList{QString()} : codes;
    rows.removeDuplicates(); // a code picked twice is given once
    for (const QString &code : rows) {
        if (auto inserted = m_db.run(
                QStringLiteral("INSERT INTO case_reasons (event_id, code, case_id, action, authority, "
                               "entity_type, decided_day) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {eventId, code, record.id, actionKey, record.form.authorityDivision, record.form.entityTypeId,
                 day});
            !inserted) {
            return inserted;
        }
    }
    return {};
}

Result<int> ExchangeCaseStore::appliedCount()
{
    return m_db.count(QStringLiteral("SELECT COUNT(*) FROM applied_events"));
}

} // namespace ow::exchange
