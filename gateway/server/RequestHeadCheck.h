#pragma once

#include "gateway/http/ErrorBody.h"
#include "gateway/server/HttpLimits.h"

#include <boost/beast/http/message.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace gatehouse::gateway {

// What HttpSession checks once a request's head is read and before its body is: framing that a
// proxy in front of gatehoused could read otherwise (request smuggling), and more header fields
// than any client needs. Beast itself refuses a Content-Length beside chunked, differing
// Content-Lengths and malformed lines; this adds what it lets through: a Transfer-Encoding other
// than exactly one "chunked" (RFC 9112 6.1 and 6.3: 400, as the body's length is unknown), one
// in an HTTP/1.0 request, and header fields beyond limits.maxHeaderFields (431). nullopt: go on.
std::optional<http::ApiError> checkRequestHead(const boost::beast::http::request_header<>& head,
                                               const HttpLimits& limits);

// The largest body a request with this head may send: limits.maxAdminBodyBytes to the admin API
// (paths under /admin/), else limits.maxBodyBytes.
std::size_t bodyLimitFor(const boost::beast::http::request_header<>& head, const HttpLimits& limits);

// Where the head in `received` ends (just past its blank line, CRLF CRLF or a bare LF LF that the
// parser then refuses), or npos when it has not all arrived.
std::size_t requestHeadEnd(std::string_view received);

// Whether a line of `head` after the first begins with a space or tab: obsolete line folding
// (obs-fold), which RFC 9112 5.2 lets a server refuse with 400, and which gatehoused refuses so
// that no proxy in front of it can read a folded header (Transfer-Encoding, say) differently.
bool hasFoldedLine(std::string_view head);

} // namespace gatehouse::gateway
