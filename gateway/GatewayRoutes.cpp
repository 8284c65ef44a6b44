#include "gateway/GatewayRoutes.h"

#include "gateway/config/GatewayConfig.h"
#include "gateway/routes/AdminCacheRoutes.h"
#include "gateway/routes/AdminInfoRoute.h"
#include "gateway/routes/AdminKeysRoute.h"
#include "gateway/routes/AdminRulesRoute.h"
#include "gateway/routes/AdminRulesTestRoute.h"
#include "gateway/routes/AdminUpstreamsRoute.h"
#include "gateway/routes/ChatCompletionsRoute.h"
#include "gateway/routes/HealthRoute.h"
#include "gateway/routes/MetricsRoute.h"
#include "gateway/routes/ModelsRoute.h"
#include "gateway/routes/ReadyRoute.h"

namespace gatehouse::gateway {

void addAdminRoutes(Router& router, const GatewayConfig& config, UpstreamPool& pool,
                    access::AccessKeyRegistry& keys, LiveRuleSet& rules, CacheService* cache,
                    const AdminAuthenticator& admin)
{
    addAdminInfoRoute(router, config, pool, admin);
    addAdminKeysRoutes(router, keys, pool, admin);
    addAdminUpstreamsRoute(router, config, pool, admin);
    addAdminRulesRoutes(router, rules, admin);
    addAdminRulesTestRoute(router, rules, admin);
    addAdminCacheRoutes(router, cache, pool, admin);
}

Router makeRouter(const GatewayConfig& config, UpstreamPool& pool, const ChatPipeline& pipeline,
                  const metrics::GatewayMetrics& metrics, const AdminAuthenticator& admin,
                  access::AccessKeyRegistry& keys, LiveRuleSet& rules, CacheService* cache)
{
    Router router;
    if (!config.admin.listen)
        addAdminRoutes(router, config, pool, keys, rules, cache, admin);
    addHealthRoute(router);
    addReadyRoute(router, pool, cache);
    addMetricsRoute(router, metrics, pool);
    addModelsRoute(router, pool, keys);
    addChatCompletionsRoute(router, pool, pipeline);
    return router;
}

} // namespace gatehouse::gateway
