#include "gateway/routing/UpstreamSelector.h"

namespace gatehouse::gateway {

UpstreamSelector::UpstreamSelector(Strategy strategy, std::size_t size)
    : m_strategy(strategy)
    , m_current(size, 0)
{}

std::optional<std::size_t> UpstreamSelector::choose(const std::vector<Candidate>& candidates)
{
    if (m_current.size() != candidates.size())
        m_current.assign(candidates.size(), 0);

    std::vector<bool> allowed(candidates.size(), false);
    if (m_strategy == Strategy::LeastOutstanding) {
        // Compare outstanding/weight without division: a/wa < b/wb  <=>  a*wb < b*wa.
        std::optional<std::size_t> best;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            if (!candidates[i].eligible)
                continue;
            if (!best ||
                static_cast<unsigned long long>(candidates[i].outstanding) * candidates[*best].weight <
                    static_cast<unsigned long long>(candidates[*best].outstanding) * candidates[i].weight)
                best = i;
        }
        if (!best)
            return std::nullopt;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            allowed[i] =
                candidates[i].eligible &&
                static_cast<unsigned long long>(candidates[i].outstanding) * candidates[*best].weight ==
                    static_cast<unsigned long long>(candidates[*best].outstanding) * candidates[i].weight;
        }
    } else {
        for (std::size_t i = 0; i < candidates.size(); ++i)
            allowed[i] = candidates[i].eligible;
    }

    long long total = 0;
    std::optional<std::size_t> chosen;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (!allowed[i])
            continue;
        const long long weight = candidates[i].weight == 0 ? 1 : candidates[i].weight;
        m_current[i] += weight;
        total += weight;
        if (!chosen || m_current[i] > m_current[*chosen])
            chosen = i;
    }
    if (chosen)
        m_current[*chosen] -= total;
    return chosen;
}

} // namespace gatehouse::gateway
