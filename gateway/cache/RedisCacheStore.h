#pragma once

#include "gateway/cache/CacheStore.h"
#include "gateway/cache/RedisConnection.h"

#include <memory>

namespace gatehouse::gateway {

// The shared cache backend: Redis, used by every gatehoused that names the same redis_url and
// key_prefix. Each entry is a hash PREFIX e:KEY; sorted sets index it by sequence (PREFIX order,
// for paging), by last use (PREFIX lru, unpinned only) and by expiry (PREFIX expiry); PREFIX bytes
// and PREFIX stats hold the totals. Writes that touch more than one key run as Lua scripts, so
// that instances sharing the cache never see half an entry or a wrong byte count.
class RedisCacheStore : public CacheStore
{
public:
    // Connects (throws CacheStoreError when Redis does not answer within `timeout`).
    RedisCacheStore(const RedisAddress& address, std::string prefix, std::chrono::milliseconds timeout);

    std::optional<CacheEntry> find(const std::string& key, std::int64_t nowMs) override;
    void put(const CacheEntry& entry) override;
    void recordHits(const HitBatch& batch) override;
    std::uint64_t evict(std::uint64_t maxBytes) override;
    std::uint64_t removeExpired(std::int64_t nowMs) override;
    CachePage list(const CacheFilter& filter, std::optional<std::int64_t> cursor, std::size_t limit,
                   std::int64_t nowMs) override;
    std::uint64_t removeMatching(const CacheFilter& filter, bool dryRun, std::int64_t nowMs) override;
    bool remove(const std::string& key) override;
    bool setPinned(const std::string& key, bool pinned) override;
    bool setExpiry(const std::string& key, std::optional<std::int64_t> expiresMs) override;
    CacheTotals totals() override;
    bool forEachKey(const std::function<void(std::string_view key)>& each) override;

private:
    std::string entryKey(std::string_view key) const { return m_prefix + "e:" + std::string(key); }
    // Visits entries newest first from below `cursor`, in batches; stops when `visit` returns false.
    template <typename Visit> void scan(std::optional<std::int64_t> cursor, Visit visit);
    std::uint64_t removeKeys(const std::vector<std::string>& keys);

    std::unique_ptr<RedisConnection> m_redis;
    std::string m_prefix;
};

} // namespace gatehouse::gateway
