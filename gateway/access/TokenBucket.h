#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

namespace gatehouse::gateway::access {

// A limit per minute as a token bucket: it holds up to `perMinute` tokens, refills at
// perMinute / 60 per second, and starts full, so a client may burst up to the whole minute's
// budget and then goes at the steady rate. Not thread-safe; KeyUsage guards it.
class TokenBucket
{
public:
    using Clock = std::chrono::steady_clock;

    TokenBucket(std::int64_t perMinute, Clock::time_point now);

    // A new limit (an admin changed the key): the tokens held stay, up to the new capacity.
    void setLimit(std::int64_t perMinute, Clock::time_point now);
    std::int64_t limit() const { return m_perMinute; }

    // Takes `amount` tokens when there are enough, and returns nullopt; otherwise takes nothing
    // and returns how long until there will be. An amount larger than the whole capacity is
    // let through on a full bucket and leaves a debt, so that no request is refused forever.
    std::optional<std::chrono::milliseconds> take(double amount, Clock::time_point now);

    // How long until `amount` tokens would be there (zero if they are now), without taking any.
    std::chrono::milliseconds waitFor(double amount, Clock::time_point now);

    // Corrects an earlier take: a positive `amount` takes more (the bucket may go into debt),
    // a negative one gives back (up to the capacity).
    void adjust(double amount, Clock::time_point now);

    double level(Clock::time_point now);

private:
    void refill(Clock::time_point now);
    double ratePerSecond() const { return static_cast<double>(m_perMinute) / 60.0; }

    std::int64_t m_perMinute;
    double m_tokens;
    Clock::time_point m_updated;
};

} // namespace gatehouse::gateway::access
