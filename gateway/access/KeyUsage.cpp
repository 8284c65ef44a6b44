#include "gateway/access/KeyUsage.h"

namespace gatehouse::gateway::access {

namespace {

void configure(std::optional<TokenBucket>& bucket, std::optional<std::int64_t> limit,
               TokenBucket::Clock::time_point now)
{
    if (!limit)
        bucket.reset();
    else if (bucket)
        bucket->setLimit(*limit, now);
    else
        bucket.emplace(*limit, now);
}

} // namespace

KeyUsage::KeyUsage(std::optional<std::int64_t> rpm, std::optional<std::int64_t> tpm, Clock::time_point now)
{
    setLimits(rpm, tpm, now);
}

void KeyUsage::setLimits(std::optional<std::int64_t> rpm, std::optional<std::int64_t> tpm,
                         Clock::time_point now)
{
    const std::lock_guard lock(m_mutex);
    configure(m_requests, rpm, now);
    configure(m_tokens, tpm, now);
}

std::optional<KeyUsage::Refusal> KeyUsage::admit(double estimatedTokens, Clock::time_point now)
{
    const std::lock_guard lock(m_mutex);
    // Look at both before taking from either, so a refused request costs nothing.
    if (m_requests) {
        if (const auto wait = m_requests->waitFor(1, now); wait.count() > 0)
            return Refusal{Refusal::Limit::Requests, m_requests->limit(), wait};
    }
    if (m_tokens) {
        if (const auto wait = m_tokens->waitFor(estimatedTokens, now); wait.count() > 0)
            return Refusal{Refusal::Limit::Tokens, m_tokens->limit(), wait};
    }
    if (m_requests)
        m_requests->take(1, now);
    if (m_tokens)
        m_tokens->take(estimatedTokens, now);
    return std::nullopt;
}

void KeyUsage::correctTokens(double difference, Clock::time_point now)
{
    const std::lock_guard lock(m_mutex);
    if (m_tokens)
        m_tokens->adjust(difference, now);
}

} // namespace gatehouse::gateway::access
