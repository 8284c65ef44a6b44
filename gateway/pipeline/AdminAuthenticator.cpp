#include "gateway/pipeline/AdminAuthenticator.h"

#include "gateway/admin/AdminToken.h"

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
    if (!constantTimeEquals(header.substr(scheme.size()), *m_token))
        return http::ApiError{
            401, "The admin token is not correct; send the token [admin] names in gatehoused.toml.",
            "invalid_request_error", std::nullopt, "invalid_admin_token"};
    return std::nullopt;
}

} // namespace gatehouse::gateway
