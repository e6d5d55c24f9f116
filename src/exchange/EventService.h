#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"
#include "core/CaseRecord.h"
#include "core/DomainEvent.h"

#include <QJsonObject>

#include <mutex>
#include <optional>

namespace ow::exchange {

// The case events the counters push: each applied once (a resend gets its first answer), by the
// same workflow rules as at the counter, with its change in the feed; a batch is one transaction.
class EventService
{
public:
    static constexpr int MaxEventsPerBatch = 500;

    EventService(ExchangeStore &store, std::mutex &writeLock);

    ApiResponse pushEvents(const Caller &caller, const QJsonObject &body);

private:
    Result<bool> receiptFree(const Caller &caller, const core::DomainEvent &event, const QString &text,
                             const QString &authority);
    // The answer for one event (applied, duplicate, conflict or rejected); an error only when the
    // store failed, and then the whole batch is rolled back.
    Result<QJsonObject> applyEvent(const Caller &caller, const QJsonObject &eventJson);
    Result<QJsonObject> write(const Caller &caller, const core::DomainEvent &event,
                              const core::CaseRecord &record, std::optional<int> expectedVersion);

    ExchangeStore &m_store;
    std::mutex &m_writeLock;
};

} // namespace ow::exchange
