#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace gatehouse::gateway {

// [cache]: the response cache (docs/cache.md). Per-model overrides in [cache.models."NAME"].
struct CacheConfig
{
    enum class Backend
    {
        Sqlite, // cache.db in the state directory
        Redis   // shared by several gatehoused instances
    };

    struct Model
    {
        std::optional<bool> enabled;
        std::optional<std::chrono::seconds> ttl;
        bool operator==(const Model&) const = default;
    };

    bool enabled = true;
    Backend backend = Backend::Sqlite;
    std::string redisUrl = "redis://127.0.0.1:6379/0";
    std::string keyPrefix = "gatehouse:cache:";
    // Redis AUTH: the password from an environment variable or a file (never the config itself),
    // with an ACL user name when not "default".
    std::string redisUsername;
    std::string redisPasswordEnv;
    std::string redisPasswordFile;
    std::chrono::seconds ttl{3600};                    // ttl_seconds: default time to live of an entry
    std::uint64_t maxBytes = 256ull * 1024 * 1024;     // max_bytes: least recently used entries go beyond it
    double maxTemperature = 0.3;                       // answers with a higher temperature are not stored
    double defaultTemperature = 1.0;                   // the temperature assumed when a request names none
    std::chrono::milliseconds lookupTimeout{250};      // lookup_timeout_ms: slower lookups bypass
    std::chrono::milliseconds singleFlightWait{60000}; // single_flight_wait_ms
    std::map<std::string, Model, std::less<>> models;

    bool enabledFor(std::string_view model) const;
    std::chrono::seconds ttlFor(std::string_view model) const;
    bool operator==(const CacheConfig&) const = default;
};

} // namespace gatehouse::gateway
