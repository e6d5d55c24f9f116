#include "StatisticsCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ow::ui {
namespace {

using PersonName = StatisticsCharts::PersonName;

// A whole-number axis from 0 with a round step (1, 2, 5, 10, 20, 50 …) and at most six ticks.
void roundAxis(QValueAxis *axis, double largest)
{
    int step = 1;
    for (int scale = 1; step * 5 < largest; scale *= 10) {
        for (int m : {1, 2, 5}) {
            step = m * scale;
            if (step * 5 >= largest)
                break;
        }
    }
    const int top = std::max(4, int(std::ceil(largest / step)) * step);
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
}

double largestOf(QAbstractBarSeries *series, bool stacked)
{
    QList<double> sums;
    double largest = 0;
    for (QBarSet *set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i) {
            if (stacked) {
                if (sums.size() <= i)
                    sums.resize(i + 1);
                sums[i] += set->at(i);
                largest = std::max(largest, sums[i]);
            } else {
                largest = std::max(largest, set->at(i));
            }
        }
    }
    return largest;
}

// Categories along one axis, counts (whole numbers) along the other.
void addAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, bool horizontal,
             const QString &valueTitle)
{
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%d"_s);
    values->setTitleText(valueTitle);
    chart->addSeries(series);
    chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(values);
    roundAxis(values, largestOf(series, qobject_cast<QStackedBarSeries *>(series) != nullptr));
}

// A period's label on the chart, short enough to stand under its bar: a day as 11-26 (as 26 when
// there are more than 20 of them, the axis then naming the period), a week as W48; the table has
// the full labels.
QString shortLabel(const QDate &bucket, const core::StatisticsReport &report)
{
    switch (report.filter.granularity) {
    case core::Granularity::Day:
        return bucket.toString(report.buckets.size() > 20 ? u"d"_s : u"MM-dd"_s);
    case core::Granularity::Week:
        return u"W%1"_s.arg(bucket.weekNumber());
    case core::Granularity::Month:
        break;
    }
    return core::Statistics::bucketLabel(bucket, report.filter.granularity);
}

QChart *registrations(const core::StatisticsReport &report)
{
    auto *chart = new QChart;
    auto *series = new QStackedBarSeries;
    QStringList periods;
    for (const QDate &bucket : report.buckets)
        periods.append(shortLabel(bucket, report));
    for (core::Outcome outcome : core::Statistics::outcomes()) {
        auto *set = new QBarSet(core::Statistics::outcomeLabel(outcome));
        for (const QDate &bucket : report.buckets)
            set->append(report.total(bucket, outcome));
        series->append(set);
    }
    addAxes(chart, series, periods, false, StatisticsCharts::tr("Cases"));
    chart->axes(Qt::Horizontal)
        .constFirst()
        ->setTitleText(StatisticsCharts::tr("%1 to %2, by %3")
                           .arg(report.filter.from.toString(Qt::ISODate),
                                report.filter.to.toString(Qt::ISODate),
                                core::Statistics::granularityLabel(report.filter.granularity).toLower()));
    return chart;
}

QChart *processing(const core::StatisticsReport &report)
{
    auto *chart = new QChart;
    auto *series = new QHorizontalBarSeries;
    auto *median = new QBarSet(StatisticsCharts::tr("Median"));
    auto *p90 = new QBarSet(StatisticsCharts::tr("90th percentile"));
    auto *limit = new QBarSet(StatisticsCharts::tr("Statutory limit"));
    QStringList types;
    for (qsizetype i = report.processing.size() - 1; i >= 0; --i) { // all types on top
        const core::ProcessingTime &p = report.processing[i];
        types.append(StatisticsTables::typeName(p.entityType));
        median->append(p.median);
        p90->append(p.p90);
        limit->append(p.limitDays);
    }
    series->append({median, p90, limit});
    addAxes(chart, series, types, true, StatisticsCharts::tr("Working days"));
    return chart;
}

// Horizontal bars, the first of `names` on top.
QChart *ranked(const QStringList &names, const QList<int> &counts, const QString &setName)
{
    auto *chart = new QChart;
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(setName);
    QStringList shown;
    for (qsizetype i = std::min<qsizetype>(names.size(), StatisticsCharts::MostBars) - 1; i >= 0; --i) {
        shown.append(names[i]);
        set->append(counts[i]);
    }
    series->append(set);
    addAxes(chart, series, shown, true, StatisticsCharts::tr("Cases"));
    chart->legend()->hide();
    return chart;
}

QChart *reasons(const core::StatisticsReport &report)
{
    QStringList names;
    QList<int> counts;
    for (const core::RankedReason &r : report.reasons) {
        const QString text = r.code.isEmpty() ? StatisticsTables::tr("(own words only)") : r.text;
        names.append(u"%1 %2 %3"_s
                         .arg(StatisticsTables::actionName(r.action), r.code,
                              text.size() > 16 ? text.left(15) + u"…"_s : text)
                         .simplified());
        counts.append(r.count);
    }
    return ranked(names, counts, StatisticsCharts::tr("Times given"));
}

QChart *load(const QList<core::LoadCount> &load, const QString &setName, const PersonName &personName)
{
    QStringList names;
    QList<int> counts;
    for (const core::LoadCount &l : load) {
        const QString name = personName ? personName(l.who) : QString();
        names.append(name.isEmpty() ? l.who : u"%1 (%2)"_s.arg(name, l.who));
        counts.append(l.count);
    }
    return ranked(names, counts, setName);
}

QChart *channels(const core::StatisticsReport &report)
{
    auto *chart = new QChart;
    auto *series = new QPieSeries;
    const int all = report.online + report.counter;
    for (const bool online : {true, false}) {
        const int count = online ? report.online : report.counter;
        QPieSlice *slice = series->append(StatisticsTables::channelName(online), count);
        slice->setLabel(u"%1: %2 (%3%)"_s.arg(StatisticsTables::channelName(online))
                            .arg(count)
                            .arg(all ? qRound(100.0 * count / all) : 0));
        slice->setLabelVisible(count > 0);
    }
    chart->addSeries(series);
    return chart;
}

} // namespace

QChart *StatisticsCharts::chart(Figure figure, const core::StatisticsReport &report,
                                const PersonName &personName)
{
    QChart *chart = nullptr;
    switch (figure) {
    case Figure::Registrations:
        chart = registrations(report);
        break;
    case Figure::ProcessingTime:
        chart = processing(report);
        break;
    case Figure::Reasons:
        chart = reasons(report);
        break;
    case Figure::Clerks:
        chart = load(report.clerks, tr("Accepted"), personName);
        break;
    case Figure::Workstations:
        chart = load(report.workstations, tr("Received"), {});
        break;
    case Figure::Channels:
        chart = channels(report);
        break;
    }
    chart->setTitle(StatisticsTables::title(figure));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace ow::ui
