#pragma once

#include "gateway/cache/CacheConfig.h"
#include "gateway/config/RoutingConfig.h"
#include "gateway/pipeline/AccessLogLine.h"
#include "gateway/server/HttpLimits.h"
#include "gateway/server/ListenAddress.h"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace gatehouse::gateway {

// The static configuration from gatehoused's TOML file. Every section added later (upstreams,
// tls, limits, cache) gets its own struct member and its own parse function in GatewayConfig.cpp.
struct GatewayConfig
{
    static constexpr unsigned maxWorkers = 256;

    struct Server
    {
        ListenAddress listen; // [server] listen = "HOST:PORT"
        unsigned workers = 0; // [server] workers = N; 0 means one per CPU core
        // HTTPS: tls_cert = "/path/cert.pem" (chain, leaf first) and tls_key = "/path/key.pem";
        // both or neither. Read at start and again on SIGHUP.
        std::string tlsCert;
        std::string tlsKey;
        std::string tlsWhere; // FILE:LINE:COL of tls_cert, for errors about the files

        bool tls() const { return !tlsCert.empty(); }
    };

    // [admin]: where the admin API's bearer token comes from (never the file itself); neither
    // set means the admin API is switched off.
    struct Admin
    {
        std::string tokenEnv;                // token_env = "NAME"
        std::string tokenFile;               // token_file = "/path"
        std::string tokenSecret;             // token_secret = "NAME": given on stdin with --secrets-stdin
        std::optional<ListenAddress> listen; // listen = "HOST:PORT": serve /admin/v1 only there
        std::string where;                   // FILE:LINE:COL of the table, for errors
    };

    // [access]: client access keys (created through the admin API, kept in the state database).
    struct Access
    {
        // require_keys = true|false. Unset: requests may come without a key until the first key
        // is created on this state directory; from then on every request needs one.
        std::optional<bool> requireKeys;
    };

    // [state]: where access keys, rules and the cache live. No dir: a throwaway directory.
    struct State
    {
        std::optional<std::filesystem::path> dir; // dir = "/var/lib/gatehouse"
    };

    // [log]: access = "text" (a line a person reads, the default), "json" (JSON lines for a log
    // pipeline) or "off". Read at start; a reload keeps the format gatehoused started with.
    struct Log
    {
        AccessLogFormat access = AccessLogFormat::Text;
    };

    Server server;
    Admin admin;
    Access access;
    State state;
    Log log;
    CacheConfig cache;     // [cache]
    HttpLimits limits;     // [limits]
    RoutingConfig routing; // [[upstreams]], [[models]], [retry], [circuit_breaker]

    // The number of worker threads to run: `server.workers`, or one per core when it is 0.
    unsigned effectiveWorkers() const;
};

// A config file that cannot be used. what() is one line a user can act on:
// "FILE:LINE:COLUMN: what is wrong" (or "FILE: why it could not be read").
class ConfigError : public std::runtime_error
{
public:
    // Control characters in `message` (a TOML error quotes the text it saw, a quoted key may hold
    // a newline) are shown escaped, "\n" or "\x01", so that the message stays one line.
    explicit ConfigError(const std::string& message);
};

// Parses TOML text; `sourceName` is what error messages call it (normally the file's path).
// Unknown tables and keys are errors, so a typo never silently falls back to a default.
GatewayConfig parseGatewayConfig(std::string_view toml, const std::string& sourceName);

// Reads and parses a config file; throws ConfigError.
GatewayConfig loadGatewayConfig(const std::filesystem::path& file);

} // namespace gatehouse::gateway
