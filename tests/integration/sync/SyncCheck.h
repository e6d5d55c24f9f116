#pragma once

// Checks shared by the sync crash and fault tests: what the exchange and a client cache hold
// after a sync has converged.

#include "support/ExchangeFixture.h"

#include <QMap>
#include <QStringList>

#include <memory>

namespace ow::storage {
class Database;
}

namespace ow::test {

struct ExchangeView
{
    bool ok = false;
    QString error;
    int appliedCount = 0;            // applied_events rows
    qint64 lastSeq = 0;              // the change feed's last seq
    QMap<QString, int> caseChanges;  // case id -> entries in the change feed
    QMap<QString, int> caseVersions; // case id -> the exchange's version
    QStringList missingEvents;       // of the asked ids, those without an applied answer
};

// Reads the exchange's store (its own connection) for the event ids `eventIds` and the cases.
ExchangeView readExchange(const ExchangeFixture &fixture, const QStringList &eventIds,
                          const QString &connection);

// A problem with the client's cache after a converged sync, or empty: the outbox is empty, no
// conflicts were recorded, the audit chain verifies, the feed cursor is `lastSeq`, and every case
// of `exchange` is there in the exchange's version.
QString checkClient(const std::shared_ptr<storage::Database> &db, const ExchangeView &exchange);

} // namespace ow::test
