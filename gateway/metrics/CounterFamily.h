#pragma once

#include "gateway/metrics/ShardIndex.h"

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace gatehouse::gateway::metrics {

using LabelValues = std::vector<std::string>;

// A counter family with labels, e.g. gatehouse_requests_total{route,model,upstream,code}.
// Each thread adds to its own shard (its mutex is uncontended but for scrapes), so recording
// takes no lock shared between workers. Values only grow.
class CounterFamily
{
public:
    CounterFamily(std::string name, std::string help, std::vector<std::string> labelNames);

    // `values` in the order of the label names; `amount` must not be negative.
    void add(const LabelValues& values, double amount = 1);

    // The sum over all shards, per label set.
    std::map<LabelValues, double> collect() const;
    // HELP, TYPE and one sample per label set, in label order.
    void render(std::string& out) const;

    const std::string& name() const { return m_name; }

private:
    struct Shard
    {
        mutable std::mutex mutex;
        std::map<LabelValues, double> series;
    };

    std::string m_name;
    std::string m_help;
    std::vector<std::string> m_labelNames;
    std::array<Shard, shardCount> m_shards;
};

} // namespace gatehouse::gateway::metrics
