#include "gateway/routing/UpstreamPool.h"

namespace gatehouse::gateway {

UpstreamPool::UpstreamPool(const RoutingConfig& routing, const Factory& factory)
    : m_retry(routing.retry)
{
    for (const auto& config : routing.upstreams) {
        m_upstreams.push_back(
            Entry{config.name, factory(config),
                  CircuitBreaker(routing.circuitBreaker.failureThreshold, routing.circuitBreaker.openFor), 0,
                  true});
    }
    for (const auto& config : routing.models) {
        Model model{m_models.size(), config.name, {}, true};
        for (const auto& member : config.members) {
            std::size_t index = 0;
            while (m_upstreams[index].name != member.upstream)
                ++index;
            const UpstreamConfig& upstream = *routing.upstream(member.upstream);
            model.members.push_back(
                {index, member.weight == 0 ? upstream.weight : member.weight, member.upstreamModel});
            model.demo = model.demo && upstream.kind == UpstreamConfig::Kind::Demo;
        }
        m_selectors.emplace_back(config.strategy == ModelConfig::Strategy::LeastOutstanding
                                     ? UpstreamSelector::Strategy::LeastOutstanding
                                     : UpstreamSelector::Strategy::WeightedRoundRobin,
                                 model.members.size());
        m_models.push_back(std::move(model));
    }
}

UpstreamPool::~UpstreamPool() = default;

const UpstreamPool::Model* UpstreamPool::model(std::string_view name) const
{
    for (const auto& model : m_models) {
        if (model.name == name)
            return &model;
    }
    return nullptr;
}

std::optional<std::size_t> UpstreamPool::acquire(const Model& model, const std::vector<bool>& excluded)
{
    const auto now = CircuitBreaker::Clock::now();
    const std::lock_guard lock(m_mutex);
    std::vector<UpstreamSelector::Candidate> candidates;
    for (std::size_t i = 0; i < model.members.size(); ++i) {
        const Entry& entry = m_upstreams[model.members[i].upstream];
        const bool skip = i < excluded.size() && excluded[i];
        candidates.push_back({model.members[i].weight, entry.outstanding,
                              !skip && entry.healthy && entry.breaker.wouldAllow(now)});
    }
    const auto chosen = m_selectors[model.index].choose(candidates);
    if (!chosen)
        return std::nullopt;
    Entry& entry = m_upstreams[model.members[*chosen].upstream];
    entry.breaker.allowRequest(now);
    ++entry.outstanding;
    return chosen;
}

bool UpstreamPool::acquireMember(const Model& model, std::size_t member)
{
    const std::lock_guard lock(m_mutex);
    Entry& entry = m_upstreams[model.members[member].upstream];
    if (!entry.healthy || !entry.breaker.allowRequest(CircuitBreaker::Clock::now()))
        return false;
    ++entry.outstanding;
    return true;
}

void UpstreamPool::release(std::size_t upstream, Outcome outcome, const AttemptEnd& end)
{
    const std::lock_guard lock(m_mutex);
    Entry& entry = m_upstreams[upstream];
    if (entry.outstanding > 0)
        --entry.outstanding;
    ++entry.requests;
    switch (outcome) {
    case Outcome::Success:
        entry.breaker.recordSuccess();
        entry.latency.add(end.took);
        break;
    case Outcome::Failure:
        entry.breaker.recordFailure(CircuitBreaker::Clock::now());
        entry.latency.add(end.took);
        ++entry.failures;
        entry.lastError = end.error.empty() ? std::string("the attempt failed") : end.error;
        break;
    case Outcome::Neutral:
        entry.breaker.recordAbandoned();
        break;
    }
}

CircuitBreaker::State UpstreamPool::circuitState(std::size_t upstream) const
{
    const std::lock_guard lock(m_mutex);
    return m_upstreams[upstream].breaker.state();
}

bool UpstreamPool::usable(std::size_t upstream) const
{
    const std::lock_guard lock(m_mutex);
    return m_upstreams[upstream].healthy &&
           m_upstreams[upstream].breaker.wouldAllow(CircuitBreaker::Clock::now());
}

void UpstreamPool::setHealthy(std::size_t upstream, bool healthy)
{
    const std::lock_guard lock(m_mutex);
    m_upstreams[upstream].healthy = healthy;
}

bool UpstreamPool::healthy(std::size_t upstream) const
{
    const std::lock_guard lock(m_mutex);
    return m_upstreams[upstream].healthy;
}

UpstreamPool::Status UpstreamPool::status(std::size_t upstream) const
{
    const auto now = CircuitBreaker::Clock::now();
    const std::lock_guard lock(m_mutex);
    const Entry& entry = m_upstreams[upstream];
    return Status{entry.breaker.state(),
                  entry.healthy && entry.breaker.wouldAllow(now),
                  entry.outstanding,
                  entry.requests,
                  entry.failures,
                  entry.latency.quantileMs(0.5),
                  entry.latency.quantileMs(0.95),
                  entry.lastError};
}

unsigned UpstreamPool::outstanding(std::size_t upstream) const
{
    const std::lock_guard lock(m_mutex);
    return m_upstreams[upstream].outstanding;
}

} // namespace gatehouse::gateway
