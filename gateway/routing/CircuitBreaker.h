#pragma once

#include <chrono>

namespace gatehouse::gateway {

// One upstream's circuit: closed (requests flow) until `threshold` consecutive failures open
// it; while open, requests skip the upstream; after `openFor`, one probe request is let through
// (half-open) — its success closes the circuit, its failure opens it again. Not thread-safe;
// UpstreamPool guards it.
class CircuitBreaker
{
public:
    using Clock = std::chrono::steady_clock;
    enum class State
    {
        Closed,
        Open,
        HalfOpen, // a probe is in flight
    };

    CircuitBreaker(unsigned threshold, std::chrono::milliseconds openFor);

    // Whether a request may go to the upstream now; in the open state after the wait, the first
    // caller gets the probe (the state becomes HalfOpen) and others are refused until it ends.
    bool allowRequest(Clock::time_point now);
    // What allowRequest() would answer, without taking the probe.
    bool wouldAllow(Clock::time_point now) const;
    void recordSuccess();
    void recordFailure(Clock::time_point now);
    // A request that was allowed ended without telling anything about the upstream (cancelled).
    void recordAbandoned();

    State state() const { return m_state; }
    unsigned consecutiveFailures() const { return m_failures; }

private:
    unsigned m_threshold;
    std::chrono::milliseconds m_openFor;
    State m_state = State::Closed;
    unsigned m_failures = 0;
    Clock::time_point m_openedAt{};
};

} // namespace gatehouse::gateway
