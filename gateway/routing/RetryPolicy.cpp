#include "gateway/routing/RetryPolicy.h"

#include <algorithm>
#include <charconv>

namespace gatehouse::gateway {

namespace {

std::optional<long long> wholeNumber(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

RetryPolicy::RetryPolicy(RetryConfig config)
    : m_config(config)
{}

bool RetryPolicy::isRetryableStatus(unsigned status, std::string_view body)
{
    if (status == 429)
        return body.find("insufficient_quota") == std::string_view::npos;
    return status == 408 || status == 409 || (status >= 500 && status <= 599);
}

std::chrono::milliseconds RetryPolicy::backoff(unsigned retry, double random01) const
{
    const long long initial = static_cast<long long>(m_config.initialBackoff.count());
    const long long cap = std::max(static_cast<long long>(m_config.maxBackoff.count()), initial);
    long long full = initial;
    for (unsigned i = 0; i < retry && full < cap; ++i)
        full *= 2;
    full = std::min(full, cap);
    const double jitter = std::clamp(random01, 0.0, 1.0);
    return std::chrono::milliseconds(full / 2 +
                                     static_cast<long long>(static_cast<double>(full - full / 2) * jitter));
}

std::optional<std::chrono::milliseconds> RetryPolicy::retryAfter(const std::vector<http::Header>& headers)
{
    http::Response view;
    view.headers = headers;
    if (const auto ms = wholeNumber(view.header("retry-after-ms")))
        return std::chrono::milliseconds(*ms);
    if (const auto seconds = wholeNumber(view.header("retry-after")))
        return std::chrono::milliseconds(*seconds * 1000);
    return std::nullopt;
}

} // namespace gatehouse::gateway
