#include "gateway/metrics/HistogramFamily.h"

#include "gateway/metrics/TextExposition.h"

#include <algorithm>
#include <cmath>

namespace gatehouse::gateway::metrics {

std::vector<double> llmLatencyBuckets()
{
    return {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
            2.5,   5,      10,    20,   30,    60,   120, 180,  300};
}

std::vector<double> overheadBuckets()
{
    return {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1};
}

HistogramFamily::HistogramFamily(std::string name, std::string help, std::vector<std::string> labelNames,
                                 std::vector<double> bounds)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_labelNames(std::move(labelNames))
    , m_bounds(std::move(bounds))
{}

void HistogramFamily::observe(LabelView values, double seconds)
{
    if (std::isnan(seconds))
        return;
    // The first bound >= seconds; the +Inf bucket when none is.
    const auto bucket = static_cast<std::size_t>(std::lower_bound(m_bounds.begin(), m_bounds.end(), seconds) -
                                                 m_bounds.begin());
    Shard& shard = m_shards[currentShard()];
    const std::lock_guard lock(shard.mutex);
    HistogramValue& value = seriesFor(shard.series, values);
    if (value.bucketCounts.empty())
        value.bucketCounts.assign(m_bounds.size() + 1, 0);
    ++value.bucketCounts[bucket];
    value.sum += seconds;
    ++value.count;
}

std::map<LabelValues, HistogramValue> HistogramFamily::collect() const
{
    std::map<LabelValues, HistogramValue> merged;
    for (const Shard& shard : m_shards) {
        const std::lock_guard lock(shard.mutex);
        for (const auto& [labels, value] : shard.series) {
            HistogramValue& into = merged[labels];
            if (into.bucketCounts.empty())
                into.bucketCounts.assign(m_bounds.size() + 1, 0);
            for (std::size_t i = 0; i < value.bucketCounts.size(); ++i)
                into.bucketCounts[i] += value.bucketCounts[i];
            into.sum += value.sum;
            into.count += value.count;
        }
    }
    return merged;
}

void HistogramFamily::render(std::string& out) const
{
    writeHeader(out, m_name, m_help, "histogram");
    const std::string bucketName = m_name + "_bucket";
    const std::string sumName = m_name + "_sum";
    const std::string countName = m_name + "_count";
    for (const auto& [labels, value] : collect()) {
        std::uint64_t cumulative = 0;
        for (std::size_t i = 0; i < m_bounds.size(); ++i) {
            cumulative += value.bucketCounts[i];
            writeSample(out, bucketName, m_labelNames, labels, static_cast<double>(cumulative), "le",
                        formatValue(m_bounds[i]));
        }
        writeSample(out, bucketName, m_labelNames, labels, static_cast<double>(value.count), "le", "+Inf");
        writeSample(out, sumName, m_labelNames, labels, value.sum);
        writeSample(out, countName, m_labelNames, labels, static_cast<double>(value.count));
    }
}

} // namespace gatehouse::gateway::metrics
