#include "gateway/routes/ReadyRoute.h"

#include "gateway/cache/CacheService.h"
#include "gateway/http/ErrorBody.h"
#include "gateway/routing/UpstreamPool.h"
#include "gateway/server/Router.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace gatehouse::gateway {

void addReadyRoute(Router& router, const UpstreamPool& pool, const CacheService* cache)
{
    router.add("GET", "/readyz", [&pool, cache](const http::Request&) {
        std::string down;
        bool anyUsable = false;
        for (std::size_t i = 0; i < pool.upstreamCount(); ++i) {
            if (pool.usable(i)) {
                anyUsable = true;
                break;
            }
            down += (down.empty() ? "" : ", ") + pool.upstreamName(i);
        }
        http::Response response;
        if (anyUsable) {
            boost::json::object body{{"status", "ready"}};
            if (cache) {
                boost::json::object state{{"backend", cache->backendName()},
                                          {"status", cache->up() ? "up" : "degraded"}};
                if (!cache->up())
                    state["problem"] = "The cache backend is down (" + cache->problem() +
                                       "); requests bypass the cache until it answers again.";
                body["cache"] = std::move(state);
            }
            response = http::Response::json(200, boost::json::serialize(body));
        } else {
            const std::string why =
                pool.upstreamCount() == 0
                    ? "Not ready: no upstream is configured; add [[upstreams]] to gatehoused.toml."
                    : "Not ready: no upstream is usable: each is failing its health check or its circuit "
                      "breaker "
                      "is open after repeated failures (" +
                          down + "); check that they are reachable.";
            response =
                http::ApiError{503, why, "server_error", std::nullopt, "no_upstream_available"}.toResponse();
        }
        response.setHeader("Cache-Control", "no-store");
        return response;
    });
}

} // namespace gatehouse::gateway
