#pragma once

// The supervisors' statistics (issue 12 §3, DOMAIN §9) as one typed definition: the filter, the
// facts a store aggregates (the counter's cache now, the exchange's store later) and the figures
// computed from them. The rules (what counts as received, the outcome of a state, buckets by ISO
// week, median and 90th percentile in working days) live here once.

#include "CaseRecord.h"
#include "CaseState.h"
#include "CaseWorkflow.h"
#include "ReasonCatalogue.h"
#include "StatutoryClock.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ow::core {

enum class Granularity
{
    Day,
    Week, // ISO 8601 weeks, Monday first
    Month
};

// What became of a case received in the period, as of now.
enum class Outcome
{
    Pending,    // submitted, accepted, under review
    Correction, // waiting for corrections
    Refused,    // 不予受理
    Approved,   // approved, licensed or published
    Rejected,   // 驳回
    Withdrawn
};

struct StatisticsFilter
{
    QDate from; // office dates, both included
    QDate to;
    Granularity granularity = Granularity::Day;
    QString authority;  // a registration authority's code; "" = every authority the store holds
    QString entityType; // an entity type's id; "" = every type

    static constexpr int MaxDays = 3 * 366 + 1; // the longest period asked for at once
    // Why the filter cannot be answered ("" when it can).
    QString problem() const;
};

// The facts, aggregated by the store (each a group with its count).
struct DayCount // cases received on a day
{
    QDate day;
    QString entityType;
    Outcome outcome = Outcome::Pending;
    int count = 0;
};
struct DurationCount // licensed cases by the day received and the day licensed
{
    QDate received;
    QDate licensed;
    QString entityType;
    int count = 0;
};
struct ReasonCount // standard reasons given in the period ("" = free text only)
{
    CaseAction action = CaseAction::Refuse;
    QString code;
    int count = 0;
};
struct LoadCount // cases accepted by a clerk, or received at a workstation
{
    QString who;
    int count = 0;
};
struct StatisticsFacts
{
    QList<DayCount> received;
    QList<DurationCount> licensed;
    QList<ReasonCount> reasons;
    QList<LoadCount> clerks;
    QList<LoadCount> workstations;
    int online = 0;
    int counter = 0;
};

// The figures.
struct BucketCount
{
    QDate bucket; // its first day
    QString entityType;
    Outcome outcome = Outcome::Pending;
    int count = 0;
};
struct ProcessingTime // receipt to licence, in working days, per entity type ("" = all types)
{
    QString entityType;
    int cases = 0;
    int median = 0;
    int p90 = 0;
    int limitDays = 0;   // the statutory decision clock
    int withinLimit = 0; // cases licensed within it
};
struct RankedReason
{
    CaseAction action = CaseAction::Refuse;
    QString code; // "" = free text only
    QString text;
    int count = 0;
};
struct StatisticsReport
{
    StatisticsFilter filter;
    QList<QDate> buckets; // every bucket of the period, in order
    QList<BucketCount> counts;
    QList<ProcessingTime> processing; // all types first, then each type
    QList<RankedReason> reasons;      // most given first
    QList<LoadCount> clerks;          // busiest first
    QList<LoadCount> workstations;
    int online = 0;
    int counter = 0;

    int total(const QDate &bucket, Outcome outcome) const;
};

class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)
public:
    static const QList<Outcome> &outcomes();
    static Outcome outcomeOf(CaseState state);
    static QString outcomeKey(Outcome outcome);
    static QString outcomeLabel(Outcome outcome);
    static QString granularityLabel(Granularity granularity);

    // A case counts from the day it reached the office (created: the clerk started the form with the
    // applicant, or the online application arrived) once it has left the draft state.
    static bool counts(CaseState state) { return state != CaseState::Draft; }

    static QDate bucketOf(const QDate &day, Granularity granularity);
    // "2026-11-26", "2026-W48", "2026-11".
    static QString bucketLabel(const QDate &bucket, Granularity granularity);
    static QList<QDate> buckets(const StatisticsFilter &filter);

    // The nearest-rank quantile (q in (0, 1]) of values given as (value, how many); 0 when none.
    // The same as PostgreSQL's percentile_disc.
    static int quantile(QList<std::pair<int, int>> weighted, double q);

    static StatisticsReport compute(const StatisticsFilter &filter, const StatisticsFacts &facts,
                                    const WorkingCalendar &calendar, const StatutoryClock &clock,
                                    const ReasonCatalogue &reasons);
};

} // namespace ow::core
