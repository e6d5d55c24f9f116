#include "LicenceStore.h"

#include "ExchangeDatabase.h"
#include "core/EnterpriseName.h"

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
    if (auto former = putFormerNames(entity); !former) {
        return former;
    }
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

Result<void> LicenceStore::replace(const core::RegisteredEntity &entity, const QString &caseId,
                                   const QString &seal)
{
    if (auto former = putFormerNames(entity); !former) {
        return former;
    }
    const QString published =
        entity.publishedAt.isValid() ? ExchangeDatabase::timeText(entity.publishedAt) : QString();
    return m_db.run(
        QStringLiteral("UPDATE licences SET case_id = ?, entity_json = ?, seal = ?, status = ?, name = ?, "
                       "trade_name = ?, industry = ?, licensed_at = ?, published_at = ? WHERE code = ?"),
        {caseId, ExchangeDatabase::jsonText(entity.toJson()), seal, entity.status, entity.name,
         entity.tradeName, entity.industry, ExchangeDatabase::timeText(entity.licensedAt), published,
         entity.code});
}

Result<std::optional<LicenceStore::Stored>> LicenceStore::byCode(const QString &code)
{
    return m_db.one(Columns + QStringLiteral("code = ?"), {code}, storedFrom);
}

Result<std::optional<LicenceStore::Stored>> LicenceStore::byCase(const QString &caseId)
{
    return m_db.one(Columns + QStringLiteral("case_id = ?"), {caseId}, storedFrom);
}

Result<QList<LicenceStore::Stored>>
LicenceStore::withTradeName(const QString &authority, const QString &tradeName, const QString &exceptCaseId)
{
    return m_db.all(Columns + QStringLiteral("authority = ? AND trade_name = ? AND case_id <> ?"),
                    {authority, tradeName, exceptCaseId}, storedFrom);
}

Result<QList<core::NameHolder>> LicenceStore::formerNames(const QString &authority, const QString &tradeName)
{
    return m_db.all(
        QStringLiteral(
            "SELECT f.code, f.name, f.changed_on, l.name FROM licence_former_names f JOIN licences l "
            "ON l.code = f.code WHERE f.authority = ? AND f.trade_name = ?"),
        {authority, tradeName}, +[](const QSqlQuery &q) {
            core::NameHolder holder;
            holder.kind = core::NameHolder::Kind::FormerName;
            holder.code = q.value(0).toString();
            holder.name = q.value(1).toString();
            holder.since = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            holder.entityName = q.value(3).toString();
            return holder;
        });
}

Result<void> LicenceStore::putFormerNames(const core::RegisteredEntity &entity)
{
    if (entity.formerNames.isEmpty()) {
        return {};
    }
    if (auto cleared =
            m_db.run(QStringLiteral("DELETE FROM licence_former_names WHERE code = ?"), {entity.code});
        !cleared) {
        return cleared;
    }
    for (const core::RegisteredEntity::FormerName &former : entity.formerNames) {
        if (auto put = m_db.run(
                QStringLiteral("INSERT INTO licence_former_names (code, name, trade_name, authority, "
                               "changed_on) VALUES (?, ?, ?, ?, ?)"),
                {entity.code, former.name, core::EnterpriseName::parse(former.name).tradeName,
                 entity.authorityDivision, former.changedOn.toString(Qt::ISODate)});
            !put) {
            return put;
        }
    }
    return {};
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

Result<LicenceStore::DirectoryRows> LicenceStore::directoryPage(const QString &province, const QString &after,
                                                                int limit, qint64 maxBytes)
{
    using Row = std::pair<QString, QByteArray>;
    // The primary key's order: a page is found by the index whatever its depth (keyset).
    const auto rows = m_db.all(
        QStringLiteral("SELECT code, entity_json FROM licences WHERE code > ? AND authority LIKE ? "
                       "ORDER BY code LIMIT ?"),
        {after, QString(province + QLatin1Char('%')), limit + 1}, +[](const QSqlQuery &q) {
            return Row{q.value(0).toString(), q.value(1).toString().toUtf8()};
        });
    if (!rows) {
        return rows.error();
    }
    DirectoryRows page;
    qint64 bytes = 0;
    for (const Row &row : rows.value()) {
        if (page.texts.size() == limit || (!page.texts.isEmpty() && bytes > maxBytes)) {
            page.more = true;
            break;
        }
        bytes += row.second.size();
        page.texts.append(row.second);
        page.last = row.first;
    }
    return page;
}

Result<qint64> LicenceStore::countInProvince(const QString &province)
{
    return m_db.number(QStringLiteral("SELECT COUNT(*) FROM licences WHERE authority LIKE ?"),
                       {QString(province + QLatin1Char('%'))});
}

} // namespace ow::exchange
