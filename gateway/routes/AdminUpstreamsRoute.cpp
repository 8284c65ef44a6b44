#include "gateway/routes/AdminUpstreamsRoute.h"

#include "gateway/config/GatewayConfig.h"
#include "gateway/pipeline/AdminAuthenticator.h"
#include "gateway/routing/UpstreamPool.h"
#include "gateway/server/Router.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace gatehouse::gateway {

namespace {

const char* circuitName(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return "closed";
    case CircuitBreaker::State::Open:
        return "open";
    case CircuitBreaker::State::HalfOpen:
        return "half_open";
    }
    return "closed";
}

// The "user:password@" of a URL, or empty.
std::string userInfo(const std::string& url)
{
    const std::size_t scheme = url.find("://");
    const std::size_t hostStart = scheme == std::string::npos ? 0 : scheme + 3;
    const std::size_t hostEnd = url.find_first_of("/?#", hostStart);
    const std::size_t at = url.rfind('@', hostEnd == std::string::npos ? url.size() : hostEnd);
    return at != std::string::npos && at >= hostStart ? url.substr(hostStart, at + 1 - hostStart)
                                                      : std::string();
}

// The base URL without user:password@ and without the query, which may carry credentials.
std::string displayUrl(const std::string& url)
{
    std::string shown = url.substr(0, url.find('?'));
    const std::string info = userInfo(shown);
    if (!info.empty())
        shown.erase(shown.find(info), info.size());
    return shown;
}

// An error message without the credentials a URL in it may carry.
std::string withoutUserInfo(std::string message, const std::string& info)
{
    if (info.empty())
        return message;
    for (std::size_t at = message.find(info); at != std::string::npos; at = message.find(info, at))
        message.erase(at, info.size());
    return message;
}

boost::json::value optionalNumber(const std::optional<double>& value)
{
    return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

} // namespace

void addAdminUpstreamsRoute(Router& router, const GatewayConfig& config, const UpstreamPool& pool,
                            const AdminAuthenticator& authenticator)
{
    router.add("GET", "/admin/v1/upstreams", authenticator.guard([&config, &pool](const http::Request&) {
        boost::json::array upstreams;
        for (std::size_t i = 0; i < pool.upstreamCount(); ++i) {
            const std::string& name = pool.upstreamName(i);
            const UpstreamConfig* upstream = config.routing.upstream(name);
            const bool demo = upstream && upstream->kind == UpstreamConfig::Kind::Demo;
            boost::json::array models;
            for (const auto& model : pool.models()) {
                for (const auto& member : model.members) {
                    if (member.upstream == i) {
                        models.emplace_back(model.name);
                        break;
                    }
                }
            }
            const UpstreamPool::Status status = pool.status(i);
            upstreams.push_back(boost::json::object{
                {"name", name},
                {"kind", demo ? "demo" : "openai"},
                {"url", demo || !upstream ? boost::json::value(nullptr)
                                          : boost::json::value(displayUrl(upstream->baseUrl))},
                {"models", std::move(models)},
                {"healthy", status.usable},
                {"circuit", circuitName(status.circuit)},
                {"in_flight", status.inFlight},
                {"requests", status.requests},
                {"failures", status.failures},
                {"latency_ms",
                 {{"p50", optionalNumber(status.p50Ms)}, {"p95", optionalNumber(status.p95Ms)}}},
                {"last_error",
                 status.lastError && upstream
                     ? boost::json::value(withoutUserInfo(*status.lastError, userInfo(upstream->baseUrl)))
                     : boost::json::value(nullptr)},
            });
        }
        return http::Response::json(200,
                                    boost::json::serialize(boost::json::object{{"upstreams", upstreams}}));
    }));
}

} // namespace gatehouse::gateway
