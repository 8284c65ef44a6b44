#include "gateway/config/CacheConfigParser.h"

#include "gateway/cache/RedisAddress.h"
#include "gateway/config/TomlReading.h"

namespace gatehouse::gateway::config {

namespace {

constexpr std::int64_t maxTtlSeconds = std::int64_t{366} * 24 * 3600;

CacheConfig::Model parseModel(const std::string& sourceName, const std::string& name, const toml::node& node)
{
    CacheConfig::Model model;
    const std::string path = "cache.models.\"" + name + "\"";
    const TableReader reader(sourceName, path, requireTable(sourceName, node, "[" + path + "]"));
    reader.forEach({"enabled", "ttl_seconds"}, [&](std::string_view key, const toml::node& value) {
        if (key == "enabled")
            model.enabled = reader.boolean(key, value);
        else
            model.ttl = std::chrono::seconds(reader.integer(key, value, 1, maxTtlSeconds));
    });
    return model;
}

} // namespace

CacheConfig parseCache(const std::string& sourceName, const toml::node& node)
{
    CacheConfig cache;
    const TableReader reader(sourceName, "cache", requireTable(sourceName, node, "[cache]"));
    reader.forEach(
        {"enabled", "backend", "redis_url", "redis_username", "redis_password_env", "redis_password_file",
         "key_prefix", "ttl_seconds", "max_bytes", "max_temperature", "default_temperature",
         "lookup_timeout_ms", "single_flight_wait_ms", "models"},
        [&](std::string_view key, const toml::node& value) {
            if (key == "enabled") {
                cache.enabled = reader.boolean(key, value);
            } else if (key == "backend") {
                const std::string backend = reader.string(key, value);
                if (backend == "sqlite")
                    cache.backend = CacheConfig::Backend::Sqlite;
                else if (backend == "redis")
                    cache.backend = CacheConfig::Backend::Redis;
                else
                    reader.fail(value.source(),
                                "cache.backend must be \"sqlite\" or \"redis\", not \"" + backend + "\"");
            } else if (key == "redis_url") {
                cache.redisUrl = reader.string(key, value);
                try {
                    parseRedisAddress(cache.redisUrl);
                } catch (const RedisAddressError& e) {
                    reader.fail(value.source(), std::string("cache.redis_url: ") + e.what());
                }
            } else if (key == "redis_username" || key == "redis_password_env" ||
                       key == "redis_password_file") {
                std::string text = reader.string(key, value);
                if (text.empty())
                    reader.fail(value.source(), "cache." + std::string(key) + " must not be empty");
                (key == "redis_username"       ? cache.redisUsername
                 : key == "redis_password_env" ? cache.redisPasswordEnv
                                               : cache.redisPasswordFile) = std::move(text);
            } else if (key == "key_prefix") {
                cache.keyPrefix = reader.string(key, value);
            } else if (key == "ttl_seconds") {
                cache.ttl = std::chrono::seconds(reader.integer(key, value, 1, maxTtlSeconds));
            } else if (key == "max_bytes") {
                cache.maxBytes =
                    static_cast<std::uint64_t>(reader.integer(key, value, 1024, std::int64_t{1} << 50));
            } else if (key == "max_temperature") {
                cache.maxTemperature = reader.number(key, value, 0.0, 2.0);
            } else if (key == "default_temperature") {
                cache.defaultTemperature = reader.number(key, value, 0.0, 2.0);
            } else if (key == "lookup_timeout_ms") {
                cache.lookupTimeout = reader.milliseconds(key, value);
            } else if (key == "single_flight_wait_ms") {
                cache.singleFlightWait = reader.milliseconds(key, value);
            } else if (key == "models") {
                const toml::table& models = requireTable(sourceName, value, "[cache.models]");
                for (const auto& [name, model] : models)
                    cache.models.emplace(std::string(name.str()),
                                         parseModel(sourceName, std::string(name.str()), model));
            }
        });
    if (!cache.redisPasswordEnv.empty() && !cache.redisPasswordFile.empty())
        throw ConfigError(reader.where() +
                          ": [cache] takes one of redis_password_env or redis_password_file; keep one");
    if (!cache.redisUsername.empty() && cache.redisPasswordEnv.empty() && cache.redisPasswordFile.empty())
        throw ConfigError(reader.where() +
                          ": [cache] redis_username needs redis_password_env or redis_password_file");
    return cache;
}

} // namespace gatehouse::gateway::config
