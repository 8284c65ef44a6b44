#pragma once

#include "gateway/access/TokenBucket.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>

namespace gatehouse::gateway::access {

// What one access key has used: its requests-per-minute and tokens-per-minute buckets and when
// it was last used. Lives as long as the key, across admin changes of its limits, so an edit
// does not hand a busy client a fresh minute. Safe to call from all worker threads.
class KeyUsage
{
public:
    using Clock = TokenBucket::Clock;

    struct Refusal
    {
        enum class Limit
        {
            Requests,
            Tokens,
        };
        Limit limit;
        std::int64_t perMinute;         // the limit that was hit
        std::chrono::milliseconds wait; // until the request would fit
    };

    KeyUsage(std::optional<std::int64_t> rpm, std::optional<std::int64_t> tpm, Clock::time_point now);

    // New limits (nullopt: unlimited); the buckets keep what they hold, up to the new sizes.
    void setLimits(std::optional<std::int64_t> rpm, std::optional<std::int64_t> tpm, Clock::time_point now);

    // Charges one request and `estimatedTokens`, or charges nothing and says which limit refused.
    std::optional<Refusal> admit(double estimatedTokens, Clock::time_point now);

    // Corrects the tokens charged by admit() once the real count is known (positive: more).
    void correctTokens(double difference, Clock::time_point now);

    // Remembers a use at `unixSeconds`; cheap (one atomic store), so it runs on every request.
    void markUsed(std::int64_t unixSeconds) { m_lastUsed.store(unixSeconds, std::memory_order_relaxed); }
    // The last use (0: never since start).
    std::int64_t lastUsed() const { return m_lastUsed.load(std::memory_order_relaxed); }

private:
    std::mutex m_mutex;
    std::optional<TokenBucket> m_requests;
    std::optional<TokenBucket> m_tokens;
    std::atomic<std::int64_t> m_lastUsed{0};
};

} // namespace gatehouse::gateway::access
