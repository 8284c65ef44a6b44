#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace gatehouse::gateway {

// Picks the upstream for the next request among a model's group. Weighted round robin is
// nginx's smooth variant: over any window of sum(weights) picks each upstream gets its weight's
// share, interleaved rather than in bursts. Least outstanding picks the fewest requests in flight
// relative to weight, ties going round robin. Not thread-safe; UpstreamPool guards it.
class UpstreamSelector
{
public:
    enum class Strategy
    {
        WeightedRoundRobin,
        LeastOutstanding,
    };
    struct Candidate
    {
        unsigned weight = 1;
        unsigned outstanding = 0; // requests in flight
        bool eligible = true;     // false: circuit open, or already failed for this request
    };

    UpstreamSelector(Strategy strategy, std::size_t size);

    // The index of the chosen candidate, or nullopt when none is eligible.
    std::optional<std::size_t> choose(const std::vector<Candidate>& candidates);

private:
    Strategy m_strategy;
    std::vector<long long> m_current; // smooth WRR's running weights
};

} // namespace gatehouse::gateway
