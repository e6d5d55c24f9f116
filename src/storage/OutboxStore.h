#pragma once

#include "core/DomainEvent.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace ow::storage {

class Database;

// Events waiting for the exchange. Written only inside CaseStore::perform's transaction;
// removed only after the exchange acknowledged them.
class OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(OutboxStore)
public:
    explicit OutboxStore(std::shared_ptr<Database> db);

    // Inside an open transaction on `connection`. An event without an id gets a new UUID here.
    static ow::Result<void> append(QSqlDatabase &connection, const core::DomainEvent &event);

    // Inside an open transaction: the case's unsent events, oldest first; and their removal.
    static ow::Result<QList<core::DomainEvent>> forCase(QSqlDatabase &connection, const QString &caseId);
    static ow::Result<void> remove(QSqlDatabase &connection, const QStringList &eventIds);

    QList<core::DomainEvent> pending(int limit) const; // oldest first

    // An unsent event as it goes on the wire: what the sync engine needs of it, and its compact
    // JSON written from the stored row with the stored payload spliced in as it is (reading the
    // payloads into objects and writing them again cost more than the rest of a push).
    struct WireEvent
    {
        QString id;
        QString caseId;
        QString actor;
        QByteArray json;
        qint64 seq = 0; // its position in the outbox
    };
    // The oldest `limit` events after outbox position `afterSeq`, oldest first.
    QList<WireEvent> pendingOnWire(int limit, qint64 afterSeq = 0) const;
    int count() const;
    ow::Result<void> acknowledge(const QStringList &eventIds);
    // Counts a failed delivery attempt for each event (for the sync status display).
    ow::Result<void> recordAttempt(const QStringList &eventIds);
    int attempts(const QString &eventId) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
