#pragma once

#include "core/decimation/PlotPoint.h"

#include <cstddef>
#include <span>
#include <vector>

// Largest-Triangle-Three-Buckets (Steinarsson, "Downsampling Time Series for Visual
// Representation", 2013): keeps `threshold` points whose line looks like the whole series — one
// per pixel is enough for a trend (request rate, tokens/s). Pinned variant: Steinarsson's reference
// implementation, floor-based bucket edges, the first and the last point always kept.
namespace gatehouse::decimation {

// `points` sorted by x, without NaN y. A threshold < 3 or ≥ the number of points returns the
// points unchanged.
std::vector<PlotPoint> decimateLttb(std::span<const PlotPoint> points, std::size_t threshold);

} // namespace gatehouse::decimation
