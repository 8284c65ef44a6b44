#include "gateway/metrics/CounterFamily.h"

#include "gateway/metrics/TextExposition.h"

namespace gatehouse::gateway::metrics {

CounterFamily::CounterFamily(std::string name, std::string help, std::vector<std::string> labelNames)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_labelNames(std::move(labelNames))
{}

void CounterFamily::add(LabelView values, double amount)
{
    if (!(amount >= 0))
        return;
    Shard& shard = m_shards[currentShard()];
    const std::lock_guard lock(shard.mutex);
    seriesFor(shard.series, values) += amount;
}

std::map<LabelValues, double> CounterFamily::collect() const
{
    std::map<LabelValues, double> merged;
    for (const Shard& shard : m_shards) {
        const std::lock_guard lock(shard.mutex);
        for (const auto& [labels, value] : shard.series)
            merged[labels] += value;
    }
    return merged;
}

void CounterFamily::render(std::string& out) const
{
    writeHeader(out, m_name, m_help, "counter");
    for (const auto& [labels, value] : collect())
        writeSample(out, m_name, m_labelNames, labels, value);
}

} // namespace gatehouse::gateway::metrics
