#pragma once

#include "core/promtext/Parser.h"
#include "core/promtext/Scrape.h"

#include <optional>
#include <string>
#include <vector>

// The classic histograms of one scraped family, one series per label set (without `le`).
// Buckets are matched by the number their `le` holds, never its spelling — exporters write
// "1", "1.0" or "1.000000" — and nothing is assumed about the order of `_bucket`, `_sum` and
// `_count` lines.
namespace gatehouse::promtext {

struct Bucket
{
    double upperBound = 0;
    double count = 0;
};

struct HistogramSeries
{
    std::vector<Label> labels;   // sorted by name, without `le`
    std::vector<Bucket> buckets; // ascending by upper bound, one per distinct bound
    std::optional<double> count;
    std::optional<double> sum;
};

struct HistogramGrouping
{
    std::vector<HistogramSeries> series; // in order of first appearance
    std::optional<std::string> error;    // e.g. a bucket without `le`, or the same bound twice
};

HistogramGrouping groupHistogram(const Scrape& scrape, const Family& family);

} // namespace gatehouse::promtext
