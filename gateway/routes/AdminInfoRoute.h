#pragma once

namespace gatehouse::gateway {

class AdminAuthenticator;
class Router;
class UpstreamPool;
struct GatewayConfig;

// GET /admin/v1/info, behind the admin token: version, uptime and a summary of the configuration
// (listen address, workers, upstream names and kinds, models and their upstreams) — never keys,
// tokens, or where they come from.
void addAdminInfoRoute(Router& router, const GatewayConfig& config, const UpstreamPool& pool,
                       const AdminAuthenticator& authenticator);

} // namespace gatehouse::gateway
