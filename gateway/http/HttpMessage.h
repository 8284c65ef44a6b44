#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The HTTP request and response as the gateway's handlers see them: plain values, so handlers and
// (later) pipeline stages are written and tested without Boost.Beast, which only
// server/HttpSession.cpp touches.
namespace gatehouse::gateway::http {

using Header = std::pair<std::string, std::string>;

struct Request
{
    std::string method; // "GET", "POST", ... as sent (HTTP methods are case-sensitive)
    std::string target; // request target as sent: path plus optional "?query"
    std::vector<Header> headers;
    std::string body;
    // Filled by the Router from a route such as /admin/v1/rules/{id}: name → percent-decoded value.
    std::vector<std::pair<std::string, std::string>> pathParameters;

    // The target without its query string.
    std::string_view path() const;
    // The value of the route's {name} segment, or empty.
    std::string_view pathParameter(std::string_view name) const;
    // The first header named `name` (case-insensitive), or empty.
    std::string_view header(std::string_view name) const;
};

struct Response
{
    unsigned status = 200;
    std::vector<Header> headers; // Content-Length and Connection are set by the server
    std::string body;

    // A response with a JSON body and Content-Type application/json.
    static Response json(unsigned status, std::string body);
    void setHeader(std::string name, std::string value);
    std::string_view header(std::string_view name) const;
};

} // namespace gatehouse::gateway::http
