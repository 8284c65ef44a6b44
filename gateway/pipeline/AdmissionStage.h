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
};

// Authenticate: who is calling. A seam today: everyone is "anonymous" until access keys exist.
class Authenticator : public AdmissionStage
{
public:
    std::string_view name() const override { return "authenticate"; }
    std::optional<http::ApiError> admit(ChatExchange& exchange) const override;
};

// Limits: per-caller rates and quotas. A seam today (the body size limit is the server's).
class RequestLimiter : public AdmissionStage
{
public:
    std::string_view name() const override { return "limits"; }
    std::optional<http::ApiError> admit(ChatExchange& exchange) const override;
};

// The input filter stage is in InputFilter.h.

} // namespace gatehouse::gateway
