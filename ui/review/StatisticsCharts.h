#pragma once

#include "StatisticsTables.h"

class QChart;

namespace ow::ui {

// One QChart per figure: stacked bars of outcomes per period, bars of median, 90th percentile and
// limit per entity type, ranked reasons as horizontal bars, bars of each clerk's and workstation's
// load, a pie of online against counter. The chart's series hold the report's numbers as they are.
class StatisticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsCharts)
public:
    static constexpr int MostBars = 12; // reasons, clerks, workstations drawn (the table has all)

    using PersonName = std::function<QString(const QString &userId)>;
    static QChart *chart(Figure figure, const core::StatisticsReport &report,
                         const PersonName &personName = {});
};

} // namespace ow::ui
