#pragma once

#include "gateway/http/HttpMessage.h"
#include "gateway/http/ResponseWriter.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace gatehouse::gateway {

// Maps method + path to a handler. Built once before the server starts and only read
// afterwards, so all worker threads share one Router without locking. Unknown paths get 404,
// known paths with another method 405 with an Allow header, both as OpenAI-shaped errors.
// HEAD is served by the GET handler (the server sends the headers without the body).
// A handler is either synchronous (returns the response) or asynchronous (answers through a
// ResponseWriter whenever it is ready, possibly streaming).
//
// A path segment written {name} (/admin/v1/rules/{id}) matches any one non-empty segment; the
// handler reads it, percent-decoded, with Request::pathParameter("id"). Exact paths win over
// such patterns for the methods they have (POST /rules/test beside GET /rules/{id}), and patterns
// are tried in the order they were added.
class Router
{
public:
    using Handler = std::function<http::Response(const http::Request&)>;
    using AsyncHandler = std::function<void(http::Request, std::shared_ptr<http::ResponseWriter>)>;

    void add(std::string method, std::string path, Handler handler);
    void addAsync(std::string method, std::string path, AsyncHandler handler);

    // Hands the request to its handler, which answers through `writer`.
    void dispatch(http::Request request, std::shared_ptr<http::ResponseWriter> writer) const;

    // For synchronous handlers and tests: dispatches and returns what was sent (a streamed
    // body concatenated). An asynchronous handler that has not answered yet gives a 500.
    http::Response route(const http::Request& request) const;

    // The methods `path` answers to, as an Allow header value ("GET, HEAD"); empty if none.
    std::string allowedMethods(std::string_view path) const;

    // Every route as "METHOD /path", patterns as added ("GET /admin/v1/rules/{id}"), sorted; HEAD
    // only where it was added itself. What tests compare with docs/openapi.yaml.
    std::vector<std::string> operations() const;

private:
    using Methods = std::map<std::string, AsyncHandler>;
    struct Pattern
    {
        std::string path;
        std::vector<std::string> segments; // "{name}" for a parameter
        Methods methods;
    };

    struct Candidate
    {
        const Methods* methods;
        std::vector<std::pair<std::string, std::string>> parameters;
    };
    // The routes `path` matches: the exact one first, then the patterns in order.
    std::vector<Candidate> candidates(std::string_view path) const;

    // path -> method -> handler; std::less<> so lookups take a string_view.
    std::map<std::string, Methods, std::less<>> m_routes;
    std::vector<Pattern> m_patterns;
};

} // namespace gatehouse::gateway
