#pragma once

#include "core/DomainEvent.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace ow::storage {

class Database;

// Events waiting for the exchange. Written only inside CaseStore::perform's transaction;
// removed only after the exchange acknowledged them.
class OutboxStore
{
public:
    explicit OutboxStore(std::shared_ptr<Database> db);

    // Inside an open transaction on `connection`.
    static ow::Result<void> append(QSqlDatabase &connection, const core::DomainEvent &event);

    QList<core::DomainEvent> pending(int limit) const; // oldest first
    int count() const;
    ow::Result<void> acknowledge(const QStringList &eventIds);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
