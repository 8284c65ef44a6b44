#pragma once

#include <optional>
#include <span>

// PromQL's range functions over one series, computed exactly as Prometheus 3 does
// (docs: specs.md §4): the window is left-open (start < t <= end), counter resets are added
// back, and the result is extrapolated towards the window's edges — to at most half an average
// sample interval where samples are sparse, and for counters never below the counter's zero point.
// No result (std::nullopt) when the window holds fewer than two samples.
namespace gatehouse::promtext {

struct TimedValue
{
    double seconds = 0; // Unix time in seconds
    double value = 0;
};

// Samples must be sorted by time; those outside (start, end] are ignored.
std::optional<double> rate(std::span<const TimedValue> samples, double start, double end);
std::optional<double> increase(std::span<const TimedValue> samples, double start, double end);
// For gauges: no reset handling, no zero point.
std::optional<double> delta(std::span<const TimedValue> samples, double start, double end);

// The last two samples in the window: per-second rate (a drop is a reset, the increase is then
// the last value) and plain difference.
std::optional<double> irate(std::span<const TimedValue> samples, double start, double end);
std::optional<double> idelta(std::span<const TimedValue> samples, double start, double end);

} // namespace gatehouse::promtext
