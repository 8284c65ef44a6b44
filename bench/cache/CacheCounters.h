#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gatehouse::bench {

// What gatehoused's GET /metrics says about its cache (docs/cache.md), read between load phases
// so that a phase can show that every request it counted really was a cache hit.
struct CacheCounters
{
    double hits = 0;    // gatehouse_cache_lookups_total{result="hit"}
    double misses = 0;  // {result="miss"}
    double bypass = 0;  // {result="bypass"}
    double entries = 0; // gatehouse_cache_entries (set once a second by the cache thread)
    // gatehouse_overhead_seconds_bucket{route="/v1/chat/completions"}: cumulative counts by upper bound.
    // gatehoused has no cache lookup-latency histogram; for a hit this one is the server-side time.
    std::vector<std::pair<double, double>> overheadBuckets;

    CacheCounters operator-(const CacheCounters& earlier) const;
    // The upper bound of the overhead bucket that holds quantile q (+Inf as infinity); 0 without samples.
    double overheadQuantileBound(double q) const;
};

CacheCounters scrapeCacheCounters(std::uint16_t port);

// The sample value of `series` (name and labels exactly as exposed, e.g. gatehouse_cache_entries or
// gatehouse_cache_lookups_total{result="hit"}) in a text-format exposition; -1 when absent.
double sampleValue(const std::string& exposition, const std::string& series);

} // namespace gatehouse::bench
