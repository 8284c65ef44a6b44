#pragma once

#include "gateway/server/Router.h"

namespace gatehouse::gateway {

class AdminAuthenticator;
class CacheService;
class LiveRuleSet;
class UpstreamPool;
struct ChatPipeline;
struct GatewayConfig;
namespace access {
class AccessKeyRegistry;
}
namespace metrics {
struct GatewayMetrics;
}

// Every route gatehoused serves, in one place so that runGateway and the in-process fuzz target
// (tests/fuzz/http_request) answer with the same table. `cache` may be null (no [cache]).

// The admin API (/admin/v1/...), each route behind `admin`.
void addAdminRoutes(Router& router, const GatewayConfig& config, UpstreamPool& pool,
                    access::AccessKeyRegistry& keys, LiveRuleSet& rules, CacheService* cache,
                    const AdminAuthenticator& admin);

// The client API; the admin API too unless [admin] listen gives it its own address.
Router makeRouter(const GatewayConfig& config, UpstreamPool& pool, const ChatPipeline& pipeline,
                  const metrics::GatewayMetrics& metrics, const AdminAuthenticator& admin,
                  access::AccessKeyRegistry& keys, LiveRuleSet& rules, CacheService* cache);

} // namespace gatehouse::gateway
