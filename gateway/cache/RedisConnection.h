#pragma once

#include "gateway/cache/RedisAddress.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct redisContext;

namespace gatehouse::gateway {

// One reply of Redis, copied out of hiredis's structure.
struct RedisReply
{
    enum class Type
    {
        String,
        Array,
        Integer,
        Nil,
        Status,
        Error
    };
    Type type = Type::Nil;
    std::int64_t integer = 0;
    std::string text; // String, Status, Error
    std::vector<RedisReply> elements;

    bool isNil() const { return type == Type::Nil; }
};

// A blocking connection to Redis (hiredis) with a timeout on connecting and on every command,
// for the cache thread only. Every failure — connection refused or lost, a timeout, an error
// reply — throws CacheStoreError naming the server; the connection is then unusable and the
// caller opens a new one.
class RedisConnection
{
public:
    RedisConnection(const RedisAddress& address, std::chrono::milliseconds timeout);
    ~RedisConnection();
    RedisConnection(const RedisConnection&) = delete;
    RedisConnection& operator=(const RedisConnection&) = delete;

    RedisReply command(const std::vector<std::string_view>& arguments);
    // Pipelining: queue commands with append(), then read one reply() per command.
    void append(const std::vector<std::string_view>& arguments);
    RedisReply reply();

private:
    [[noreturn]] void fail(const std::string& what) const;

    redisContext* m_context = nullptr;
    std::string m_name; // "redis://HOST:PORT/DB", for messages
};

} // namespace gatehouse::gateway
