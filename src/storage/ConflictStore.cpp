#include "ConflictStore.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage {

using sql::StorageErrors;

namespace {
QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
QJsonObject object(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}
} // namespace

ConflictStore::ConflictStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

QString ConflictStore::kindKey(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::PushConflict:
        return u"push_conflict"_s;
    case ConflictKind::PushRejected:
        return u"push_rejected"_s;
    case ConflictKind::PullConflict:
        break;
    }
    return u"pull_conflict"_s;
}

ConflictKind ConflictStore::kindFromKey(const QString &key)
{
    if (key == u"push_conflict"_s)
        return ConflictKind::PushConflict;
    if (key == u"push_rejected"_s)
        return ConflictKind::PushRejected;
    return ConflictKind::PullConflict;
}

Result<qint64> ConflictStore::record(QSqlDatabase &connection, const SyncConflict &c)
{
    sql::Statement insert = sql::cached(
        connection,
        u"INSERT INTO conflicts(case_id, kind, event_id, local_event, local_case, remote_case, "
        "error_code, error_message, request_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QDateTime at = c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc();
    if (auto r = sql::exec(insert,
                           {c.caseId, kindKey(c.kind), c.eventId, json(c.localEvent), json(c.localCase),
                            json(c.remoteCase), c.errorCode, c.errorMessage, c.requestId, sql::toDbTime(at)});
        !r) {
        return r.error();
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    insert.finish();
    qCInfo(lcStorageOutbox) << "conflict recorded" << kindKey(c.kind) << "case" << c.caseId << "event"
                            << c.eventId << c.errorCode;
    return id;
}

Result<void> ConflictStore::settlePush(const QStringList &acknowledged, const QList<SyncConflict> &conflicts,
                                       const QList<AuditEntry> &notes)
{
    if (acknowledged.isEmpty() && conflicts.isEmpty() && notes.isEmpty())
        return {};
    // An acknowledged event's text lives on in the case it made and in the audit journal, so its
    // freed pages need not be zeroed (Debian's SQLite deletes securely by default, which doubled
    // what a settlement writes: an event fills most of a page). FAST still clears what is deleted
    // inside pages that stay in use; the connection deletes securely again afterwards.
    QSqlDatabase connection = m_db->connection();
    if (auto r = sql::exec(connection, u"PRAGMA secure_delete = FAST"_s); !r)
        return r;
    const Result<void> settled = settle(acknowledged, conflicts, notes);
    if (auto r = sql::exec(connection, u"PRAGMA secure_delete = ON"_s); !r && settled)
        return r;
    return settled;
}

Result<void> ConflictStore::settle(const QStringList &acknowledged, const QList<SyncConflict> &conflicts,
                                   const QList<AuditEntry> &notes)
{
    return m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        // The acknowledged events in one statement (a batch is hundreds).
        sql::Statement removeAll =
            sql::cached(db, u"DELETE FROM outbox WHERE event_id IN (SELECT value FROM json_each(?))"_s);
        const QByteArray ids =
            QJsonDocument(QJsonArray::fromStringList(acknowledged)).toJson(QJsonDocument::Compact);
        if (auto r = sql::exec(removeAll, {QString::fromUtf8(ids)}); !r)
            return r;
        removeAll.finish();
        sql::Statement remove = sql::cached(db, u"DELETE FROM outbox WHERE event_id = ?"_s);
        for (const SyncConflict &conflict : conflicts) {
            if (auto r = record(db, conflict); !r)
                return r.error();
            if (auto r = sql::exec(remove, {conflict.eventId}); !r)
                return r;
        }
        remove.finish();
        for (const AuditEntry &note : notes) {
            if (auto r = AuditJournal::append(db, note); !r)
                return r;
        }
        return {};
    });
}

namespace {

const QString ConflictColumns =
    u"SELECT id, case_id, kind, event_id, local_event, local_case, remote_case, error_code, "
    "error_message, request_id, created_at, resolved_at, resolved_by, resolution FROM conflicts"_s;

SyncConflict conflictFrom(const sql::Statement &query)
{
    SyncConflict c;
    c.id = query.value(0).toLongLong();
    c.caseId = query.value(1).toString();
    c.kind = ConflictStore::kindFromKey(query.value(2).toString());
    c.eventId = query.value(3).toString();
    c.localEvent = object(query.value(4));
    c.localCase = object(query.value(5));
    c.remoteCase = object(query.value(6));
    c.errorCode = query.value(7).toString();
    c.errorMessage = query.value(8).toString();
    c.requestId = query.value(9).toString();
    c.createdAt = sql::fromDbTime(query.value(10));
    c.resolvedAt = sql::fromDbTime(query.value(11));
    c.resolvedBy = query.value(12).toString();
    c.resolution = query.value(13).toString();
    return c;
}

} // namespace

QList<SyncConflict> ConflictStore::list(bool openOnly, int limit) const
{
    QSqlDatabase db = m_db->connection();
    QString statement = ConflictColumns;
    if (openOnly)
        statement += u" WHERE resolved_at IS NULL"_s;
    statement += u" ORDER BY id LIMIT ?"_s;
    sql::Statement query = sql::cached(db, statement);
    QList<SyncConflict> result;
    if (!sql::exec(query, {limit})) {
        qCWarning(lcStorageOutbox) << "cannot read the conflicts:" << query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(conflictFrom(query));
    query.finish();
    return result;
}

Result<std::optional<SyncConflict>> ConflictStore::find(QSqlDatabase &connection, qint64 id)
{
    sql::Statement query = sql::cached(connection, ConflictColumns + u" WHERE id = ?"_s);
    if (auto r = sql::exec(query, {id}); !r)
        return r.error();
    std::optional<SyncConflict> found;
    if (query.next())
        found = conflictFrom(query);
    query.finish();
    return found;
}

Result<void> ConflictStore::markResolved(QSqlDatabase &db, qint64 id, const QString &userId,
                                         const QString &resolution, const QDateTime &at)
{
    sql::Statement update =
        sql::cached(db, u"UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? "
                        "WHERE id = ? AND resolved_at IS NULL"_s);
    if (auto r = sql::exec(update, {sql::toDbTime(at), userId, resolution, id}); !r)
        return r;
    const int changed = update.numRowsAffected();
    update.finish();
    if (changed != 1) {
        return StorageErrors::make(u"storage.not_found"_s,
                                   tr("This conflict is not open any more; nothing was changed."));
    }
    return {};
}

int ConflictStore::openCountFor(const QString &caseId) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query =
        sql::cached(db, u"SELECT count(*) FROM conflicts WHERE case_id = ? AND resolved_at IS NULL"_s);
    if (!sql::exec(query, {caseId}) || !query.next())
        return -1;
    const int n = query.value(0).toInt();
    query.finish();
    return n;
}

int ConflictStore::openCount() const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> ConflictStore::resolve(qint64 id, const QString &userId, const QString &resolution,
                                    const QDateTime &at)
{
    return m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        return markResolved(db, id, userId, resolution, at);
    });
}

} // namespace ow::storage
