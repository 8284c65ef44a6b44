#pragma once

#include "gateway/config/RoutingConfig.h"
#include "gateway/http/HttpMessage.h"

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

namespace gatehouse::gateway {

// When and how long to wait before trying an upstream again. Retries happen only before the
// first byte reached the client; the caller enforces that.
class RetryPolicy
{
public:
    explicit RetryPolicy(RetryConfig config);

    // Statuses worth another try: 408, 409, 429 (unless the quota is exhausted: retrying cannot
    // help), and 5xx. `body` is the upstream's error body.
    static bool isRetryableStatus(unsigned status, std::string_view body);

    // The wait before retry number `retry` (0 for the first): exponential from the initial
    // backoff, capped, with "equal jitter" (half fixed, half random) so that clients that failed
    // together do not retry together. `random01` is in [0, 1).
    std::chrono::milliseconds backoff(unsigned retry, double random01) const;

    // The wait the upstream asked for: retry-after-ms, else Retry-After in seconds (HTTP dates
    // are not honoured).
    static std::optional<std::chrono::milliseconds> retryAfter(const std::vector<http::Header>& headers);

    const RetryConfig& config() const { return m_config; }

private:
    RetryConfig m_config;
};

} // namespace gatehouse::gateway
