#include "gateway/routes/AdminInfoRoute.h"

#include "core/buildinfo/BuildInfo.h"
#include "gateway/config/GatewayConfig.h"
#include "gateway/pipeline/AdminAuthenticator.h"
#include "gateway/routing/UpstreamPool.h"
#include "gateway/server/Router.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <chrono>

namespace gatehouse::gateway {

namespace {

const char* kindName(UpstreamConfig::Kind kind)
{
    return kind == UpstreamConfig::Kind::Demo ? "demo" : "openai";
}

} // namespace

void addAdminInfoRoute(Router& router, const GatewayConfig& config, const UpstreamPool& pool,
                       const AdminAuthenticator& authenticator)
{
    static const auto firstStart = std::chrono::steady_clock::now(); // a config reload keeps the uptime
    const auto started = firstStart;
    router.add("GET", "/admin/v1/info", authenticator.guard([&config, &pool, started](const http::Request&) {
        boost::json::array upstreams;
        for (const auto& upstream : config.routing.upstreams) {
            upstreams.push_back(
                boost::json::object{{"name", upstream.name}, {"kind", kindName(upstream.kind)}});
        }
        boost::json::array models;
        for (const auto& model : pool.models()) {
            boost::json::array members;
            for (const auto& member : model.members)
                members.push_back(boost::json::value(pool.upstreamName(member.upstream)));
            models.push_back(boost::json::object{{"name", model.name}, {"upstreams", std::move(members)}});
        }
        const auto uptime = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const boost::json::value body = {
            {"product", std::string(buildinfo::productName())},
            {"version", std::string(buildinfo::version())},
            {"uptime_seconds", uptime},
            {"config",
             {{"listen", config.server.listen.toString()},
              {"workers", config.effectiveWorkers()},
              {"upstreams", std::move(upstreams)},
              {"models", std::move(models)}}},
        };
        return http::Response::json(200, boost::json::serialize(body));
    }));
}

} // namespace gatehouse::gateway
