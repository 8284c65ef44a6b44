#pragma once

#include "gateway/config/RoutingConfig.h"
#include "gateway/routing/CircuitBreaker.h"
#include "gateway/routing/LatencyWindow.h"
#include "gateway/routing/RetryPolicy.h"
#include "gateway/routing/UpstreamSelector.h"
#include "gateway/upstream/Upstream.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gatehouse::gateway {

// The configured upstreams and the model groups over them, with the state routing needs:
// each upstream's circuit breaker and requests in flight, each model's selector. Shared by all
// worker threads; one mutex guards the state (held only for a few comparisons).
class UpstreamPool
{
public:
    using Factory = std::function<std::unique_ptr<Upstream>(const UpstreamConfig&)>;

    struct Member
    {
        std::size_t upstream; // index into the pool's upstreams
        unsigned weight;
        std::string upstreamModel;
    };
    struct Model
    {
        std::size_t index;
        std::string name;
        std::vector<Member> members;
        bool demo; // every member is a demo upstream
    };
    enum class Outcome
    {
        Success, // the upstream answered (even with a client error such as 400)
        Failure, // connect error, timeout, broken stream, retryable status
        Neutral, // cancelled: says nothing about the upstream
    };

    // Throws ConfigError when an upstream cannot be built (e.g. its key is missing).
    UpstreamPool(const RoutingConfig& routing, const Factory& factory);
    ~UpstreamPool();

    const Model* model(std::string_view name) const;
    const std::vector<Model>& models() const { return m_models; }

    // Chooses a member of `model` for one attempt, skipping members whose upstream's circuit is
    // open and those marked in `excluded`, and counts the request as in flight. nullopt: none left.
    std::optional<std::size_t> acquire(const Model& model, const std::vector<bool>& excluded);
    // Like acquire(), for one given member (a retry on the same upstream); false if its circuit is open.
    bool acquireMember(const Model& model, std::size_t member);
    // How an attempt ended, for the admin API's upstream status.
    struct AttemptEnd
    {
        std::chrono::steady_clock::duration took{}; // from sending to the answer's end or failure
        std::string error;                          // what went wrong, for a failure
    };
    // Ends an attempt started by acquire(): no longer in flight; the outcome feeds the breaker.
    void release(std::size_t upstream, Outcome outcome, const AttemptEnd& end);

    // One upstream as the admin API shows it.
    struct Status
    {
        CircuitBreaker::State circuit;
        bool usable; // healthy (active checks) and its circuit lets requests through
        unsigned inFlight;
        std::uint64_t requests; // attempts ended since start
        std::uint64_t failures; // attempts that failed (connect, timeout, retryable status, broken stream)
        std::optional<double> p50Ms;
        std::optional<double> p95Ms; // over the last LatencyWindow::capacity attempts
        std::optional<std::string> lastError{};
    };
    Status status(std::size_t upstream) const;

    Upstream& upstream(std::size_t index) const { return *m_upstreams[index].upstream; }
    const std::string& upstreamName(std::size_t index) const { return m_upstreams[index].name; }
    const RetryPolicy& retryPolicy() const { return m_retry; }
    std::size_t upstreamCount() const { return m_upstreams.size(); }
    CircuitBreaker::State circuitState(std::size_t upstream) const;
    // Whether a request may go to the upstream now: its circuit is closed, or open long enough
    // for a probe.
    bool usable(std::size_t upstream) const;
    unsigned outstanding(std::size_t upstream) const;
    // Active health checks (HealthChecker): an unhealthy upstream is skipped like an open circuit.
    void setHealthy(std::size_t upstream, bool healthy);
    bool healthy(std::size_t upstream) const;

private:
    struct Entry
    {
        std::string name;
        std::unique_ptr<Upstream> upstream;
        CircuitBreaker breaker;
        unsigned outstanding = 0;
        bool healthy = true;
        std::uint64_t requests = 0;
        std::uint64_t failures = 0;
        LatencyWindow latency{};
        std::optional<std::string> lastError{};
    };

    std::vector<Entry> m_upstreams;
    std::vector<Model> m_models;
    std::vector<UpstreamSelector> m_selectors; // one per model
    RetryPolicy m_retry;
    mutable std::mutex m_mutex;
};

} // namespace gatehouse::gateway
