#pragma once

#include "gateway/cache/CacheEntry.h"
#include "gateway/cache/SingleFlight.h"
#include "gateway/http/ErrorBody.h"
#include "gateway/http/HttpMessage.h"

#include <boost/asio/any_io_executor.hpp>

#include <functional>
#include <memory>
#include <optional>

namespace gatehouse::gateway {

class CacheService;
struct ChatExchange;

// The cache lookup and cache store stages (docs/cache.md). Per request: Cache-Control no-store
// bypasses the cache, no-cache skips the lookup but stores the answer, X-Gatehouse-Cache-TTL sets
// the entry's time to live (0: do not store). Only answers to requests within the determinism
// bounds ([cache] max_temperature, n = 1) that succeeded and passed the output filter unchanged
// are stored. Concurrent identical misses share one upstream call (SingleFlight). Without a
// CacheService every request bypasses the cache.
class ResponseCache
{
public:
    using Executor = boost::asio::any_io_executor;
    // The entry to replay, or null: ask an upstream.
    using Then = std::function<void(std::shared_ptr<const CacheEntry>)>;

    explicit ResponseCache(CacheService* service = nullptr);
    virtual ~ResponseCache() = default;

    // Reads the request's cache controls into exchange.cache; an error for a bad
    // X-Gatehouse-Cache-TTL.
    std::optional<http::ApiError> prepare(ChatExchange& exchange, const http::Request& request) const;
    // Looks up (or waits for an identical request in flight); `then` runs on `executor`.
    void lookup(const std::shared_ptr<ChatExchange>& exchange, const Executor& executor, Then then) const;
    // The upstream's complete answer as chat.completion JSON: stored when the exchange's ticket
    // allows it and the content filter let it pass untouched; the ticket's verdict says what
    // happened.
    void store(ChatExchange& exchange, std::string completionJson) const;
    // The exchange is over: lets requests waiting on it go on their own if nothing was stored.
    void finish(ChatExchange& exchange) const;

private:
    CacheService* m_service;
    mutable SingleFlight m_flights;
};

} // namespace gatehouse::gateway
