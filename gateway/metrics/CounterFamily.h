#pragma once

#include "gateway/metrics/ShardIndex.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace gatehouse::gateway::metrics {

using LabelValues = std::vector<std::string>;
// The label values of one recording: views of the caller's strings, so a request recorded in a
// series that exists already copies nothing.
using LabelView = std::initializer_list<std::string_view>;

// Orders label sets, stored or viewed, value by value (std::map's own order of LabelValues).
struct LabelsLess
{
    using is_transparent = void;
    template <class A, class B> bool operator()(const A& a, const B& b) const
    {
        return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                            [](std::string_view x, std::string_view y) { return x < y; });
    }
};

// The series of `map` for `values`, made (with a copy of the values) the first time only.
template <class Map> typename Map::mapped_type& seriesFor(Map& map, LabelView values)
{
    auto at = map.lower_bound(values);
    if (at == map.end() || LabelsLess()(values, at->first))
        at = map.emplace_hint(at, LabelValues(values.begin(), values.end()), typename Map::mapped_type{});
    return at->second;
}

// A counter family with labels, e.g. gatehouse_requests_total{route,model,upstream,code}.
// Each thread adds to its own shard (its mutex is uncontended but for scrapes), so recording
// takes no lock shared between workers. Values only grow.
class CounterFamily
{
public:
    CounterFamily(std::string name, std::string help, std::vector<std::string> labelNames);

    // `values` in the order of the label names; `amount` must not be negative.
    void add(LabelView values, double amount = 1);

    // The sum over all shards, per label set.
    std::map<LabelValues, double> collect() const;
    // HELP, TYPE and one sample per label set, in label order.
    void render(std::string& out) const;

    const std::string& name() const { return m_name; }

private:
    struct Shard
    {
        mutable std::mutex mutex;
        std::map<LabelValues, double, LabelsLess> series;
    };

    std::string m_name;
    std::string m_help;
    std::vector<std::string> m_labelNames;
    std::array<Shard, shardCount> m_shards;
};

} // namespace gatehouse::gateway::metrics
