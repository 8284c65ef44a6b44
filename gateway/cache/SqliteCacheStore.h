#pragma once

#include "gateway/cache/CacheStore.h"
#include "gateway/cache/WalCheckpointer.h"
#include "gateway/state/SqliteDatabase.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

namespace gatehouse::gateway {

// The default cache backend: one SQLite file (cache.db in the state directory, WAL) used by
// this gatehoused alone, through one connection on the cache thread (and one more that only
// checkpoints the WAL, off that thread). Entry count and bytes are
// kept in memory after one count at opening, so that eviction needs no full scan.
class SqliteCacheStore : public CacheStore
{
public:
    // Throws CacheStoreError when the file cannot be opened or migrated.
    explicit SqliteCacheStore(const std::filesystem::path& file);

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
    void recount();
    std::uint64_t removeWhere(const std::string& where,
                              const std::function<void(state::SqliteStatement&)>& bind);

    std::unique_ptr<state::SqliteDatabase> m_db;
    std::optional<state::SqliteStatement>
        m_find; // prepared once: every hit runs it (after m_db: freed first)
    std::uint64_t m_entries = 0;
    std::uint64_t m_bytes = 0;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // last: stops before the connection closes
};

} // namespace gatehouse::gateway
