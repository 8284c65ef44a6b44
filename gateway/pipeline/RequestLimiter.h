#pragma once

#include "gateway/pipeline/AdmissionStage.h"

namespace gatehouse::gateway {

// The limits stage: the access key's requests-per-minute and tokens-per-minute buckets
// (access/KeyUsage). Up front it charges one request and the prompt's estimated tokens; when the
// exchange is over, settle() corrects the tokens to what the upstream reported in usage (prompt +
// completion), keeps the estimate when an upstream answered without usage, and gives them back
// when no upstream was asked. Over a limit: 429 rate_limit_exceeded with Retry-After in whole
// seconds. Anonymous requests have no limits here (the server's body and time limits still apply).
class RequestLimiter : public AdmissionStage
{
public:
    std::string_view name() const override { return "limits"; }
    std::optional<http::ApiError> admit(ChatExchange& exchange) const override;
    void settle(const ChatExchange& exchange) const override;
};

} // namespace gatehouse::gateway
