#include "Statistics.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMap>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcStatistics, "onewindow.core.statistics")

using namespace Qt::StringLiterals;

namespace ow::core {

QString StatisticsFilter::problem() const
{
    if (!from.isValid() || !to.isValid())
        return Statistics::tr("Choose the first and the last day of the period.");
    if (to < from)
        return Statistics::tr("The period ends before it begins.");
    if (from.daysTo(to) + 1 > MaxDays)
        return Statistics::tr("Choose a period of at most three years.");
    return {};
}

int StatisticsReport::total(const QDate &bucket, Outcome outcome) const
{
    int sum = 0;
    for (const BucketCount &c : counts) {
        if (c.bucket == bucket && c.outcome == outcome)
            sum += c.count;
    }
    return sum;
}

const QList<Outcome> &Statistics::outcomes()
{
    static const QList<Outcome> all{Outcome::Pending,  Outcome::Correction, Outcome::Refused,
                                    Outcome::Approved, Outcome::Rejected,   Outcome::Withdrawn};
    return all;
}

Outcome Statistics::outcomeOf(CaseState state)
{
    switch (state) {
    case CaseState::CorrectionRequired:
        return Outcome::Correction;
    case CaseState::Refused:
        return Outcome::Refused;
    case CaseState::Approved:
    case CaseState::Licensed:
    case CaseState::Published:
        return Outcome::Approved;
    case CaseState::Rejected:
        return Outcome::Rejected;
    case CaseState::Withdrawn:
        return Outcome::Withdrawn;
    case CaseState::Draft:
    case CaseState::Submitted:
    case CaseState::Accepted:
    case CaseState::UnderReview:
        break;
    }
    return Outcome::Pending;
}

QString Statistics::outcomeKey(Outcome outcome)
{
    static const char *const keys[] = {"pending",  "correction", "refused",
                                       "approved", "rejected",   "withdrawn"};
    return QString::fromLatin1(keys[int(outcome)]);
}

QString Statistics::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return tr("In progress");
    case Outcome::Correction:
        return tr("Awaiting corrections");
    case Outcome::Refused:
        return tr("Refused");
    case Outcome::Approved:
        return tr("Approved");
    case Outcome::Rejected:
        return tr("Rejected");
    case Outcome::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString Statistics::granularityLabel(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return tr("Day");
    case Granularity::Week:
        return tr("Week");
    case Granularity::Month:
        return tr("Month");
    }
    return {};
}

QDate Statistics::bucketOf(const QDate &day, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return day;
    case Granularity::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Granularity::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QString Statistics::bucketLabel(const QDate &bucket, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return bucket.toString(Qt::ISODate);
    case Granularity::Week: {
        int year = 0;
        const int week = bucket.weekNumber(&year);
        return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Granularity::Month:
        return bucket.toString(u"yyyy-MM"_s);
    }
    return {};
}

QList<QDate> Statistics::buckets(const StatisticsFilter &filter)
{
    QList<QDate> all;
    if (!filter.problem().isEmpty())
        return all;
    for (QDate day = bucketOf(filter.from, filter.granularity); day <= filter.to;) {
        all.append(day);
        switch (filter.granularity) {
        case Granularity::Day:
            day = day.addDays(1);
            break;
        case Granularity::Week:
            day = day.addDays(7);
            break;
        case Granularity::Month:
            day = day.addMonths(1);
            break;
        }
    }
    return all;
}

int Statistics::quantile(QList<std::pair<int, int>> weighted, double q)
{
    std::sort(weighted.begin(), weighted.end());
    qint64 total = 0;
    for (const auto &[value, count] : weighted)
        total += std::max(count, 0);
    if (total == 0)
        return 0;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(q * double(total) - 1e-9)));
    qint64 seen = 0;
    for (const auto &[value, count] : weighted) {
        seen += std::max(count, 0);
        if (seen >= rank)
            return value;
    }
    return weighted.last().first;
}

namespace {

int decisionLimit(const StatutoryClock &clock)
{
    for (const StatutoryClock::Limit &limit : clock.limits()) {
        if (limit.kind == ClockKind::Decision)
            return limit.workingDays;
    }
    return 0;
}

ProcessingTime processingOf(const QString &type, const QList<std::pair<int, int>> &days, int limit)
{
    ProcessingTime time;
    time.entityType = type;
    time.limitDays = limit;
    for (const auto &[value, count] : days) {
        time.cases += count;
        if (value <= limit)
            time.withinLimit += count;
    }
    time.median = Statistics::quantile(days, 0.5);
    time.p90 = Statistics::quantile(days, 0.9);
    return time;
}

QList<LoadCount> ranked(QList<LoadCount> load)
{
    std::sort(load.begin(), load.end(), [](const LoadCount &a, const LoadCount &b) {
        return a.count != b.count ? a.count > b.count : a.who < b.who;
    });
    return load;
}

} // namespace

StatisticsReport Statistics::compute(const StatisticsFilter &filter, const StatisticsFacts &facts,
                                     const WorkingCalendar &calendar, const StatutoryClock &clock,
                                     const ReasonCatalogue &reasons)
{
    StatisticsReport report;
    report.filter = filter;
    report.buckets = buckets(filter);

    QMap<std::tuple<QDate, QString, int>, int> cells;
    for (const DayCount &day : facts.received)
        cells[{bucketOf(day.day, filter.granularity), day.entityType, int(day.outcome)}] += day.count;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        report.counts.append(
            {std::get<0>(it.key()), std::get<1>(it.key()), Outcome(std::get<2>(it.key())), it.value()});

    const int limit = decisionLimit(clock);
    QMap<QString, QList<std::pair<int, int>>> byType;
    for (const DurationCount &d : facts.licensed) {
        const int days = calendar.workingDaysBetween(d.received, d.licensed);
        byType[QString()].append({days, d.count});
        byType[d.entityType].append({days, d.count});
    }
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        report.processing.append(processingOf(it.key(), it.value(), limit));

    for (const ReasonCount &r : facts.reasons) {
        const StandardReason *standard = r.code.isEmpty() ? nullptr : reasons.find(r.action, r.code);
        report.reasons.append({r.action, r.code, standard ? standard->text : QString(), r.count});
    }
    std::sort(report.reasons.begin(), report.reasons.end(), [](const RankedReason &a, const RankedReason &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.action != b.action ? int(a.action) < int(b.action) : a.code < b.code;
    });
    report.clerks = ranked(facts.clerks);
    report.workstations = ranked(facts.workstations);
    report.online = facts.online;
    report.counter = facts.counter;
    qCDebug(lcStatistics) << "statistics of" << filter.from << filter.to << report.counts.size() << "cells";
    return report;
}

} // namespace ow::core
