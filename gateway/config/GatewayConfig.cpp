#include "gateway/config/GatewayConfig.h"

#include "gateway/config/CacheConfigParser.h"
#include "gateway/config/RoutingConfigParser.h"
#include "gateway/config/TomlReading.h"

#include <toml++/toml.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <thread>

namespace gatehouse::gateway {

namespace {

using config::position;
using config::TableReader;
using config::typeName;

GatewayConfig::Server parseServer(const std::string& sourceName, const toml::node& node)
{
    GatewayConfig::Server server;
    const toml::table* table = node.as_table();
    if (!table)
        throw ConfigError(position(sourceName, node.source()) +
                          ": 'server' must be a table ([server]), not " + std::string(typeName(node)));

    const TableReader reader(sourceName, "server", *table);
    reader.forEach({"listen", "workers", "tls_cert", "tls_key"}, [&](std::string_view key,
                                                                     const toml::node& value) {
        if (key == "listen") {
            const auto* text = value.as_string();
            if (!text)
                reader.fail(value.source(), "server.listen must be a string like \"127.0.0.1:8080\", not " +
                                                std::string(typeName(value)));
            try {
                server.listen = parseListenAddress(text->get());
            } catch (const ListenAddressError& e) {
                reader.fail(value.source(), std::string("server.listen: ") + e.what());
            }
        } else if (key == "workers") {
            const auto* number = value.as_integer();
            if (!number)
                reader.fail(value.source(),
                            "server.workers must be an integer, not " + std::string(typeName(value)));
            const std::int64_t workers = number->get();
            if (workers < 0 || workers > GatewayConfig::maxWorkers)
                reader.fail(value.source(), "server.workers must be from 0 (one per CPU core) to " +
                                                std::to_string(GatewayConfig::maxWorkers) + ", not " +
                                                std::to_string(workers));
            server.workers = static_cast<unsigned>(workers);
        } else if (key == "tls_cert" || key == "tls_key") {
            std::string path = reader.string(key, value);
            if (path.empty())
                reader.fail(value.source(), reader.keyPath(key) + " must name a PEM file");
            if (key == "tls_cert") {
                server.tlsCert = std::move(path);
                server.tlsWhere = position(sourceName, value.source());
            } else {
                server.tlsKey = std::move(path);
                if (server.tlsWhere.empty())
                    server.tlsWhere = position(sourceName, value.source());
            }
        }
    });
    if (server.tlsCert.empty() != server.tlsKey.empty())
        throw ConfigError(server.tlsWhere + ": [server] needs both tls_cert and tls_key for HTTPS (" +
                          (server.tlsCert.empty() ? "tls_cert" : "tls_key") + " is missing)");
    return server;
}

HttpLimits parseLimits(const std::string& sourceName, const toml::node& node)
{
    HttpLimits limits;
    const TableReader reader(sourceName, "limits", config::requireTable(sourceName, node, "[limits]"));
    constexpr std::int64_t gib = std::int64_t{1024} * 1024 * 1024;
    reader.forEach({"max_body_bytes", "max_admin_body_bytes", "max_header_bytes", "idle_timeout_ms",
                    "read_timeout_ms", "write_timeout_ms"},
                   [&](std::string_view key, const toml::node& value) {
                       if (key == "max_body_bytes")
                           limits.maxBodyBytes = static_cast<std::size_t>(reader.integer(key, value, 1, gib));
                       else if (key == "max_admin_body_bytes")
                           limits.maxAdminBodyBytes =
                               static_cast<std::size_t>(reader.integer(key, value, 1, gib));
                       else if (key == "max_header_bytes")
                           limits.maxHeaderBytes = static_cast<std::size_t>(
                               reader.integer(key, value, 1024, std::int64_t{1024} * 1024));
                       else if (key == "idle_timeout_ms")
                           limits.idleTimeout = reader.milliseconds(key, value);
                       else if (key == "read_timeout_ms")
                           limits.readTimeout = reader.milliseconds(key, value);
                       else if (key == "write_timeout_ms")
                           limits.writeTimeout = reader.milliseconds(key, value);
                   });
    return limits;
}

GatewayConfig::Admin parseAdmin(const std::string& sourceName, const toml::node& node)
{
    GatewayConfig::Admin admin;
    const TableReader reader(sourceName, "admin", config::requireTable(sourceName, node, "[admin]"));
    admin.where = reader.where();
    reader.forEach({"token_env", "token_file", "token_secret", "listen"},
                   [&](std::string_view key, const toml::node& value) {
                       std::string text = reader.string(key, value);
                       if (text.empty())
                           reader.fail(value.source(), reader.keyPath(key) + " must not be empty");
                       if (key == "listen") {
                           try {
                               admin.listen = parseListenAddress(text);
                           } catch (const ListenAddressError& e) {
                               reader.fail(value.source(), std::string("admin.listen: ") + e.what());
                           }
                           return;
                       }
                       (key == "token_env"    ? admin.tokenEnv
                        : key == "token_file" ? admin.tokenFile
                                              : admin.tokenSecret) = std::move(text);
                   });
    const int sources =
        int(!admin.tokenEnv.empty()) + int(!admin.tokenFile.empty()) + int(!admin.tokenSecret.empty());
    if (sources > 1)
        throw ConfigError(admin.where +
                          ": [admin] takes one of token_env, token_file or token_secret; keep one");
    if (admin.listen && sources == 0)
        throw ConfigError(admin.where +
                          ": [admin] listen needs token_env, token_file or token_secret: the admin "
                          "API is off without a token");
    return admin;
}

GatewayConfig::Access parseAccess(const std::string& sourceName, const toml::node& node)
{
    GatewayConfig::Access access;
    const TableReader reader(sourceName, "access", config::requireTable(sourceName, node, "[access]"));
    reader.forEach({"require_keys"}, [&](std::string_view key, const toml::node& value) {
        access.requireKeys = reader.boolean(key, value);
    });
    return access;
}

GatewayConfig::State parseState(const std::string& sourceName, const toml::node& node)
{
    GatewayConfig::State state;
    const TableReader reader(sourceName, "state", config::requireTable(sourceName, node, "[state]"));
    reader.forEach({"dir"}, [&](std::string_view key, const toml::node& value) {
        std::string text = reader.string(key, value);
        if (text.empty())
            reader.fail(value.source(), reader.keyPath(key) + " must not be empty");
        state.dir = std::filesystem::path(std::move(text));
    });
    return state;
}

GatewayConfig::Log parseLog(const std::string& sourceName, const toml::node& node)
{
    GatewayConfig::Log log;
    const TableReader reader(sourceName, "log", config::requireTable(sourceName, node, "[log]"));
    reader.forEach({"access"}, [&](std::string_view key, const toml::node& value) {
        const std::string text = reader.string(key, value);
        const auto format = accessLogFormatNamed(text);
        if (!format)
            reader.fail(value.source(),
                        reader.keyPath(key) + " is \"" + text + "\"; use \"text\", \"json\" or \"off\"");
        log.access = *format;
    });
    return log;
}

std::string oneLine(const std::string& message)
{
    std::string line;
    line.reserve(message.size());
    for (const char c : message) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n')
            line += "\\n";
        else if (c == '\r')
            line += "\\r";
        else if (c == '\t')
            line += "\\t";
        else if (byte < 0x20 || byte == 0x7f) {
            constexpr std::string_view hex = "0123456789abcdef";
            line += "\\x";
            line += hex[byte >> 4];
            line += hex[byte & 0xf];
        } else
            line += c;
    }
    return line;
}

} // namespace

