#pragma once

#include "core/decimation/PlotPoint.h"

#include <QColor>
#include <QString>

#include <vector>

// One line of a TimeChart at full resolution: x is ms since the epoch, y the value in the chart's
// unit. The chart decimates it for drawing; exports use every point.
namespace gatehouse::ui {

struct ChartSeries
{
    enum class Shape
    {
        Spiky, // latencies, errors: M4, every extreme kept
        Trend, // rates, ratios: LTTB, one point per pixel
    };

    QString id;
    QString title;
    std::vector<decimation::PlotPoint> points; // sorted by x
    Shape shape = Shape::Spiky;
    QColor color; // invalid: the chart picks one
};

} // namespace gatehouse::ui
