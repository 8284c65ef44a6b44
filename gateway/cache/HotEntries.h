#pragma once

#include "gateway/cache/CacheEntry.h"

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace gatehouse::gateway {

// The most recently used entries of a cache that only this gatehoused writes (SQLite), kept in
// memory so that a hit on one is answered on the worker's own thread: no hand-off to the cache
// thread and back, no SQLite read. The cache thread keeps it true to the store — it adds what it
// stores or finds, and drops what the store changes or removes (CacheStore::setChangeListener);
// workers only read. Bounded by bytes (CacheEntry::bytes() plus the bookkeeping per entry); the
// least recently used go first. Thread-safe.
class HotEntries
{
public:
    explicit HotEntries(std::uint64_t maxBytes);

    // The entry under `key` unless it expired (an expired one is dropped); null if not held.
    std::shared_ptr<const CacheEntry> find(std::string_view key, std::int64_t nowMs);
    // Holds `entry` (replacing one under its key), then drops the least recently used beyond the bound.
    void put(std::shared_ptr<const CacheEntry> entry);
    void erase(std::string_view key);
    void clear();

    std::uint64_t bytes() const;
    std::size_t size() const;

    // What one entry counts against the bound.
    static std::uint64_t cost(const CacheEntry& entry);

private:
    using Order = std::list<std::shared_ptr<const CacheEntry>>; // most recently used first
    void eraseLocked(Order::iterator it);

    std::uint64_t m_maxBytes;
    mutable std::mutex m_mutex;
    Order m_order;
    // Keys are views of the entries' own keys, which live as long as the entry is held.
    std::unordered_map<std::string_view, Order::iterator> m_index;
    std::uint64_t m_bytes = 0;
};

} // namespace gatehouse::gateway
