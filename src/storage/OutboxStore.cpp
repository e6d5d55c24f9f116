#include "OutboxStore.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "core/JsonWriter.h"
#include "core/TimeOrderedId.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage {

using sql::StorageErrors;

OutboxStore::OutboxStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<void> OutboxStore::append(QSqlDatabase &connection, const core::DomainEvent &event)
{
    const QString id = event.id.isEmpty() ? core::TimeOrderedId::next() : event.id;
    sql::Statement insert =
        sql::cached(connection, u"INSERT INTO outbox(event_id, type, case_id, case_version, actor, "
                                "workstation, device_time, payload, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    auto result =
        sql::exec(insert, {id, event.type, event.caseId, event.caseVersion, event.actor, event.workstation,
                           sql::toDbTime(event.deviceTime),
                           QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)),
                           sql::toDbTime(QDateTime::currentDateTimeUtc())});
    insert.finish();
    if (result)
        qCDebug(lcStorageOutbox) << "queued" << event.type << id << "case" << event.caseId
                                 << event.caseVersion;
    return result;
}

namespace {

const QString EventColumns =
    u"SELECT event_id, type, case_id, case_version, actor, workstation, device_time, "
    "payload, json_valid(payload), seq FROM outbox "_s;

// The event of the current row of an EventColumns query, all but its payload (column 7).
core::DomainEvent withoutPayload(const sql::Statement &query)
{
    core::DomainEvent event;
    event.id = query.value(0).toString();
    event.type = query.value(1).toString();
    event.caseId = query.value(2).toString();
    event.caseVersion = query.value(3).toInt();
    event.actor = query.value(4).toString();
    event.workstation = query.value(5).toString();
    event.deviceTime = sql::fromDbTime(query.value(6));
    return event;
}

QList<core::DomainEvent> eventsFrom(sql::Statement &query)
{
    QList<core::DomainEvent> events;
    while (query.next()) {
        core::DomainEvent event = withoutPayload(query);
        event.payload = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        events.append(std::move(event));
    }
    query.finish();
    return events;
}

} // namespace

QList<core::DomainEvent> OutboxStore::pending(int limit) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query = sql::cached(db, EventColumns + u"ORDER BY seq LIMIT ?"_s);
    if (!sql::exec(query, {limit})) {
        qCWarning(lcStorageOutbox) << "cannot read the outbox:" << query.lastError().text();
        return {};
    }
    return eventsFrom(query);
}

QList<OutboxStore::WireEvent> OutboxStore::pendingOnWire(int limit, qint64 afterSeq) const
{
    // Read as SQLite holds it: a payload goes from the file into the body as the UTF-8 it is.
    QSqlDatabase db = m_db->connection();
    QList<WireEvent> events;
    core::JsonWriter writer;
    const auto read =
        sql::read(db, EventColumns + u"WHERE seq > ? ORDER BY seq LIMIT ?"_s, {afterSeq, limit},
                  [&](const schema::SqliteStatements::Row &row) {
                      core::DomainEvent event;
                      event.id = row.string(0);
                      event.type = row.string(1);
                      event.caseId = row.string(2);
                      event.caseVersion = int(row.integer(3));
                      event.actor = row.string(4);
                      event.workstation = row.string(5);
                      event.deviceTime = sql::fromDbTime(row.string(6));
                      const bool valid = row.integer(8) != 0;
                      if (!valid) // a damaged row: sent with an empty payload, the exchange refuses it alone
                          qCWarning(lcStorageOutbox) << "event" << event.id << "has a damaged payload";
                      event.writeJson(writer, valid ? row.text(7) : QByteArrayView("{}"));
                      events.append({event.id, event.caseId, event.actor, writer.take(), row.integer(9)});
                  });
    if (!read) {
        qCWarning(lcStorageOutbox) << "cannot read the outbox:" << read.error().message;
        return {};
    }
    return events;
}

Result<QList<core::DomainEvent>> OutboxStore::forCase(QSqlDatabase &connection, const QString &caseId)
{
    sql::Statement query = sql::cached(connection, EventColumns + u"WHERE case_id = ? ORDER BY seq"_s);
    if (auto r = sql::exec(query, {caseId}); !r)
        return r.error();
    return eventsFrom(query);
}

Result<void> OutboxStore::remove(QSqlDatabase &connection, const QStringList &eventIds)
{
    sql::Statement remove = sql::cached(connection, u"DELETE FROM outbox WHERE event_id = ?"_s);
    for (const QString &id : eventIds) {
        if (auto r = sql::exec(remove, {id}); !r)
            return r;
    }
    remove.finish();
    return {};
}

int OutboxStore::count() const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM outbox"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> OutboxStore::acknowledge(const QStringList &eventIds)
{
    if (eventIds.isEmpty())
        return {};
    return m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        sql::Statement remove = sql::cached(db, u"DELETE FROM outbox WHERE event_id = ?"_s);
        for (const QString &id : eventIds) {
            if (auto r = sql::exec(remove, {id}); !r)
                return r;
        }
        remove.finish();
        qCDebug(lcStorageOutbox) << "acknowledged" << eventIds.size() << "events";
        return {};
    });
}

Result<void> OutboxStore::recordAttempt(const QStringList &eventIds)
{
    if (eventIds.isEmpty())
        return {};
    return m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        sql::Statement update =
            sql::cached(db, u"UPDATE outbox SET attempts = attempts + 1 WHERE event_id = ?"_s);
        for (const QString &id : eventIds) {
            if (auto r = sql::exec(update, {id}); !r)
                return r;
        }
        update.finish();
        return {};
    });
}

int OutboxStore::attempts(const QString &eventId) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery query(db);
    query.prepare(u"SELECT attempts FROM outbox WHERE event_id = ?"_s);
    query.addBindValue(eventId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace ow::storage
