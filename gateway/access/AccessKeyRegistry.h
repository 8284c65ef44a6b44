#pragma once

#include "gateway/access/AccessKey.h"
#include "gateway/access/AccessKeyStore.h"
#include "gateway/access/KeyUsage.h"
#include "gateway/state/StateWriteThread.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace gatehouse::gateway::access {

// A key as the request path sees it: its settings and its usage.
struct ActiveKey
{
    AccessKey key;
    std::shared_ptr<KeyUsage> usage;
};

// An immutable picture of every access key, looked up by the hash of the presented secret. The
// request path reads it without locks or database reads; admin writes replace it whole.
struct KeySnapshot
{
    std::unordered_map<std::string, std::shared_ptr<const ActiveKey>> byHash; // 32 raw bytes -> key
    std::vector<std::shared_ptr<const ActiveKey>> inOrder;                    // oldest first
    bool keysRequired = false; // requests without a valid key are refused

    // The key whose hash is `hash` (the match is confirmed in constant time), or null.
    std::shared_ptr<const ActiveKey> find(const KeyHash& hash) const;
};

// A change an admin asked for; unset fields stay as they are.
struct KeyChange
{
    std::optional<std::string> name;
    std::optional<std::vector<std::string>> models;
    std::optional<std::optional<std::int64_t>> rpm; // set to nullopt: unlimited
    std::optional<std::optional<std::int64_t>> tpm;
    std::optional<std::optional<std::int64_t>> expiresAt;
    std::optional<bool> enabled;
    std::optional<bool> logContent;
    // Create only: a key whose secret was made elsewhere — by the console, to hold one key on
    // every gateway of a fleet — given as its SHA-256 and the prefix listings show.
    struct Imported
    {
        KeyHash hash;
        std::string prefix;
    };
    std::optional<Imported> imported;
};

// Another key already has the name.
class KeyNameTaken : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Another key already has the imported secret.
class KeySecretTaken : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The access keys of a running gatehoused: the database (AccessKeyStore) as the truth, and a
// snapshot for the request path and listings. Admin writes are serialised: the database is
// written first, then the snapshot swapped atomically, so a revoked key is refused by the very
// next request on any thread. last_used_at is kept in memory and written lazily by
// flushLastUsed() (a timer posts it), never once per request. gatehoused runs every write on the
// registry's own thread (post()), so a worker never waits on the database; list() never waits on
// a write.
class AccessKeyRegistry
{
public:
    // `requireKeys` is [access] require_keys; unset: keys are required once one was ever created.
    AccessKeyRegistry(std::unique_ptr<AccessKeyStore> store, std::optional<bool> requireKeys);

    std::shared_ptr<const KeySnapshot> snapshot() const { return m_snapshot.load(std::memory_order_acquire); }

    // Every key, oldest first, with the newest last use; from the snapshot, without locks.
    std::vector<AccessKey> list() const;

    struct Created
    {
        AccessKey key;
        std::string secret; // the only time it exists outside the client; empty when imported
    };
    // `change.name` must be set. Throws KeyNameTaken, KeySecretTaken (an imported hash another
    // key has), or state::StateError (nothing changed).
    Created create(const KeyChange& change);
    // nullopt: no key with this id. Throws KeyNameTaken, or state::StateError (nothing changed).
    std::optional<AccessKey> update(const std::string& id, const KeyChange& change);
    // false: no key with this id.
    bool revoke(const std::string& id);

    // Writes the last uses seen since the previous flush to the database.
    void flushLastUsed();

    // Runs `job` on the registry's write thread, after the jobs posted before it.
    void post(std::function<void()> job) { m_writes.post(std::move(job)); }
    // Waits for the posted jobs and ends the write thread; later posts are dropped.
    void stop() { m_writes.stop(); }

private:
    void publish(); // builds and swaps in a new snapshot; m_mutex held
    AccessKey withLastUse(const AccessKey& key) const;

    mutable std::mutex m_mutex; // admin writes and flushes
    std::unique_ptr<AccessKeyStore> m_store;
    std::optional<bool> m_requireKeys;
    bool m_keysEverCreated = false;
    std::vector<AccessKey> m_keys;                            // as in the database
    std::map<std::string, std::shared_ptr<KeyUsage>> m_usage; // by id
    std::atomic<std::shared_ptr<const KeySnapshot>> m_snapshot;
    state::StateWriteThread m_writes; // last: its jobs use the rest
};

} // namespace gatehouse::gateway::access
