#include "gateway/cache/RedisConnection.h"

#include "gateway/cache/CacheStore.h"

#include <hiredis/hiredis.h>

namespace gatehouse::gateway {

namespace {

timeval toTimeval(std::chrono::milliseconds timeout)
{
    timeval tv{};
    tv.tv_sec = static_cast<decltype(tv.tv_sec)>(timeout.count() / 1000);
    tv.tv_usec = static_cast<decltype(tv.tv_usec)>((timeout.count() % 1000) * 1000);
    return tv;
}

RedisReply copy(const redisReply* reply)
{
    RedisReply out;
    switch (reply->type) {
    case REDIS_REPLY_STRING:
        out.type = RedisReply::Type::String;
        out.text.assign(reply->str, reply->len);
        break;
    case REDIS_REPLY_STATUS:
        out.type = RedisReply::Type::Status;
        out.text.assign(reply->str, reply->len);
        break;
    case REDIS_REPLY_ERROR:
        out.type = RedisReply::Type::Error;
        out.text.assign(reply->str, reply->len);
        break;
    case REDIS_REPLY_INTEGER:
        out.type = RedisReply::Type::Integer;
        out.integer = reply->integer;
        break;
    case REDIS_REPLY_ARRAY:
        out.type = RedisReply::Type::Array;
        out.elements.reserve(reply->elements);
        for (std::size_t i = 0; i < reply->elements; ++i)
            out.elements.push_back(copy(reply->element[i]));
        break;
    default:
        out.type = RedisReply::Type::Nil;
    }
    return out;
}

} // namespace

RedisConnection::RedisConnection(const RedisAddress& address, std::chrono::milliseconds timeout)
    : m_name("redis://" + address.host + ":" + std::to_string(address.port) + "/" +
             std::to_string(address.database))
{
    m_context = redisConnectWithTimeout(address.host.c_str(), address.port, toTimeval(timeout));
    if (!m_context)
        throw CacheStoreError("the Redis cache at " + m_name + " is unreachable: out of memory");
    if (m_context->err) {
        const std::string reason = m_context->errstr;
        redisFree(m_context);
        m_context = nullptr;
        throw CacheStoreError("the Redis cache at " + m_name + " is unreachable: " + reason);
    }
    redisSetTimeout(m_context, toTimeval(timeout));
    if (!address.password.empty()) {
        if (address.username.empty())
            command({"AUTH", address.password});
        else
            command({"AUTH", address.username, address.password});
    }
    const std::string database = std::to_string(address.database);
    command({"SELECT", database});
}

RedisConnection::~RedisConnection()
{
    if (m_context)
        redisFree(m_context);
}

void RedisConnection::fail(const std::string& what) const
{
    throw CacheStoreError("the Redis cache at " + m_name + " failed: " + what);
}

void RedisConnection::append(const std::vector<std::string_view>& arguments)
{
    std::vector<const char*> argv;
    std::vector<std::size_t> lengths;
    argv.reserve(arguments.size());
    lengths.reserve(arguments.size());
    for (const auto argument : arguments) {
        argv.push_back(argument.data());
        lengths.push_back(argument.size());
    }
    if (redisAppendCommandArgv(m_context, static_cast<int>(argv.size()), argv.data(), lengths.data()) !=
        REDIS_OK)
        fail(m_context->errstr);
}

RedisReply RedisConnection::reply()
{
    void* raw = nullptr;
    if (redisGetReply(m_context, &raw) != REDIS_OK || !raw)
        fail(m_context->err ? std::string(m_context->errstr) : std::string("no reply"));
    RedisReply out = copy(static_cast<redisReply*>(raw));
    freeReplyObject(raw);
    if (out.type == RedisReply::Type::Error)
        fail(out.text);
    return out;
}

RedisReply RedisConnection::command(const std::vector<std::string_view>& arguments)
{
    append(arguments);
    return reply();
}

} // namespace gatehouse::gateway
