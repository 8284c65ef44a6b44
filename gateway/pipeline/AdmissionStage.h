#pragma once

#include "gateway/http/ErrorBody.h"

#include <optional>
#include <string_view>

namespace gatehouse::gateway {

struct ChatExchange;

// A stage that runs before the upstream and may refuse the request with an error: authenticate,
// limits, input filter. Stages must be safe to call from all worker threads at once.
class AdmissionStage
{
public:
    virtual ~AdmissionStage() = default;
    virtual std::string_view name() const = 0;
    // nullopt: let the request through (the stage may note what it decided in `exchange`).
    virtual std::optional<http::ApiError> admit(ChatExchange& exchange) const = 0;
    // Once the exchange is over, whatever it became (answered, refused, abandoned): lets a stage
    // settle what admit() reserved. Runs for every stage, so it must check what it recorded.
    virtual void settle(const ChatExchange& /*exchange*/) const {}
};

// The stages: pipeline/Authenticator.h, pipeline/RequestLimiter.h, pipeline/InputFilter.h.

} // namespace gatehouse::gateway
