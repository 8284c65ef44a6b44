#pragma once

#include "core/promtext/HistogramSeries.h"

#include <vector>

// PromQL's histogram_quantile over classic buckets, exactly as Prometheus computes it
// (docs: specs.md §4). For a rate-based quantile, take the rate of each `_bucket` series first,
// sum them by `le`, then call this.
namespace gatehouse::promtext {

struct QuantileNotes
{
    bool forcedMonotonic = false; // a bucket count fell below a lower bucket's and was raised
    bool fixedPrecision = false;  // tiny float differences between buckets were smoothed out
};

// q NaN → NaN; q < 0 → −Inf; q > 1 → +Inf. NaN when the highest bound is not +Inf, when fewer
// than two distinct bounds remain, or when there are no observations. Buckets may come in any
// order; buckets with the same bound are merged by summing their counts.
double histogramQuantile(double q, std::vector<Bucket> buckets, QuantileNotes* notes = nullptr);

} // namespace gatehouse::promtext
