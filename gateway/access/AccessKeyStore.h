#pragma once

#include "gateway/access/AccessKey.h"
#include "gateway/state/SqliteDatabase.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace gatehouse::gateway::access {

// The access keys in the state database (state.db, migration track "access_keys"): one row per
// key with the SHA-256 of its secret — never the secret. Not thread-safe; AccessKeyRegistry
// serialises the writes. Every method throws state::StateError naming the file and the cause.
class AccessKeyStore
{
public:
    // Opens (creating and migrating) the database file; ":memory:" for tests.
    explicit AccessKeyStore(const std::filesystem::path& file);

    std::vector<AccessKey> load();
    // Whether a key was ever created here (it stays true after the last key is deleted).
    bool keysEverCreated();

    void insert(const AccessKey& key);
    void update(const AccessKey& key);
    // false when there was no such key.
    bool remove(const std::string& id);
    // Writes many keys' last_used_at in one transaction (only ever moving it forward).
    void recordLastUsed(const std::vector<std::pair<std::string, std::int64_t>>& uses);

private:
    state::SqliteDatabase m_db;
};

} // namespace gatehouse::gateway::access
