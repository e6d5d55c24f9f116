#pragma once

#include "core/Deregistration.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace ow::exchange {

class ExchangeDatabase;

// The public notices of simplified deregistrations (简易注销公告) with their objections, one per case.
// Writes run in the caller's write transaction.
class NoticeStore
{
public:
    explicit NoticeStore(ExchangeDatabase &db) : m_db(db) {}

    // Records `notice` (inserted, or replaced with its days and objections when the case has one).
    Result<void> put(const core::DeregistrationNotice &notice);
    Result<std::optional<core::DeregistrationNotice>> byCase(const QString &caseId);
    // The latest notice of the entity `code`, or none.
    Result<std::optional<core::DeregistrationNotice>> latestOf(const QString &code);
    static constexpr int MaxRunning = 500;
    // The notices running on `today` (begun, not over, not closed: the public lookup's list), at most
    // `limit` (and MaxRunning), newest first.
    Result<QList<core::DeregistrationNotice>> running(const QDate &today, int limit);

private:
    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
