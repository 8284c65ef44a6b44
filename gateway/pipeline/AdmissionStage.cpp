#include "gateway/pipeline/AdmissionStage.h"

#include "gateway/pipeline/ChatExchange.h"

namespace gatehouse::gateway {

std::optional<http::ApiError> Authenticator::admit(ChatExchange& exchange) const
{
    exchange.caller = "anonymous";
    return std::nullopt;
}

std::optional<http::ApiError> RequestLimiter::admit(ChatExchange&) const
{
    return std::nullopt;
}

} // namespace gatehouse::gateway
