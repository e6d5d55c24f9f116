#pragma once

#include "ExchangeRecords.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ow::exchange {

class ExchangeDatabase;

// What happened to each request, for the support desk (`onewindow-exchange log`).
class RequestLogStore
{
public:
    explicit RequestLogStore(ExchangeDatabase &db) : m_db(db) {}

    Result<void> add(const RequestLogEntry &entry);
    // In one transaction, without the writers' lock: the request log takes no part in the feed's
    // ordering, so it does not wait for it on PostgreSQL.
    Result<void> addAll(const QList<RequestLogEntry> &entries);
    Result<int> prune(const QDateTime &before); // rows deleted
    // Newest first: one request by id, or those of a workstation and/or since a time (empty /
    // invalid: any), at most `limit`.
    Result<QList<RequestLogEntry>> find(const QString &requestId, const QString &workstation,
                                        const QDateTime &since, int limit);
    Result<int> count();

private:
    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
