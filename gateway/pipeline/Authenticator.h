#pragma once

#include "gateway/pipeline/AdmissionStage.h"

namespace gatehouse::gateway {

namespace access {
class AccessKeyRegistry;
}

// The authenticate stage: who is calling, and may they use this model. A client sends its access
// key as `Authorization: Bearer gk-…`; the stage hashes it (SHA-256), finds the key in the
// registry's snapshot (no database read) and confirms the hash in constant time. Refusals:
// 401 invalid_api_key (missing, unknown or revoked), 401 disabled_api_key, 401 expired_api_key,
// 403 model_not_allowed. When keys are not required (none was ever created and [access]
// require_keys is unset, or require_keys = false), a request without a gk- credential goes on
// as "anonymous" — whatever else it sends (a provider key, a placeholder) is ignored.
class Authenticator : public AdmissionStage
{
public:
    explicit Authenticator(const access::AccessKeyRegistry& registry);
    std::string_view name() const override { return "authenticate"; }
    std::optional<http::ApiError> admit(ChatExchange& exchange) const override;

private:
    const access::AccessKeyRegistry& m_registry;
};

// The bearer token of an Authorization header ("Bearer x" in any letter case), or empty.
std::string_view bearerToken(std::string_view authorization);

} // namespace gatehouse::gateway
