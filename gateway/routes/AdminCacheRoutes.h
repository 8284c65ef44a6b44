#pragma once

namespace gatehouse::gateway {

class AdminAuthenticator;
class CacheService;
class Router;
class UpstreamPool;

// The cache's admin API, behind the admin token (docs/admin-api.md, docs/openapi.yaml):
//   GET    /admin/v1/cache/entries            list, newest first, cursor paging and filters
//   DELETE /admin/v1/cache/entries            bulk delete by filter (dry_run=true: count only)
//   GET    /admin/v1/cache/entries/{id}       one entry with its request and answer
//   PATCH  /admin/v1/cache/entries/{id}       pin/unpin, change the TTL
//   DELETE /admin/v1/cache/entries/{id}       delete one
//   POST   /admin/v1/cache/faq                create a pinned FAQ answer
//   POST   /admin/v1/cache/flush              delete every unpinned (or every) entry
//   GET    /admin/v1/cache/stats              entries, bytes, hits, misses, savings
// The work runs on the cache thread; `cache` is null when [cache] enabled = false (409).
void addAdminCacheRoutes(Router& router, CacheService* cache, const UpstreamPool& pool,
                         const AdminAuthenticator& authenticator);

} // namespace gatehouse::gateway
