#include "LicenceStore.h"

#include "ExchangeDatabase.h"

namespace ow::exchange {
namespace {

LicenceStore::Stored storedFrom(const QSqlQuery &q)
{
    LicenceStore::Stored stored;
    stored.entity = core::RegisteredEntity::fromJson(ExchangeDatabase::jsonObject(q.value(0)))
                        .value_or(core::RegisteredEntity{});
    stored.caseId = q.value(1).toString();
    stored.seal = q.value(2).toString();
    return stored;
}

const QString Columns = QStringLiteral("SELECT entity_json, case_id, seal FROM licences WHERE ");

} // namespace

Result<void> LicenceStore::put(const core::RegisteredEntity &entity, const QString &caseId,
                               const QString &seal)
{
    const QString json = ExchangeDatabase::jsonText(entity.toJson());
    const QString published =
        entity.publishedAt.isValid() ? ExchangeDatabase::timeText(entity.publishedAt) : QString();
    const Result<bool> updated = m_db.changedAny(
        QStringLiteral("UPDATE licences SET entity_json = ?, seal = ?, status = ?, name = ?, trade_name = ?, "
                       "industry = ?, published_at = ? WHERE code = ? AND case_id = ?"),
        {json, seal, entity.status, entity.name, entity.tradeName, entity.industry, published, entity.code,
         caseId});
    if (!updated || updated.value()) {
        return updated ? Result<void>() : Result<void>(updated.error());
    }
    return m_db.run(
        QStringLiteral("INSERT INTO licences (code, case_id, authority, name, trade_name, industry, "
                       "entity_json, seal, status, licensed_at, published_at) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?)"),
        {entity.code, caseId, entity.authorityDivision, entity.name, entity.tradeName, entity.industry, json,
         seal, entity.status, ExchangeDatabase::timeText(entity.licensedAt), published});
}

Result<std::optional<LicenceStore::Stored>> LicenceStore::byCode(const QString &code)
{
    return m_db.one(Columns + QStringLiteral("code = ?"), {code}, storedFrom);
}

Result<std::optional<LicenceStore::Stored>> LicenceStore::byCase(const QString &caseId)
{
    return m_db.one(Columns + QStringLiteral("case_id = ?"), {caseId}, storedFrom);
}

Result<std::optional<LicenceStore::Stored>> LicenceStore::nameHolder(const QString &authority,
                                                                     const QString &tradeName,
                                                                     const QString &industry,
                                                                     const QString &exceptCaseId)
{
    return m_db.one(Columns +
                        QStringLiteral("authority = ? AND trade_name = ? AND industry = ? AND case_id <> ? "
                                       "AND status = 'registered'"),
                    {authority, tradeName, industry, exceptCaseId}, storedFrom);
}

Result<void> LicenceStore::setSheets(const QString &caseId, const QString &sheets)
{
    return m_db.run(QStringLiteral("UPDATE licences SET sheets = ? WHERE case_id = ?"), {sheets, caseId});
}

Result<QString> LicenceStore::sheets(const QString &caseId)
{
    auto rows = m_db.exec(QStringLiteral("SELECT sheets FROM licences WHERE case_id = ?"), {caseId});
    if (!rows) {
        return rows.error();
    }
    return rows.value().next() ? rows.value().row().value(0).toString() : QString();
}

Result<int> LicenceStore::count()
{
    return m_db.count(QStringLiteral("SELECT COUNT(*) FROM licences"));
}

Result<QSet<QString>> LicenceStore::codesWithStatus(const QString &status)
{
    const auto codes = m_db.all(
        QStringLiteral("SELECT code FROM licences WHERE status = ?"), {status},
        +[](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!codes) {
        return codes.error();
    }
    return QSet<QString>(codes.value().cbegin(), codes.value().cend());
}

} // namespace ow::exchange
