#pragma once

namespace gatehouse::gateway {

class AdminAuthenticator;
class Router;
class UpstreamPool;

namespace access {
class AccessKeyRegistry;
}

// The access keys of the admin API, behind the admin token (docs/admin-api.md):
//   GET    /admin/v1/keys       → 200 {"keys":[Key…]}            (never a secret or hash)
//   POST   /admin/v1/keys       → 201 {"key":Key,"secret":"gk-…"} (the only time the secret is shown)
//   PATCH  /admin/v1/keys/{id}  → 200 {"key":Key}
//   DELETE /admin/v1/keys/{id}  → 204, the key refused from the next request on
// Bad fields → 400 naming the field in `param`; a taken name → 409; an unknown id → 404.
// `keys`, `pool` and `authenticator` must outlive the router.
void addAdminKeysRoutes(Router& router, access::AccessKeyRegistry& keys, const UpstreamPool& pool,
                        const AdminAuthenticator& authenticator);

} // namespace gatehouse::gateway
