#include "gateway/routes/AdminCacheRoutes.h"

#include "gateway/cache/CacheEntryJson.h"
#include "gateway/cache/CacheService.h"
#include "gateway/cache/FaqEntry.h"
#include "gateway/http/QueryString.h"
#include "gateway/http/SendFromAnyThread.h"
#include "gateway/pipeline/AdminAuthenticator.h"
#include "gateway/routing/UpstreamPool.h"
#include "gateway/server/Router.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <charconv>

namespace gatehouse::gateway {

namespace {

constexpr std::size_t defaultLimit = 100;
constexpr std::size_t maxLimit = 1000;
constexpr std::int64_t maxSeconds = std::int64_t{366} * 24 * 3600 * 100;

using Writer = std::shared_ptr<http::ResponseWriter>;

http::Response json(unsigned status, const boost::json::value& body)
{
    http::Response response = http::Response::json(status, boost::json::serialize(body));
    response.setHeader("Cache-Control", "no-store");
    return response;
}

http::Response error(unsigned status, std::string message, std::optional<std::string> param, std::string code)
{
    http::Response response =
        http::ApiError{status, std::move(message), "invalid_request_error", std::move(param), std::move(code)}
            .toResponse();
    response.setHeader("Cache-Control", "no-store");
    return response;
}

http::Response unavailable()
{
    http::Response response =
        http::ApiError{503,
                       "The cache backend is down; try again when /readyz reports the cache "
                       "up.",
                       "server_error", std::nullopt, "cache_unavailable"}
            .toResponse();
    response.setHeader("Retry-After", "1");
    return response;
}

http::Response notFound(const std::string& id)
{
    return error(404, "No cache entry has the id '" + id + "' (it may have expired or been evicted).", "id",
                 "cache_entry_not_found");
}

std::optional<std::int64_t> wholeNumber(const std::string& text, std::int64_t min, std::int64_t max)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
        return std::nullopt;
    return value;
}

// The filter of a list or bulk delete from the query string; an error names the parameter.
std::variant<CacheFilter, http::Response> readFilter(const http::QueryString& query, std::int64_t nowMs)
{
    CacheFilter filter;
    filter.text = query.value("q").value_or("");
    filter.model = query.value("model");
    if (const auto pinned = query.value("pinned")) {
        if (*pinned != "true" && *pinned != "false")
            return error(400, "pinned must be true or false, not '" + *pinned + "'.", "pinned",
                         "invalid_value");
        filter.pinned = *pinned == "true";
    }
    for (const char* name : {"older_than", "newer_than"}) {
        if (const auto text = query.value(name)) {
            const auto seconds = wholeNumber(*text, 0, maxSeconds);
            if (!seconds)
                return error(400,
                             std::string(name) + " must be an age in whole seconds, not '" + *text + "'.",
                             name, "invalid_value");
            (std::string_view(name) == "older_than" ? filter.createdBeforeMs : filter.createdAfterMs) =
                nowMs - *seconds * 1000;
        }
    }
    return filter;
}

bool empty(const CacheFilter& filter)
{
    return filter.text.empty() && !filter.model && !filter.pinned && !filter.createdBeforeMs &&
           !filter.createdAfterMs;
}

// Registers an admin route whose work runs on the cache thread.
template <typename Handle>
void addRoute(Router& router, const char* method, const char* path, CacheService* cache,
              const AdminAuthenticator& authenticator, Handle handle)
{
    router.addAsync(
        method, path, authenticator.guardAsync([cache, handle](http::Request request, Writer writer) {
            if (!cache)
                return writer->send(
                    error(409, "The response cache is off ([cache] enabled = false in gatehoused.toml).",
                          std::nullopt, "cache_disabled"));
            handle(*cache, std::move(request), std::move(writer));
        }));
}

void addEntryRoutes(Router& router, CacheService* cache, const AdminAuthenticator& authenticator)
{
    addRoute(router, "GET", "/admin/v1/cache/entries", cache, authenticator,
             [](CacheService& service, http::Request request, Writer writer) {
                 const http::QueryString query(request.target);
                 const std::int64_t now = CacheService::nowMs();
                 auto filter = readFilter(query, now);
                 if (auto* bad = std::get_if<http::Response>(&filter))
                     return writer->send(std::move(*bad));
                 std::size_t limit = defaultLimit;
                 if (const auto text = query.value("limit")) {
                     const auto value = wholeNumber(*text, 1, maxLimit);
                     if (!value)
                         return writer->send(error(400,
                                                   "limit must be a whole number from 1 to " +
                                                       std::to_string(maxLimit) + ", not '" + *text + "'.",
                                                   "limit", "invalid_value"));
                     limit = static_cast<std::size_t>(*value);
                 }
                 std::optional<std::int64_t> cursor;
                 if (const auto text = query.value("cursor"); text && !text->empty()) {
                     cursor = wholeNumber(*text, 1, std::numeric_limits<std::int64_t>::max());
                     if (!cursor)
                         return writer->send(error(
                             400, "cursor must be the next_cursor of a previous page, not '" + *text + "'.",
                             "cursor", "invalid_value"));
                 }
                 service.run([writer, filter = std::get<CacheFilter>(filter), cursor, limit,
                              now](CacheStore* store) {
                     if (!store)
                         return http::sendFromAnyThread(writer, unavailable());
                     const CachePage page = store->list(filter, cursor, limit, now);
                     boost::json::array entries;
                     for (const auto& entry : page.entries)
                         entries.push_back(entrySummaryJson(entry));
                     http::sendFromAnyThread(
                         writer,
                         json(200, {{"entries", std::move(entries)},
                                    {"next_cursor", page.nextCursor
                                                        ? boost::json::value(std::to_string(*page.nextCursor))
                                                        : boost::json::value(nullptr)}}));
                 });
             });

    addRoute(
        router, "DELETE", "/admin/v1/cache/entries", cache, authenticator,
        [](CacheService& service, http::Request request, Writer writer) {
            const http::QueryString query(request.target);
            const std::int64_t now = CacheService::nowMs();
            auto filter = readFilter(query, now);
            if (auto* bad = std::get_if<http::Response>(&filter))
                return writer->send(std::move(*bad));
            if (empty(std::get<CacheFilter>(filter)))
                return writer->send(error(400,
                                          "A bulk delete needs a filter (q, model, pinned, older_than or "
                                          "newer_than); to delete everything, POST /admin/v1/cache/flush.",
                                          std::nullopt, "filter_required"));
            const auto dryRun = query.value("dry_run");
            if (dryRun && *dryRun != "true" && *dryRun != "false")
                return writer->send(error(400, "dry_run must be true or false, not '" + *dryRun + "'.",
                                          "dry_run", "invalid_value"));
            const bool countOnly = dryRun == "true";
            service.run([writer, filter = std::get<CacheFilter>(filter), countOnly, now](CacheStore* store) {
                if (!store)
                    return http::sendFromAnyThread(writer, unavailable());
                const std::uint64_t matched = store->removeMatching(filter, countOnly, now);
                http::sendFromAnyThread(writer, json(200, {{"matched", matched},
                                                           {"deleted", countOnly ? 0 : matched},
                                                           {"dry_run", countOnly}}));
            });
        });

    addRoute(router, "GET", "/admin/v1/cache/entries/{id}", cache, authenticator,
             [](CacheService& service, http::Request request, Writer writer) {
                 service.run([writer, id = std::string(request.pathParameter("id"))](CacheStore* store) {
                     if (!store)
                         return http::sendFromAnyThread(writer, unavailable());
                     const auto entry = store->find(id, CacheService::nowMs());
                     http::sendFromAnyThread(writer,
                                             entry ? json(200, entryDetailJson(*entry)) : notFound(id));
                 });
             });

    addRoute(router, "DELETE", "/admin/v1/cache/entries/{id}", cache, authenticator,
             [](CacheService& service, http::Request request, Writer writer) {
                 service.run([writer, id = std::string(request.pathParameter("id"))](CacheStore* store) {
                     if (!store)
                         return http::sendFromAnyThread(writer, unavailable());
                     if (!store->remove(id))
                         return http::sendFromAnyThread(writer, notFound(id));
                     http::Response done;
                     done.status = 204;
                     http::sendFromAnyThread(writer, std::move(done));
                 });
             });

    addRoute(
        router, "PATCH", "/admin/v1/cache/entries/{id}", cache, authenticator,
        [](CacheService& service, http::Request request, Writer writer) {
            boost::system::error_code ec;
            const boost::json::value body = boost::json::parse(request.body, ec);
            if (ec || !body.is_object())
                return writer->send(error(400,
                                          "The body must be a JSON object such as {\"pinned\": true} or "
                                          "{\"ttl_seconds\": 3600}.",
                                          std::nullopt, "invalid_json"));
            std::optional<bool> pinned;
            std::optional<std::optional<std::int64_t>> ttl; // set: change; inner none: never expires
            for (const auto& member : body.get_object()) {
                if (member.key() == "pinned") {
                    if (!member.value().is_bool())
                        return writer->send(
                            error(400, "pinned must be true or false.", "pinned", "invalid_type"));
                    pinned = member.value().get_bool();
                } else if (member.key() == "ttl_seconds") {
                    if (member.value().is_null()) {
                        ttl = std::optional<std::int64_t>();
                    } else if (member.value().is_int64() && member.value().get_int64() > 0 &&
                               member.value().get_int64() <= maxSeconds) {
                        ttl = std::optional<std::int64_t>(member.value().get_int64());
                    } else {
                        return writer->send(error(400,
                                                  "ttl_seconds must be a whole number of seconds from now, "
                                                  "at least 1, or null for never.",
                                                  "ttl_seconds", "invalid_value"));
                    }
                } else {
                    return writer->send(error(400,
                                              "Unknown field \"" + std::string(member.key()) +
                                                  "\" (known: pinned, ttl_seconds).",
                                              std::string(member.key()), "invalid_value"));
                }
            }
            service.run([writer, id = std::string(request.pathParameter("id")), pinned,
                         ttl](CacheStore* store) {
                if (!store)
                    return http::sendFromAnyThread(writer, unavailable());
                const std::int64_t now = CacheService::nowMs();
                if (!store->find(id, now))
                    return http::sendFromAnyThread(writer, notFound(id));
                if (ttl)
                    store->setExpiry(id,
                                     *ttl ? std::optional<std::int64_t>(now + **ttl * 1000) : std::nullopt);
                if (pinned)
                    store->setPinned(id, *pinned);
                const auto entry = store->find(id, now);
                http::sendFromAnyThread(writer, entry ? json(200, entrySummaryJson(*entry)) : notFound(id));
            });
        });
}

} // namespace

