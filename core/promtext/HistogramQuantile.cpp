#include "core/promtext/HistogramQuantile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gatehouse::promtext {
namespace {

// Bucket counts that differ only by float rounding (e.g. after rate() and sum()) are treated as
// equal, as Prometheus does, rather than "fixed" as a decrease.
constexpr double smallDeltaTolerance = 1e-12;

bool almostEqual(double a, double b, double epsilon)
{
    if (a == b)
        return true;
    constexpr double minNormal = std::numeric_limits<double>::min();
    const double absSum = std::abs(a) + std::abs(b);
    const double diff = std::abs(a - b);
    if (a == 0 || b == 0 || absSum < minNormal)
        return diff < epsilon * minNormal;
    return diff / std::min(absSum, std::numeric_limits<double>::max()) < epsilon;
}

} // namespace

double histogramQuantile(double q, std::vector<Bucket> buckets, QuantileNotes* notes)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (std::isnan(q))
        return nan;
    if (q < 0)
        return -inf;
    if (q > 1)
        return inf;
    if (buckets.empty())
        return nan;

    std::stable_sort(buckets.begin(), buckets.end(),
                     [](const Bucket& a, const Bucket& b) { return a.upperBound < b.upperBound; });
    if (buckets.back().upperBound != inf)
        return nan;

    // Merge equal bounds ("1" and "1.0" from two exporters, or two series summed by le).
    std::vector<Bucket> merged;
    merged.reserve(buckets.size());
    for (const Bucket& b : buckets) {
        if (!merged.empty() && merged.back().upperBound == b.upperBound)
            merged.back().count += b.count;
        else
            merged.push_back(b);
    }

    // Cumulative counts must not decrease. A decrease (scrapes of buckets taken at slightly
    // different moments) is raised to the previous count; `previous` stays where it was.
    double previous = merged.front().count;
    for (std::size_t i = 1; i < merged.size(); ++i) {
        const double current = merged[i].count;
        if (current == previous)
            continue;
        if (almostEqual(previous, current, smallDeltaTolerance)) {
            merged[i].count = previous;
            if (notes)
                notes->fixedPrecision = true;
            continue;
        }
        if (current < previous) {
            merged[i].count = previous;
            if (notes)
                notes->forcedMonotonic = true;
            continue;
        }
        previous = current;
    }

    if (merged.size() < 2)
        return nan;
    const double observations = merged.back().count;
    if (observations == 0)
        return nan;
    double rank = q * observations;

    // The first bucket (the +Inf one excluded) whose cumulative count reaches the rank.
    std::size_t b = 0;
    while (b < merged.size() - 1 && merged[b].count < rank)
        ++b;
    if (b == merged.size() - 1)
        return merged[merged.size() - 2].upperBound; // rank in the +Inf bucket
    if (b == 0 && merged[0].upperBound <= 0)
        return merged[0].upperBound;

    double bucketStart = 0;
    const double bucketEnd = merged[b].upperBound;
    double count = merged[b].count;
    if (b > 0) {
        bucketStart = merged[b - 1].upperBound;
        count -= merged[b - 1].count;
        rank -= merged[b - 1].count;
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

} // namespace gatehouse::promtext
