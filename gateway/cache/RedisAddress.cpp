#include "gateway/cache/RedisAddress.h"

#include <charconv>

namespace gatehouse::gateway {

namespace {

int number(std::string_view text, int max, const char* what, std::string_view url)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0 || value > max)
        throw RedisAddressError("the " + std::string(what) + " in '" + std::string(url) +
                                "' must be a number from 0 to " + std::to_string(max));
    return value;
}

} // namespace

RedisAddress parseRedisAddress(std::string_view url)
{
    constexpr std::string_view scheme = "redis://";
    if (!url.starts_with(scheme))
        throw RedisAddressError("'" + std::string(url) +
                                "' must start with redis:// (e.g. redis://127.0.0.1:6379/0)");
    std::string_view rest = url.substr(scheme.size());
    if (rest.find('@') != std::string_view::npos)
        throw RedisAddressError("the Redis URL must not hold a password; use a Redis reachable without one "
                                "(bind it to loopback or a private network)");
    RedisAddress address;
    if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
        const std::string_view db = rest.substr(slash + 1);
        if (!db.empty())
            address.database = number(db, 1 << 20, "database number", url);
        rest = rest.substr(0, slash);
    }
    std::string_view host = rest;
    if (rest.starts_with('[')) {
        const auto close = rest.find(']');
        if (close == std::string_view::npos)
            throw RedisAddressError("'" + std::string(url) + "' has an unclosed [ in its host");
        host = rest.substr(1, close - 1);
        rest = rest.substr(close + 1);
        if (!rest.empty() && rest.front() != ':')
            throw RedisAddressError("'" + std::string(url) + "' has text after the host's ]");
        if (!rest.empty())
            address.port = number(rest.substr(1), 65535, "port", url);
    } else if (const auto colon = rest.rfind(':'); colon != std::string_view::npos) {
        host = rest.substr(0, colon);
        address.port = number(rest.substr(colon + 1), 65535, "port", url);
    }
    if (host.empty())
        throw RedisAddressError("'" + std::string(url) + "' names no host (e.g. redis://127.0.0.1:6379/0)");
    address.host = std::string(host);
    return address;
}

} // namespace gatehouse::gateway
