#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace gatehouse::gateway {

// Where the Redis cache lives: redis://HOST[:PORT][/DB]. A password in the URL is refused (the
// config file is not a place for secrets).
struct RedisAddress
{
    std::string host = "127.0.0.1";
    int port = 6379;
    int database = 0;
    std::string username; // AUTH with an ACL user; empty: the default user
    std::string password; // AUTH when set (from redis_password_env/_file, never from the URL)
};

class RedisAddressError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Throws RedisAddressError saying what is wrong with `url`.
RedisAddress parseRedisAddress(std::string_view url);

} // namespace gatehouse::gateway
