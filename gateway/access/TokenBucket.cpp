#include "gateway/access/TokenBucket.h"

#include <algorithm>
#include <cmath>

namespace gatehouse::gateway::access {

TokenBucket::TokenBucket(std::int64_t perMinute, Clock::time_point now)
    : m_perMinute(std::max<std::int64_t>(perMinute, 1))
    , m_tokens(static_cast<double>(m_perMinute))
    , m_updated(now)
{}

void TokenBucket::refill(Clock::time_point now)
{
    if (now <= m_updated)
        return;
    const double seconds = std::chrono::duration<double>(now - m_updated).count();
    m_tokens = std::min(static_cast<double>(m_perMinute), m_tokens + seconds * ratePerSecond());
    m_updated = now;
}

void TokenBucket::setLimit(std::int64_t perMinute, Clock::time_point now)
{
    refill(now);
    m_perMinute = std::max<std::int64_t>(perMinute, 1);
    m_tokens = std::min(m_tokens, static_cast<double>(m_perMinute));
}

std::chrono::milliseconds TokenBucket::waitFor(double amount, Clock::time_point now)
{
    refill(now);
    const double needed = std::min(amount, static_cast<double>(m_perMinute));
    if (m_tokens >= needed)
        return std::chrono::milliseconds(0);
    const double seconds = (needed - m_tokens) / ratePerSecond();
    return std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(seconds * 1000.0)));
}

std::optional<std::chrono::milliseconds> TokenBucket::take(double amount, Clock::time_point now)
{
    const auto wait = waitFor(amount, now);
    if (wait.count() > 0)
        return wait;
    m_tokens -= amount;
    return std::nullopt;
}

void TokenBucket::adjust(double amount, Clock::time_point now)
{
    refill(now);
    m_tokens = std::min(static_cast<double>(m_perMinute), m_tokens - amount);
}

double TokenBucket::level(Clock::time_point now)
{
    refill(now);
    return m_tokens;
}

} // namespace gatehouse::gateway::access
