#pragma once

#include "gateway/metrics/CounterFamily.h"
#include "gateway/metrics/ShardIndex.h"

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace gatehouse::gateway::metrics {

// Upper bounds in seconds for whole LLM requests: from a cache hit (1 ms) to a long generation (5 min).
std::vector<double> llmLatencyBuckets();
// Upper bounds in seconds for the gateway's own time: 100 µs to 1 s.
std::vector<double> overheadBuckets();

// What a histogram holds for one label set: a count per bucket (not cumulative), sum and count.
struct HistogramValue
{
    std::vector<std::uint64_t> bucketCounts; // one per bound, plus one for +Inf
    double sum = 0;
    std::uint64_t count = 0;
};

// A histogram family with labels, e.g. gatehouse_request_duration_seconds{route,model}, rendered
// as cumulative _bucket{le} series plus _sum and _count. Sharded per thread like CounterFamily.
class HistogramFamily
{
public:
    // `bounds` ascending; +Inf is implied.
    HistogramFamily(std::string name, std::string help, std::vector<std::string> labelNames,
                    std::vector<double> bounds);

    void observe(LabelView values, double seconds);

    std::map<LabelValues, HistogramValue> collect() const;
    void render(std::string& out) const;

    const std::vector<double>& bounds() const { return m_bounds; }

private:
    struct Shard
    {
        mutable std::mutex mutex;
        std::map<LabelValues, HistogramValue, LabelsLess> series;
    };

    std::string m_name;
    std::string m_help;
    std::vector<std::string> m_labelNames;
    std::vector<double> m_bounds;
    std::array<Shard, shardCount> m_shards;
};

} // namespace gatehouse::gateway::metrics
