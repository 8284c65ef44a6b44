#pragma once

namespace gatehouse::gateway {

class CacheService;
class Router;
class UpstreamPool;

// GET /readyz: 200 {"status":"ready"} when the configuration is loaded (always, once serving) and
// at least one upstream takes requests (its circuit is not open); otherwise 503 with an
// OpenAI-shaped error saying why — for load balancers that should send traffic elsewhere.
// With a response cache, the answer also says {"cache":{"backend","status":"up"|"degraded",
// "problem"}}: a cache that is down leaves the gateway ready (requests bypass the cache).
void addReadyRoute(Router& router, const UpstreamPool& pool, const CacheService* cache = nullptr);

} // namespace gatehouse::gateway
