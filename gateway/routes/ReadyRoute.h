#pragma once

namespace gatehouse::gateway {

class Router;
class UpstreamPool;

// GET /readyz: 200 {"status":"ready"} when the configuration is loaded (always, once serving) and
// at least one upstream takes requests (its circuit is not open); otherwise 503 with an
// OpenAI-shaped error saying why — for load balancers that should send traffic elsewhere.
void addReadyRoute(Router& router, const UpstreamPool& pool);

} // namespace gatehouse::gateway
