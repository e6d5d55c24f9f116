#include "CreditListCache.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "core/CreditList.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage {

using core::CreditList;

CreditListCache::CreditListCache(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<void> CreditListCache::store(QSqlDatabase &db, const QList<core::CreditEntry> &entries)
{
    sql::Statement insert = sql::cached(
        db, u"INSERT INTO credit_entries (id, list, subject_kind, subject, from_date, removed_on, "
            "entry_json) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET list = excluded.list, "
            "subject_kind = excluded.subject_kind, subject = excluded.subject, from_date = "
            "excluded.from_date, removed_on = excluded.removed_on, entry_json = excluded.entry_json"_s);
    for (const core::CreditEntry &entry : entries) {
        const QByteArray json = QJsonDocument(core::CreditList::toJson(entry)).toJson(QJsonDocument::Compact);
        if (auto r = sql::exec(
                insert,
                {entry.id, CreditList::key(entry.list), CreditList::subjectKey(entry.subjectKind),
                 entry.subject, entry.from.toString(Qt::ISODate),
                 entry.removedOn.isValid() ? QVariant(entry.removedOn.toString(Qt::ISODate)) : QVariant(),
                 QString::fromUtf8(json)});
            !r)
            return r;
    }
    insert.finish();
    return {};
}

Result<void> CreditListCache::upsert(const QList<core::CreditEntry> &entries)
{
    QSqlDatabase db = m_db->connection();
    return m_db->transaction([&]() -> Result<void> { return store(db, entries); });
}

QList<core::CreditEntry> CreditListCache::entriesFor(core::CreditSubjectKind kind,
                                                     const QString &subject) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query = sql::cached(
        db,
        u"SELECT entry_json FROM credit_entries WHERE subject = ? AND subject_kind = ? ORDER BY from_date, id"_s);
    QList<core::CreditEntry> found;
    if (!sql::exec(query, {CreditList::normalisedSubject(subject), CreditList::subjectKey(kind)})) {
        qCWarning(lcStorage) << "credit lists: lookup failed";
        return found;
    }
    while (query.next()) {
        const auto entry =
            core::CreditList::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
        if (entry)
            found.append(*entry);
    }
    query.finish();
    return found;
}

int CreditListCache::count() const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM credit_entries"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

core::CreditLookup CreditListCache::lookup() const
{
    return [this](core::CreditSubjectKind kind, const QString &subject) {
        return entriesFor(kind, subject);
    };
}

} // namespace ow::storage
