#pragma once

#include "gateway/http/HttpMessage.h"

#include <cstdint>
#include <optional>
#include <string>

namespace gatehouse::gateway::http {

// An error as OpenAI's API reports it, so that OpenAI client libraries show our errors as they
// show OpenAI's: {"error":{"message":...,"type":...,"param":...,"code":...}}.
struct ApiError
{
    unsigned status = 500;
    std::string message;                             // one sentence: what failed, why, what to do
    std::string type;                                // e.g. "invalid_request_error", "server_error"
    std::optional<std::string> param;                // the request field at fault, or null
    std::optional<std::string> code;                 // a stable machine-readable code, or null
    std::optional<std::int64_t> retryAfterSeconds{}; // sent as Retry-After (429, 503)

    // The JSON body, e.g. {"error":{"message":"...","type":"...","param":null,"code":"..."}}.
    std::string body() const;
    // A response with this error's status and JSON body (and Retry-After when set).
    Response toResponse() const;
};

// Errors every route can produce, with the status, type and code clients rely on.
ApiError notFoundError(std::string_view method, std::string_view path);
ApiError methodNotAllowedError(std::string_view method, std::string_view path, std::string_view allowed);
ApiError badRequestError(std::string_view why);
ApiError headersTooLargeError(std::size_t limitBytes);
ApiError bodyTooLargeError(std::size_t limitBytes);
ApiError internalError();

} // namespace gatehouse::gateway::http
