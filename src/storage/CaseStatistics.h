#pragma once

#include "core/Result.h"
#include "core/Statistics.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace ow::storage {

class Database;

// The supervisors' statistics over the cases in this cache (core::Statistics): each figure's facts
// aggregated by SQLite, grouped by day, so a result is bounded by the period and not by the cases.
// Where the facts live: the case row (created_at: received; state: outcome; entity_type, authority,
// origin, accepted_by, workstation; licensed_at), and the audit journal for the standard reasons
// picked (detail.reasonCodes; cases decided at another counter bring no reasons here).
class CaseStatistics
{
    Q_DECLARE_TR_FUNCTIONS(CaseStatistics)
public:
    explicit CaseStatistics(std::shared_ptr<Database> db);

    static constexpr int MaxGroups = 100'000; // of any one figure's rows
    static constexpr int MaxPeople = 200;     // clerks or workstations listed

    // Fails with "statistics.filter" (the filter's problem) or a storage error.
    ow::Result<core::StatisticsFacts> facts(const core::StatisticsFilter &filter) const;
    // The same, computed with the office's calendar and clocks.
    ow::Result<core::StatisticsReport> report(const core::StatisticsFilter &filter,
                                              const core::WorkingCalendar &calendar,
                                              const core::StatutoryClock &clock) const;

    // The registration authorities the cache holds cases of (the view's authority filter).
    QStringList authorities() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