ConfigError::ConfigError(const std::string& message)
    : std::runtime_error(oneLine(message))
{}

unsigned GatewayConfig::effectiveWorkers() const
{
    if (server.workers > 0)
        return server.workers;
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : std::min(cores, maxWorkers);
}

GatewayConfig parseGatewayConfig(std::string_view tomlText, const std::string& sourceName)
{
    toml::table root;
    try {
        root = toml::parse(tomlText, sourceName);
    } catch (const toml::parse_error& e) {
        throw ConfigError(position(sourceName, e.source()) + ": " + std::string(e.description()));
    }

    GatewayConfig config;
    for (const auto& [key, node] : root) {
        if (key.str() == "server") {
            config.server = parseServer(sourceName, node);
        } else if (key.str() == "admin") {
            config.admin = parseAdmin(sourceName, node);
        } else if (key.str() == "access") {
            config.access = parseAccess(sourceName, node);
        } else if (key.str() == "state") {
            config.state = parseState(sourceName, node);
        } else if (key.str() == "log") {
            config.log = parseLog(sourceName, node);
        } else if (key.str() == "cache") {
            config.cache = config::parseCache(sourceName, node);
        } else if (key.str() == "limits") {
            config.limits = parseLimits(sourceName, node);
        } else if (key.str() == "upstreams") {
            config::parseUpstreams(sourceName, node, config.routing);
        } else if (key.str() == "models") {
            config::parseModels(sourceName, node, config.routing);
        } else if (key.str() == "retry") {
            config::parseRetry(sourceName, node, config.routing);
        } else if (key.str() == "circuit_breaker") {
            config::parseCircuitBreaker(sourceName, node, config.routing);
        } else {
            const std::string what = node.is_table() ? "unknown table [" + std::string(key.str()) + "]"
                                                     : "unknown key '" + std::string(key.str()) + "'";
            throw ConfigError(
                position(sourceName, key.source()) + ": " + what +
                " (known: [server], [admin], [access], [state], [log], [cache], [limits], [[upstreams]], "
                "[[models]], [retry], [circuit_breaker])");
        }
    }
    config::checkRouting(config.routing);
    for (const auto& [name, settings] : config.cache.models) {
        bool known = false;
        for (const auto& model : config.routing.models)
            known = known || model.name == name;
        if (!known)
            throw ConfigError(sourceName + ": [cache.models.\"" + name +
                              "\"] names a model that no [[models]] entry defines");
    }
    return config;
}

GatewayConfig loadGatewayConfig(const std::filesystem::path& file)
{
    const std::string name = file.string();
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec))
        throw ConfigError(name + ": cannot read the config file: it is a directory");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw ConfigError(name + ": cannot read the config file: " +
                          std::error_code(errno, std::generic_category()).message());
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw ConfigError(name + ": cannot read the config file: read error");
    return parseGatewayConfig(text.str(), name);
}

} // namespace gatehouse::gateway
