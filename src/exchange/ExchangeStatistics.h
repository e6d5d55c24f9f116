#pragma once

#include "core/Result.h"
#include "core/Statistics.h"
#include "protocol/StatisticsWire.h"

#include <QString>

namespace ow::exchange {

class ExchangeDatabase;

// The supervisors' statistics over the exchange's cases (issue 12 §3): each figure's facts
// aggregated by the store with GROUP BY day, by the rules of the counter's cache
// (storage::CaseStatistics): a case counts from the registry day it was created, once it has left
// the draft; its outcome is its state's (core::Statistics::outcomeOf); licensed cases by the days
// received and licensed; the standard reasons by the day each decision was applied (case_reasons);
// the clerks who accepted cases and the workstations that received them at the counter; online
// against counter. The figures read columns of the case rows (ExchangeCaseStore::StatisticsColumns)
// through the indexes of schema 14, so a figure costs the period's cases, never the store's.
class ExchangeStatistics
{
public:
    explicit ExchangeStatistics(ExchangeDatabase &db) : m_db(db) {}

    // The facts of `filter` (valid: core::StatisticsFilter::problem is empty) over the cases of
    // province `province` (two digits), or of the filter's authority when it names one.
    Result<protocol::statistics::Answer> facts(const core::StatisticsFilter &filter, const QString &province);

    // The read the figures share: one transaction (one snapshot of the store); on PostgreSQL each
    // statement planned for its own values (a prepared statement's generic plan guesses a handful
    // of rows for a year's million and sorts them on disk) and memory enough to group a year's
    // rows in memory (work_mem, for this transaction only). endRead() ends it; facts() does both.
    Result<void> beginRead();
    void endRead();

    // Each figure's query alone, within beginRead() and endRead() (the benchmark times them one by one).
    Result<bool> received(const core::StatisticsFilter &filter, const QString &province,
                          core::StatisticsFacts &facts);
    Result<bool> licensed(const core::StatisticsFilter &filter, const QString &province,
                          core::StatisticsFacts &facts);
    Result<bool> reasons(const core::StatisticsFilter &filter, const QString &province,
                         core::StatisticsFacts &facts);
    Result<void> clerks(const core::StatisticsFilter &filter, const QString &province,
                        core::StatisticsFacts &facts);
    Result<void> workstations(const core::StatisticsFilter &filter, const QString &province,
                              core::StatisticsFacts &facts);
    Result<void> channels(const core::StatisticsFilter &filter, const QString &province,
                          core::StatisticsFacts &facts);

private:
    Result<protocol::statistics::Answer> read(const core::StatisticsFilter &filter, const QString &province);

    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
