#include "gateway/server/Router.h"

#include "gateway/http/ErrorBody.h"
#include "gateway/http/RecordingResponseWriter.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace gatehouse::gateway {

namespace {

std::vector<std::string_view> segmentsOf(std::string_view path)
{
    std::vector<std::string_view> segments;
    std::size_t start = path.starts_with('/') ? 1 : 0;
    while (start <= path.size()) {
        const std::size_t slash = path.find('/', start);
        const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
        segments.push_back(path.substr(start, end - start));
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return segments;
}

bool isParameter(std::string_view segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// %XX sequences decoded; a malformed one is kept as written.
std::string percentDecoded(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
            hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

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
    Methods* methods = nullptr;
    if (path.find('{') == std::string::npos) {
        methods = &m_routes[std::move(path)];
    } else {
        for (Pattern& pattern : m_patterns) {
            if (pattern.path == path)
                methods = &pattern.methods;
        }
        if (!methods) {
            Pattern pattern;
            for (const std::string_view segment : segmentsOf(path))
                pattern.segments.emplace_back(segment);
            pattern.path = std::move(path);
            m_patterns.push_back(std::move(pattern));
            methods = &m_patterns.back().methods;
        }
    }
    if (!methods->emplace(std::move(method), std::move(handler)).second)
        throw std::logic_error("Router::add: route registered twice");
}

std::vector<Router::Candidate> Router::candidates(std::string_view path) const
{
    std::vector<Candidate> found;
    if (const auto exact = m_routes.find(path); exact != m_routes.end())
        found.push_back({&exact->second, {}});
    if (m_patterns.empty())
        return found;
    const std::vector<std::string_view> segments = segmentsOf(path);
    for (const Pattern& pattern : m_patterns) {
        if (pattern.segments.size() != segments.size())
            continue;
        Candidate candidate{&pattern.methods, {}};
        bool matches = true;
        for (std::size_t i = 0; i < segments.size() && matches; ++i) {
            if (isParameter(pattern.segments[i])) {
                matches = !segments[i].empty();
                const std::string& name = pattern.segments[i];
                candidate.parameters.emplace_back(name.substr(1, name.size() - 2),
                                                  percentDecoded(segments[i]));
            } else {
                matches = pattern.segments[i] == segments[i];
            }
        }
        if (matches)
            found.push_back(std::move(candidate));
    }
    return found;
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
    std::vector<Candidate> found = candidates(path);
    if (found.empty())
        return writer->send(http::notFoundError(request.method, path).toResponse());

    for (const bool headAsGet : {false, true}) {
        if (headAsGet && request.method != "HEAD")
            break;
        for (Candidate& candidate : found) {
            const auto handler = candidate.methods->find(headAsGet ? std::string("GET") : request.method);
            if (handler == candidate.methods->end())
                continue;
            request.pathParameters = std::move(candidate.parameters);
            return handler->second(std::move(request), std::move(writer));
        }
    }
    const std::string allowed = allowedMethods(path);
    http::Response response = http::methodNotAllowedError(request.method, path, allowed).toResponse();
    response.setHeader("Allow", allowed);
    writer->send(std::move(response));
}

std::string Router::allowedMethods(std::string_view path) const
{
    std::set<std::string> methods;
    for (const Candidate& candidate : candidates(path)) {
        for (const auto& entry : *candidate.methods)
            methods.insert(entry.first);
    }
    if (methods.contains("GET"))
        methods.insert("HEAD");
    std::string allowed;
    for (const auto& method : methods)
        allowed += (allowed.empty() ? "" : ", ") + method;
    return allowed;
}

std::vector<std::string> Router::operations() const
{
    std::vector<std::string> found;
    for (const auto& [path, methods] : m_routes) {
        for (const auto& entry : methods)
            found.push_back(entry.first + " " + path);
    }
    for (const Pattern& pattern : m_patterns) {
        for (const auto& entry : pattern.methods)
            found.push_back(entry.first + " " + pattern.path);
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace gatehouse::gateway
