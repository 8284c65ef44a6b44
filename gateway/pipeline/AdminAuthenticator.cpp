#include "gateway/pipeline/AdminAuthenticator.h"

#include "gateway/admin/AdminToken.h"
#include "gateway/http/HeaderAddingWriter.h"

#include <algorithm>

namespace gatehouse::gateway {

AdminAuthenticator::AdminAuthenticator(std::optional<std::string> token)
    : m_token(std::move(token))
{}

std::optional<http::ApiError> AdminAuthenticator::check(const http::Request& request) const
{
    if (!m_token)
        return http::ApiError{
            403,
            "The admin API is switched off; set [admin] token_env or token_file in gatehoused.toml "
            "and restart gatehoused.",
            "invalid_request_error", std::nullopt, "admin_api_disabled"};
    const std::string_view header = request.header("authorization");
    constexpr std::string_view scheme = "Bearer ";
    if (header.empty() || header.size() < scheme.size() ||
        !std::equal(scheme.begin(), scheme.end(), header.begin(),
                    [](char a, char b) { return (a | 0x20) == (b | 0x20); }))
        return http::ApiError{
            401,
            "You didn't provide an admin token; send it as 'Authorization: Bearer TOKEN' (the "
            "token [admin] names in gatehoused.toml).",
            "invalid_request_error", std::nullopt, "missing_admin_token"};
    const std::string_view presented = header.substr(scheme.size());
    if (presented.starts_with("gk-"))
        return http::ApiError{
            403,
            "Access keys (gk-…) cannot use the admin API; send the admin token that [admin] "
            "names in gatehoused.toml.",
            "invalid_request_error", std::nullopt, "access_key_not_admin"};
    if (!constantTimeEquals(presented, *m_token))
        return http::ApiError{
            401, "The admin token is not correct; send the token [admin] names in gatehoused.toml.",
            "invalid_request_error", std::nullopt, "invalid_admin_token"};
    return std::nullopt;
}

namespace {

http::Response refusalResponse(const http::ApiError& refusal)
{
    http::Response response = refusal.toResponse();
    if (refusal.status == 401)
        response.setHeader("WWW-Authenticate", "Bearer");
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace

Router::AsyncHandler AdminAuthenticator::guardAsync(Router::AsyncHandler handler) const
{
    return [this, handler = std::move(handler)](http::Request request,
                                                std::shared_ptr<http::ResponseWriter> writer) {
        if (auto refusal = check(request))
            return writer->send(refusalResponse(*refusal));
        // Admin answers (keys, rules, configuration) must not sit in any cache, as guard() says too.
        handler(std::move(request),
                std::make_shared<http::HeaderAddingWriter>(std::move(writer), "Cache-Control", "no-store"));
    };
}

Router::Handler AdminAuthenticator::guard(Router::Handler handler) const
{
    return [this, handler = std::move(handler)](const http::Request& request) {
        if (auto refusal = check(request))
            return refusalResponse(*refusal);
        http::Response response = handler(request);
        response.setHeader("Cache-Control", "no-store");
        return response;
    };
}

} // namespace gatehouse::gateway
