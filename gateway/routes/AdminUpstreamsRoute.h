#pragma once

namespace gatehouse::gateway {

class AdminAuthenticator;
class Router;
class UpstreamPool;
struct GatewayConfig;

// GET /admin/v1/upstreams, behind the admin token: each configured upstream with its kind, base
// URL (without credentials or query), the models it serves, and its live state from the
// UpstreamPool — usable, circuit, requests in flight, attempts and failures since start, p50/p95
// attempt latency over the recent window, the last error. Never keys or where they come from.
void addAdminUpstreamsRoute(Router& router, const GatewayConfig& config, const UpstreamPool& pool,
                            const AdminAuthenticator& authenticator);

} // namespace gatehouse::gateway