void addAdminCacheRoutes(Router& router, CacheService* cache, const UpstreamPool& pool,
                         const AdminAuthenticator& authenticator)
{
    addEntryRoutes(router, cache, authenticator);

    addRoute(router, "POST", "/admin/v1/cache/faq", cache, authenticator,
             [&pool](CacheService& service, http::Request request, Writer writer) {
                 auto made = makeFaqEntry(
                     request.body,
                     [&pool](std::string_view name) -> std::optional<std::string> {
                         const UpstreamPool::Model* model = pool.model(std::string(name));
                         return model ? std::optional<std::string>(model->name) : std::nullopt;
                     },
                     CacheService::nowMs());
                 if (auto* bad = std::get_if<http::ApiError>(&made))
                     return writer->send(bad->toResponse());
                 service.run([writer, entry = std::get<CacheEntry>(std::move(made))](CacheStore* store) {
                     if (!store)
                         return http::sendFromAnyThread(writer, unavailable());
                     store->put(entry);
                     const auto stored = store->find(entry.key, CacheService::nowMs());
                     http::sendFromAnyThread(writer, json(201, entryDetailJson(stored.value_or(entry))));
                 });
             });

    addRoute(
        router, "POST", "/admin/v1/cache/flush", cache, authenticator,
        [](CacheService& service, http::Request request, Writer writer) {
            const auto all = http::QueryString(request.target).value("include_pinned");
            if (all && *all != "true" && *all != "false")
                return writer->send(error(400, "include_pinned must be true or false, not '" + *all + "'.",
                                          "include_pinned", "invalid_value"));
            CacheFilter filter;
            if (all != "true")
                filter.pinned = false;
            service.run([writer, filter](CacheStore* store) {
                if (!store)
                    return http::sendFromAnyThread(writer, unavailable());
                http::sendFromAnyThread(
                    writer,
                    json(200, {{"deleted", store->removeMatching(filter, false, CacheService::nowMs())}}));
            });
        });

    addRoute(router, "GET", "/admin/v1/cache/stats", cache, authenticator,
             [](CacheService& service, http::Request, Writer writer) {
                 service.run([writer, &service](CacheStore* store) {
                     if (!store)
                         return http::sendFromAnyThread(writer, unavailable());
                     const CacheTotals totals = store->totals();
                     const std::uint64_t lookups = totals.hits + totals.misses;
                     http::sendFromAnyThread(
                         writer,
                         json(200, {{"backend", service.backendName()},
                                    {"location", service.location()},
                                    {"entries", totals.entries},
                                    {"bytes", totals.bytes},
                                    {"max_bytes", service.config().maxBytes},
                                    {"hits", totals.hits},
                                    {"misses", totals.misses},
                                    {"hit_ratio",
                                     lookups ? static_cast<double>(totals.hits) / static_cast<double>(lookups)
                                             : 0.0},
                                    {"saved_tokens", totals.savedTokens},
                                    {"saved_seconds", static_cast<double>(totals.savedMs) / 1000.0}}));
                 });
             });
}

} // namespace gatehouse::gateway
