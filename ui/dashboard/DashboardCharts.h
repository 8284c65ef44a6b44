#pragma once

#include "ui/charts/ChartSeries.h"

#include <QList>
#include <QString>

#include <functional>

// Which charts a gateway's dashboard shows and which stored series feed each: the canonical
// signals of core/metrics, in display units (latency in ms, ratios in %).
namespace gatehouse::ui {

struct DashboardChartLine
{
    QString series; // stored series name, e.g. "latency_p95"
    QString title;  // legend, e.g. "p95"
};

struct DashboardChartSpec
{
    QString title;
    ChartSeries::Shape shape;
    QList<DashboardChartLine> lines;
    QString seriesPrefix; // also every stored series with this prefix, titled by the rest ("503")
    double scale = 1;     // stored value × scale = displayed value
    std::function<QString(double)> format;
    QString axisUnit; // after the value-axis labels
};

QList<DashboardChartSpec> dashboardCharts();

} // namespace gatehouse::ui
