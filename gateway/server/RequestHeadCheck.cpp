#include "gateway/server/RequestHeadCheck.h"

#include <boost/beast/core/string.hpp>

#include <algorithm>
#include <string>

namespace gatehouse::gateway {

namespace bhttp = boost::beast::http;

std::optional<http::ApiError> checkRequestHead(const bhttp::request_header<>& head, const HttpLimits& limits)
{
    std::size_t fields = 0;
    std::size_t transferEncodings = 0;
    std::string transferEncoding;
    for (const auto& field : head) {
        ++fields;
        if (field.name() == bhttp::field::transfer_encoding) {
            ++transferEncodings;
            transferEncoding = std::string(field.value());
        }
    }
    if (fields > limits.maxHeaderFields)
        return http::ApiError{431,
                              "The request has " + std::to_string(fields) +
                                  " header fields; this gateway accepts at most " +
                                  std::to_string(limits.maxHeaderFields) + ". Send fewer headers.",
                              "invalid_request_error", std::nullopt, "request_header_fields_too_large"};
    if (transferEncodings == 0)
        return std::nullopt;
    if (head.version() < 11)
        return http::badRequestError("an HTTP/1.0 request cannot use Transfer-Encoding; send Content-Length");
    if (transferEncodings > 1 || !boost::beast::iequals(transferEncoding, "chunked"))
        return http::badRequestError("Transfer-Encoding '" + transferEncoding +
                                     "' is not supported; send the body with Content-Length or "
                                     "Transfer-Encoding: chunked alone");
    return std::nullopt;
}

std::size_t bodyLimitFor(const bhttp::request_header<>& head, const HttpLimits& limits)
{
    const std::string_view target(head.target().data(), head.target().size());
    return target.starts_with("/admin/") ? std::max(limits.maxBodyBytes, limits.maxAdminBodyBytes)
                                         : limits.maxBodyBytes;
}

std::size_t requestHeadEnd(std::string_view received)
{
    const std::size_t crlf = received.find("\r\n\r\n");
    const std::size_t lf = received.find("\n\n");
    if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf + 2 <= lf))
        return crlf + 4;
    return lf == std::string_view::npos ? lf : lf + 2;
}

bool hasFoldedLine(std::string_view head)
{
    for (std::size_t at = head.find('\n'); at != std::string_view::npos && at + 1 < head.size();
         at = head.find('\n', at + 1)) {
        if (head[at + 1] == ' ' || head[at + 1] == '\t')
            return true;
    }
    return false;
}

} // namespace gatehouse::gateway
