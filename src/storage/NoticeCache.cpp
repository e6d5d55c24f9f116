#include "NoticeCache.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ow::storage {

NoticeCache::NoticeCache(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<void> NoticeCache::store(QSqlDatabase &db, const core::DeregistrationNotice &notice)
{
    sql::Statement insert = sql::cached(
        db, u"INSERT INTO deregistration_notices (case_id, code, notice_json) VALUES (?, ?, ?) "
            "ON CONFLICT(case_id) DO UPDATE SET code = excluded.code, notice_json = excluded.notice_json"_s);
    Result<void> written =
        sql::exec(insert, {notice.caseId, notice.code,
                           QString::fromUtf8(QJsonDocument(notice.toJson()).toJson(QJsonDocument::Compact))});
    insert.finish();
    return written;
}

std::optional<core::DeregistrationNotice> NoticeCache::forCase(const QString &caseId) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query =
        sql::cached(db, u"SELECT notice_json FROM deregistration_notices WHERE case_id = ?"_s);
    if (!sql::exec(query, {caseId})) {
        qCWarning(lcStorage) << "deregistration notice: lookup failed";
        return std::nullopt;
    }
    std::optional<core::DeregistrationNotice> found;
    if (query.next())
        found = core::DeregistrationNotice::fromJson(
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    query.finish();
    return found;
}

} // namespace ow::storage
