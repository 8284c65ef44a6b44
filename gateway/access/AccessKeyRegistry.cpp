#include "gateway/access/AccessKeyRegistry.h"

#include "gateway/access/KeySecret.h"
#include "gateway/admin/Rfc3339.h"

#include <algorithm>

namespace gatehouse::gateway::access {

namespace {

std::string hashBytes(const KeyHash& hash)
{
    return std::string(reinterpret_cast<const char*>(hash.data()), hash.size());
}

void apply(AccessKey& key, const KeyChange& change)
{
    if (change.name)
        key.name = *change.name;
    if (change.models)
        key.models = *change.models;
    if (change.rpm)
        key.rpm = *change.rpm;
    if (change.tpm)
        key.tpm = *change.tpm;
    if (change.expiresAt)
        key.expiresAt = *change.expiresAt;
    if (change.enabled)
        key.enabled = *change.enabled;
    if (change.logContent)
        key.logContent = *change.logContent;
}

} // namespace

std::shared_ptr<const ActiveKey> KeySnapshot::find(const KeyHash& hash) const
{
    const auto it = byHash.find(hashBytes(hash));
    if (it == byHash.end() || !sameHash(it->second->key.hash, hash))
        return nullptr;
    return it->second;
}

AccessKeyRegistry::AccessKeyRegistry(std::unique_ptr<AccessKeyStore> store, std::optional<bool> requireKeys)
    : m_store(std::move(store))
    , m_requireKeys(requireKeys)
{
    const std::lock_guard lock(m_mutex);
    m_keys = m_store->load();
    m_keysEverCreated = m_store->keysEverCreated();
    publish();
}

void AccessKeyRegistry::publish()
{
    const auto now = KeyUsage::Clock::now();
    auto snapshot = std::make_shared<KeySnapshot>();
    snapshot->keysRequired = m_requireKeys.value_or(m_keysEverCreated);
    std::map<std::string, std::shared_ptr<KeyUsage>> usage;
    for (const auto& key : m_keys) {
        auto& keyUsage = usage[key.id];
        if (const auto old = m_usage.find(key.id); old != m_usage.end()) {
            keyUsage = old->second;
            keyUsage->setLimits(key.rpm, key.tpm, now);
        } else {
            keyUsage = std::make_shared<KeyUsage>(key.rpm, key.tpm, now);
        }
        auto active = std::make_shared<const ActiveKey>(ActiveKey{key, keyUsage});
        snapshot->byHash.emplace(hashBytes(key.hash), active);
        snapshot->inOrder.push_back(std::move(active));
    }
    m_usage = std::move(usage);
    m_snapshot.store(std::move(snapshot), std::memory_order_release);
}

namespace {

// `key` with the newer of its stored last use and the one seen in memory.
AccessKey withLastUse(const AccessKey& key, const KeyUsage* usage)
{
    AccessKey shown = key;
    const std::int64_t used = usage ? usage->lastUsed() : 0;
    if (used > 0 && (!shown.lastUsedAt || *shown.lastUsedAt < used))
        shown.lastUsedAt = used;
    return shown;
}

} // namespace

AccessKey AccessKeyRegistry::withLastUse(const AccessKey& key) const
{
    const auto usage = m_usage.find(key.id);
    return access::withLastUse(key, usage == m_usage.end() ? nullptr : usage->second.get());
}

std::vector<AccessKey> AccessKeyRegistry::list() const
{
    const auto current = snapshot();
    std::vector<AccessKey> keys;
    keys.reserve(current->inOrder.size());
    for (const auto& active : current->inOrder)
        keys.push_back(access::withLastUse(active->key, active->usage.get()));
    return keys;
}

AccessKeyRegistry::Created AccessKeyRegistry::create(const KeyChange& change)
{
    const std::lock_guard lock(m_mutex);
    if (std::any_of(m_keys.begin(), m_keys.end(), [&](const AccessKey& k) { return k.name == *change.name; }))
        throw KeyNameTaken("an access key named '" + *change.name + "' exists already");
    KeySecret secret;
    if (change.imported) {
        if (std::any_of(m_keys.begin(), m_keys.end(),
                        [&](const AccessKey& k) { return sameHash(k.hash, change.imported->hash); }))
            throw KeySecretTaken("another access key of this gateway has that secret");
        secret.hash = change.imported->hash;
        secret.prefix = change.imported->prefix;
    } else {
        secret = generateKeySecret();
    }
    AccessKey key;
    key.id = generateKeyId();
    key.prefix = secret.prefix;
    key.hash = secret.hash;
    key.createdAt = unixNow();
    apply(key, change);
    m_store->insert(key);
    m_keys.push_back(key);
    m_keysEverCreated = true;
    publish();
    return Created{std::move(key), std::move(secret.value)};
}

std::optional<AccessKey> AccessKeyRegistry::update(const std::string& id, const KeyChange& change)
{
    const std::lock_guard lock(m_mutex);
    const auto it =
        std::find_if(m_keys.begin(), m_keys.end(), [&](const AccessKey& k) { return k.id == id; });
    if (it == m_keys.end())
        return std::nullopt;
    if (change.name && std::any_of(m_keys.begin(), m_keys.end(),
                                   [&](const AccessKey& k) { return k.id != id && k.name == *change.name; }))
        throw KeyNameTaken("another access key is named '" + *change.name + "'");
    AccessKey changed = withLastUse(*it);
    apply(changed, change);
    m_store->update(changed);
    *it = changed;
    publish();
    return changed;
}

bool AccessKeyRegistry::revoke(const std::string& id)
{
    const std::lock_guard lock(m_mutex);
    const auto it =
        std::find_if(m_keys.begin(), m_keys.end(), [&](const AccessKey& k) { return k.id == id; });
    if (it == m_keys.end())
        return false;
    m_store->remove(id);
    m_keys.erase(it);
    publish();
    return true;
}

void AccessKeyRegistry::flushLastUsed()
{
    const std::lock_guard lock(m_mutex);
    std::vector<std::pair<std::string, std::int64_t>> uses;
    for (const auto& key : m_keys) {
        const AccessKey shown = withLastUse(key);
        if (shown.lastUsedAt != key.lastUsedAt)
            uses.emplace_back(key.id, *shown.lastUsedAt);
    }
    m_store->recordLastUsed(uses); // on failure they stay pending for the next flush
    for (auto& key : m_keys) {
        for (const auto& [id, when] : uses) {
            if (key.id == id)
                key.lastUsedAt = when;
        }
    }
}

} // namespace gatehouse::gateway::access
