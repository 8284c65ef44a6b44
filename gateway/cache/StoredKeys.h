#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string_view>
#include <unordered_map>

namespace gatehouse::gateway {

// Which keys a cache that only this gatehoused writes (SQLite) holds, so that a worker can tell
// a miss on its own thread: a key not here is in no row of the store, and asking the cache
// thread (a hand-off there and back and a SQLite read) would find nothing. Keys are kept as
// 64-bit hashes, each counted: two keys that share a hash only cost one lookup that finds
// nothing, and removing one of them leaves the other known. The cache thread keeps it true to the
// store (every key at opening, then each one the store adds or removes); workers only ask.
// Thread-safe.
class StoredKeys
{
public:
    void add(std::string_view key);
    void remove(std::string_view key);
    void clear();

    // False only when no entry of the store has `key`.
    bool mayHold(std::string_view key) const;
    // How many keys are held (a key added twice counts twice).
    std::size_t size() const;

private:
    static std::uint64_t hashOf(std::string_view key);

    mutable std::mutex m_mutex;
    std::unordered_map<std::uint64_t, std::uint32_t> m_counts;
    std::size_t m_size = 0;
};

} // namespace gatehouse::gateway
