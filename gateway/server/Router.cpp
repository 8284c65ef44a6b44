#include "gateway/server/Router.h"

#include "gateway/http/ErrorBody.h"
#include "gateway/http/RecordingResponseWriter.h"

#include <set>
#include <stdexcept>

namespace gatehouse::gateway {

void Router::add(std::string method, std::string path, Handler handler)
{
    addAsync(
        std::move(method), std::move(path),
        [handler = std::move(handler)](http::Request request, std::shared_ptr<http::ResponseWriter> writer) {
            writer->send(handler(request));
        });
}

void Router::addAsync(std::string method, std::string path, AsyncHandler handler)
{
    auto& methods = m_routes[std::move(path)];
    if (!methods.emplace(std::move(method), std::move(handler)).second)
        throw std::logic_error("Router::add: route registered twice");
}

http::Response Router::route(const http::Request& request) const
{
    auto writer = std::make_shared<http::RecordingResponseWriter>();
    dispatch(request, writer);
    if (!writer->response())
        return http::internalError().toResponse();
    return *writer->response();
}

void Router::dispatch(http::Request request, std::shared_ptr<http::ResponseWriter> writer) const
{
    const std::string_view path = request.path();
    const auto routes = m_routes.find(path);
    if (routes == m_routes.end())
        return writer->send(http::notFoundError(request.method, path).toResponse());

    const auto& methods = routes->second;
    auto handler = methods.find(request.method);
    if (handler == methods.end() && request.method == "HEAD")
        handler = methods.find("GET");
    if (handler == methods.end()) {
        const std::string allowed = allowedMethods(path);
        http::Response response = http::methodNotAllowedError(request.method, path, allowed).toResponse();
        response.setHeader("Allow", allowed);
        return writer->send(std::move(response));
    }
    handler->second(std::move(request), std::move(writer));
}

std::string Router::allowedMethods(std::string_view path) const
{
    const auto routes = m_routes.find(path);
    if (routes == m_routes.end())
        return {};
    std::set<std::string> methods;
    for (const auto& entry : routes->second)
        methods.insert(entry.first);
    if (methods.contains("GET"))
        methods.insert("HEAD");
    std::string allowed;
    for (const auto& method : methods)
        allowed += (allowed.empty() ? "" : ", ") + method;
    return allowed;
}

} // namespace gatehouse::gateway
