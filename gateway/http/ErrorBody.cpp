#include "gateway/http/ErrorBody.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace gatehouse::gateway::http {

namespace {

boost::json::value nullable(const std::optional<std::string>& text)
{
    return text ? boost::json::value(*text) : boost::json::value(nullptr);
}

std::string str(std::string_view text)
{
    return std::string(text);
}

} // namespace

std::string ApiError::body() const
{
    const boost::json::value json = {
        {"error",
         {{"message", message}, {"type", type}, {"param", nullable(param)}, {"code", nullable(code)}}},
    };
    return boost::json::serialize(json);
}

Response ApiError::toResponse() const
{
    Response response = Response::json(status, body());
    if (retryAfterSeconds)
        response.setHeader("Retry-After", std::to_string(*retryAfterSeconds));
    return response;
}

ApiError notFoundError(std::string_view method, std::string_view path)
{
    return {404, "Invalid URL (" + str(method) + " " + str(path) + "): this gateway has no such endpoint.",
            "invalid_request_error", std::nullopt, "not_found"};
}

ApiError methodNotAllowedError(std::string_view method, std::string_view path, std::string_view allowed)
{
    return {405,
            "Method " + str(method) + " is not allowed on " + str(path) + " (allowed: " + str(allowed) + ").",
            "invalid_request_error", std::nullopt, "method_not_allowed"};
}

ApiError badRequestError(std::string_view why)
{
    return {400, "Malformed HTTP request: " + str(why) + ".", "invalid_request_error", std::nullopt,
            "bad_request"};
}

ApiError headersTooLargeError(std::size_t limitBytes)
{
    return {431,
            "The request headers are larger than this gateway accepts (" + std::to_string(limitBytes) +
                " bytes); send fewer or shorter headers.",
            "invalid_request_error", std::nullopt, "request_header_fields_too_large"};
}

ApiError bodyTooLargeError(std::size_t limitBytes)
{
    return {413,
            "The request body is larger than this gateway accepts (" + std::to_string(limitBytes) +
                " bytes); send a shorter request.",
            "invalid_request_error", std::nullopt, "request_too_large"};
}

ApiError internalError()
{
    return {500,
            "The gateway failed to handle the request; try again, and check gatehoused's log if it persists.",
            "server_error", std::nullopt, "internal_error"};
}

} // namespace gatehouse::gateway::http
