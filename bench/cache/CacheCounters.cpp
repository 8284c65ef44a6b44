#include "CacheCounters.h"

#include "HttpFetch.h"

#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace gatehouse::bench {

double sampleValue(const std::string& exposition, const std::string& series)
{
    std::istringstream lines(exposition);
    for (std::string line; std::getline(lines, line);) {
        if (line.size() > series.size() && line.compare(0, series.size(), series) == 0 &&
            line[series.size()] == ' ')
            return std::stod(line.substr(series.size() + 1));
    }
    return -1;
}

namespace {

std::vector<std::pair<double, double>> overheadBuckets(const std::string& exposition)
{
    const std::string prefix = "gatehouse_overhead_seconds_bucket{";
    const std::string route = "route=\"/v1/chat/completions\"";
    std::vector<std::pair<double, double>> buckets;
    std::istringstream lines(exposition);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind(prefix, 0) != 0 || line.find(route) == std::string::npos)
            continue;
        const auto le = line.find("le=\"");
        const auto close = line.find('"', le + 4);
        const auto space = line.rfind(' ');
        if (le == std::string::npos || close == std::string::npos || space == std::string::npos)
            continue;
        const std::string bound = line.substr(le + 4, close - le - 4);
        buckets.emplace_back(bound == "+Inf" ? std::numeric_limits<double>::infinity() : std::stod(bound),
                             std::stod(line.substr(space + 1)));
    }
    return buckets;
}

} // namespace

CacheCounters scrapeCacheCounters(std::uint16_t port)
{
    const HttpAnswer answer = fetch(port, "GET", "/metrics");
    if (answer.status != 200)
        throw std::runtime_error("GET /metrics answered " + std::to_string(answer.status));
    CacheCounters counters;
    counters.hits = sampleValue(answer.body, "gatehouse_cache_lookups_total{result=\"hit\"}");
    counters.misses = sampleValue(answer.body, "gatehouse_cache_lookups_total{result=\"miss\"}");
    counters.bypass = sampleValue(answer.body, "gatehouse_cache_lookups_total{result=\"bypass\"}");
    counters.entries = sampleValue(answer.body, "gatehouse_cache_entries");
    if (counters.hits < 0 || counters.entries < 0)
        throw std::runtime_error("GET /metrics has no gatehouse_cache_ series: is the cache enabled?");
    counters.overheadBuckets = overheadBuckets(answer.body);
    return counters;
}

CacheCounters CacheCounters::operator-(const CacheCounters& earlier) const
{
    CacheCounters d = *this;
    d.hits -= earlier.hits;
    d.misses -= earlier.misses;
    d.bypass -= earlier.bypass;
    for (std::size_t i = 0; i < d.overheadBuckets.size() && i < earlier.overheadBuckets.size(); ++i)
        d.overheadBuckets[i].second -= earlier.overheadBuckets[i].second;
    return d;
}

double CacheCounters::overheadQuantileBound(double q) const
{
    if (overheadBuckets.empty() || overheadBuckets.back().second <= 0)
        return 0;
    const double rank = q * overheadBuckets.back().second;
    for (const auto& [bound, count] : overheadBuckets)
        if (count >= rank)
            return bound;
    return overheadBuckets.back().first;
}

} // namespace gatehouse::bench
