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

using namespace Qt::StringLiterals;

namespace ow::ui {
namespace {

// Categories along one axis, counts (whole numbers) along the other.
void addAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, bool horizontal,
             const QString &valueTitle)
{
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    if (categories.size() > 14)
        names->setLabelsAngle(-90);
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%d"_s);
    values->setTitleText(valueTitle);
    values->setMin(0);
    chart->addSeries(series);
    chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(values);
    if (values->max() <= 4)
        values->setRange(0, 4); // also when all are 0, where nice numbers are not a number
    else
        values->applyNiceNumbers();
    values->setTickCount(std::min(int(values->max()) + 1, 6));
}

QChart *registrations(const core::StatisticsReport &report)
{
    auto *chart = new QChart;
    auto *series = new QStackedBarSeries;
    QStringList periods;
    for (const QDate &bucket : report.buckets)
        periods.append(core::Statistics::bucketLabel(bucket, report.filter.granularity));
    for (core::Outcome outcome : core::Statistics::outcomes()) {
        auto *set = new QBarSet(core::Statistics::outcomeLabel(outcome));
        for (const QDate &bucket : report.buckets)
            set->append(report.total(bucket, outcome));
        series->append(set);
    }
    addAxes(chart, series, periods, false, StatisticsCharts::tr("Cases"));
    return chart;
}

QChart *processing(const core::StatisticsReport &report)
{
    auto *chart = new QChart;
    auto *series = new QBarSeries;
    auto *median = new QBarSet(StatisticsCharts::tr("Median"));
    auto *p90 = new QBarSet(StatisticsCharts::tr("90th percentile"));
    auto *limit = new QBarSet(StatisticsCharts::tr("Statutory limit"));
    QStringList types;
    for (const core::ProcessingTime &p : report.processing) {
        types.append(StatisticsTables::typeName(p.entityType));
        median->append(p.median);
        p90->append(p.p90);
        limit->append(p.limitDays);
    }
    series->append({median, p90, limit});
    addAxes(chart, series, types, false, StatisticsCharts::tr("Working days"));
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

QChart *load(const QList<core::LoadCount> &load, const QString &setName)
{
    QStringList names;
    QList<int> counts;
    for (const core::LoadCount &l : load) {
        names.append(l.who);
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

QChart *StatisticsCharts::chart(Figure figure, const core::StatisticsReport &report)
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
        chart = load(report.clerks, tr("Accepted"));
        break;
    case Figure::Workstations:
        chart = load(report.workstations, tr("Received"));
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
