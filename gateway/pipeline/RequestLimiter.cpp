#include "gateway/pipeline/RequestLimiter.h"

#include "gateway/access/AccessKeyRegistry.h"
#include "gateway/pipeline/ChatExchange.h"

#include <algorithm>

namespace gatehouse::gateway {

std::optional<http::ApiError> RequestLimiter::admit(ChatExchange& exchange) const
{
    if (!exchange.accessKey || !exchange.chat)
        return std::nullopt;
    const double estimate = static_cast<double>(exchange.chat->estimatedPromptTokens());
    const auto refusal = exchange.accessKey->usage->admit(estimate, access::KeyUsage::Clock::now());
    if (!refusal) {
        exchange.chargedTokens = estimate;
        return std::nullopt;
    }
    const std::int64_t seconds = std::max<std::int64_t>(1, (refusal->wait.count() + 999) / 1000);
    const bool requests = refusal->limit == access::KeyUsage::Refusal::Limit::Requests;
    const std::string what = requests ? "requests per minute (RPM)" : "tokens per minute (TPM)";
    std::string message = "Rate limit reached for access key '" + exchange.accessKey->key.name + "' on " +
                          what + ": limit " + std::to_string(refusal->perMinute);
    if (!requests)
        message += ", this request needs about " + std::to_string(static_cast<std::int64_t>(estimate));
    message += ". Please try again in " + std::to_string(seconds) + "s.";
    return http::ApiError{429,          std::move(message),    requests ? "requests" : "tokens",
                          std::nullopt, "rate_limit_exceeded", seconds};
}

void RequestLimiter::settle(const ChatExchange& exchange) const
{
    if (!exchange.accessKey || exchange.chargedTokens <= 0)
        return;
    double used = 0;
    if (exchange.promptTokens || exchange.completionTokens)
        used = static_cast<double>(exchange.promptTokens.value_or(0) + exchange.completionTokens.value_or(0));
    else if (exchange.attempts > 0 && !exchange.cacheHit)
        used = exchange.chargedTokens; // an upstream worked on it but did not say how much
    exchange.accessKey->usage->correctTokens(used - exchange.chargedTokens, access::KeyUsage::Clock::now());
}

} // namespace gatehouse::gateway
