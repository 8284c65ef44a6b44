#pragma once

#include "gateway/http/HttpMessage.h"

#include <functional>
#include <map>
#include <string>

namespace gatehouse::gateway {

// Maps method + exact path to a handler. Built once before the server starts and only read
// afterwards, so all worker threads share one Router without locking. Unknown paths get 404,
// known paths with another method 405 with an Allow header, both as OpenAI-shaped errors.
// HEAD is served by the GET handler (the server sends the headers without the body).
class Router
{
public:
    using Handler = std::function<http::Response(const http::Request&)>;

    void add(std::string method, std::string path, Handler handler);

    http::Response route(const http::Request& request) const;

    // The methods `path` answers to, as an Allow header value ("GET, HEAD"); empty if none.
    std::string allowedMethods(std::string_view path) const;

private:
    // path -> method -> handler; std::less<> so lookups take a string_view.
    std::map<std::string, std::map<std::string, Handler>, std::less<>> m_routes;
};

} // namespace gatehouse::gateway
