#pragma once

// One point of a plotted series: x is usually a time (ms since the epoch), y the value.
namespace gatehouse::decimation {

struct PlotPoint
{
    double x = 0;
    double y = 0;

    bool operator==(const PlotPoint&) const = default;
};

} // namespace gatehouse::decimation
