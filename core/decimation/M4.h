#pragma once

#include "core/decimation/PlotPoint.h"

#include <span>
#include <vector>

// M4 (Jugel et al., "M4: A Visualization-Oriented Time Series Data Aggregation", VLDB 2014):
// for each pixel column keep the first, the lowest, the highest and the last point, in x order.
// A line drawn through them is pixel-exact to one drawn through all points, so a single spike
// (a latency outlier, an error burst) is never averaged away. At most 4 points per pixel.
namespace gatehouse::decimation {

// `points` sorted by x. Columns split [x0, x1] into `pixels` equal parts; points outside it are
// dropped except the nearest one on each side, which keeps the line running to the plot's edges.
// Points whose y is NaN are skipped. pixels ≤ 0 or x1 ≤ x0 gives an empty result.
std::vector<PlotPoint> decimateM4(std::span<const PlotPoint> points, double x0, double x1, int pixels);

} // namespace gatehouse::decimation
