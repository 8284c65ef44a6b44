#pragma once

#include "gateway/cache/CacheEntry.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gatehouse::gateway {

// A cache backend that failed (SQLite error, Redis gone). what() is one sentence naming the
// backend and the reason.
class CacheStoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Which entries an admin list or bulk delete means. Empty members match everything.
struct CacheFilter
{
    std::string text; // occurs in the prompt (ASCII case-insensitive)
    std::optional<std::string> model;
    std::optional<bool> pinned;
    std::optional<std::int64_t> createdBeforeMs; // older_than
    std::optional<std::int64_t> createdAfterMs;  // newer_than
};

struct CachePage
{
    std::vector<CacheEntry> entries;        // newest first
    std::optional<std::int64_t> nextCursor; // the sequence to continue below; none on the last page
};

// Lifetime counters and the current size of a cache.
struct CacheTotals
{
    std::uint64_t entries = 0;
    std::uint64_t bytes = 0;
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::uint64_t savedTokens = 0;
    std::uint64_t savedMs = 0;
};

// Hits gathered since the last flush, written in one go (a hit does not cost a write of its own).
struct HitBatch
{
    struct Hit
    {
        std::string key;
        std::uint64_t count = 0;
        std::int64_t lastMs = 0;
    };
    std::vector<Hit> hits;
    std::uint64_t misses = 0;
    std::uint64_t savedTokens = 0;
    std::uint64_t savedMs = 0;

    bool empty() const { return hits.empty() && misses == 0; }
};

// Where cache entries live: SQLite (SqliteCacheStore) or Redis (RedisCacheStore). Every method
// runs on the cache's own thread (CacheService), never on a worker; failures throw
// CacheStoreError. Entries are listed newest first by `sequence`, which a new entry takes from a
// counter and a rewrite keeps, so a cursor never shows an entry twice or skips one that existed
// throughout, whatever is written meanwhile.
class CacheStore
{
public:
    virtual ~CacheStore() = default;

    // The entry under `key` unless it expired.
    virtual std::optional<CacheEntry> find(const std::string& key, std::int64_t nowMs) = 0;
    // Inserts or replaces the entry (a replaced entry's hits start again; it keeps its sequence).
    virtual void put(const CacheEntry& entry) = 0;
    virtual void recordHits(const HitBatch& batch) = 0;
    // Removes least recently used unpinned entries until the cache holds at most `maxBytes`;
    // returns how many went.
    virtual std::uint64_t evict(std::uint64_t maxBytes) = 0;
    // Removes entries whose time ran out; returns how many.
    virtual std::uint64_t removeExpired(std::int64_t nowMs) = 0;

    virtual CachePage list(const CacheFilter& filter, std::optional<std::int64_t> cursor, std::size_t limit,
                           std::int64_t nowMs) = 0;
    // Removes (or with dryRun only counts) the matching entries.
    virtual std::uint64_t removeMatching(const CacheFilter& filter, bool dryRun, std::int64_t nowMs) = 0;
    virtual bool remove(const std::string& key) = 0;
    virtual bool setPinned(const std::string& key, bool pinned) = 0;
    // none: never expires.
    virtual bool setExpiry(const std::string& key, std::optional<std::int64_t> expiresMs) = 0;
    virtual CacheTotals totals() = 0;

    // Every key the store holds, expired or not, passed to `each`, for a store only this
    // gatehoused writes; false, passing none, for a store shared with other gatehoused (Redis),
    // whose keys change under this one.
    virtual bool forEachKey(const std::function<void(std::string_view key)>& each) = 0;

    // What a change did to the entry under its key.
    enum class Change
    {
        Added,   // there was none under the key
        Changed, // replaced, pinned or unpinned, given a new expiry
        Removed, // deleted, expired, evicted or flushed
    };
    // Called on the cache thread with the key of each entry this store adds, replaces, changes
    // (pin, expiry) or removes, once the change is made — not for hit counts. A store only this
    // gatehoused writes (SQLite) sees every change and tells each, so that what is kept in memory
    // of its entries (HotEntries, StoredKeys) can follow; a store shared with other gatehoused
    // (Redis) changes under them too, so nothing may keep copies of its entries.
    using ChangeListener = std::function<void(std::string_view key, Change change)>;
    void setChangeListener(ChangeListener listener) { m_changed = std::move(listener); }

protected:
    void changed(std::string_view key, Change change) const
    {
        if (m_changed)
            m_changed(key, change);
    }

private:
    ChangeListener m_changed;
};

} // namespace gatehouse::gateway
