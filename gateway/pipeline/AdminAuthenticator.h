#pragma once

#include "gateway/http/ErrorBody.h"
#include "gateway/http/HttpMessage.h"
#include "gateway/server/Router.h"

#include <optional>
#include <string>

namespace gatehouse::gateway {

// The authenticate stage of the admin API: the caller must send `Authorization: Bearer <token>`
// with the static token from [admin] (compared in constant time). Without a configured token the
// admin API is off and every call is refused with 403. An access key ("gk-…") is refused with 403
// whatever it is: client keys never open the admin API.
class AdminAuthenticator
{
public:
    explicit AdminAuthenticator(std::optional<std::string> token);

    // nullopt: let the request through; otherwise the OpenAI-shaped error to send.
    std::optional<http::ApiError> check(const http::Request& request) const;

    // `handler` behind check(): a refusal is answered in OpenAI's shape, a 401 with
    // WWW-Authenticate: Bearer. Every /admin/v1 route is registered through this.
    Router::Handler guard(Router::Handler handler) const;
    // The same for an asynchronous handler (one that answers later, e.g. after work on another
    // thread); it sets its own Cache-Control.
    Router::AsyncHandler guardAsync(Router::AsyncHandler handler) const;

private:
    std::optional<std::string> m_token;
};

} // namespace gatehouse::gateway
