#pragma once

#include "gateway/http/ErrorBody.h"
#include "gateway/http/HttpMessage.h"

#include <optional>
#include <string>

namespace gatehouse::gateway {

// The authenticate stage of the admin API: the caller must send `Authorization: Bearer <token>`
// with the static token from [admin] (compared in constant time). Without a configured token the
// admin API is off and every call is refused with 403.
class AdminAuthenticator
{
public:
    explicit AdminAuthenticator(std::optional<std::string> token);

    // nullopt: let the request through; otherwise the OpenAI-shaped error to send.
    std::optional<http::ApiError> check(const http::Request& request) const;

private:
    std::optional<std::string> m_token;
};

} // namespace gatehouse::gateway
