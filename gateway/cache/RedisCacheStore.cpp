#include "gateway/cache/RedisCacheStore.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

namespace gatehouse::gateway {

namespace {

constexpr std::size_t scanBatch = 256;

// Removes entries ARGV[2..] under prefix ARGV[1]; returns how many existed.
constexpr std::string_view removeScript = R"(
local p = ARGV[1]
local removed = 0
for i = 2, #ARGV do
  local k = ARGV[i]
  local b = redis.call('HGET', p .. 'e:' .. k, 'bytes')
  if b then
    redis.call('DEL', p .. 'e:' .. k)
    redis.call('DECRBY', p .. 'bytes', b)
    removed = removed + 1
  end
  redis.call('ZREM', p .. 'order', k)
  redis.call('ZREM', p .. 'lru', k)
  redis.call('ZREM', p .. 'expiry', k)
end
return removed)";

// ARGV: prefix, key, bytes, used_ms, expires_ms ('' for none), pinned, then field/value pairs.
constexpr std::string_view putScript = R"(
local p, k = ARGV[1], ARGV[2]
local e = p .. 'e:' .. k
local old = redis.call('HGET', e, 'bytes')
if old then redis.call('DECRBY', p .. 'bytes', old) end
local seq = redis.call('HGET', e, 'sequence') -- a rewrite keeps its place in listings
redis.call('DEL', e)
if not seq then seq = redis.call('INCR', p .. 'seq') end
redis.call('HSET', e, 'sequence', seq, 'bytes', ARGV[3], unpack(ARGV, 7))
redis.call('ZADD', p .. 'order', seq, k)
if ARGV[6] == '1' then
  redis.call('ZREM', p .. 'lru', k)
  redis.call('ZREM', p .. 'expiry', k)
else
  redis.call('ZADD', p .. 'lru', ARGV[4], k)
  if ARGV[5] ~= '' then redis.call('ZADD', p .. 'expiry', ARGV[5], k) else redis.call('ZREM', p .. 'expiry', k) end
end
redis.call('INCRBY', p .. 'bytes', ARGV[3])
return seq)";

// ARGV: prefix, then key, count, last_ms triples. Hits on entries gone meanwhile are dropped.
constexpr std::string_view hitScript = R"(
local p = ARGV[1]
for i = 2, #ARGV, 3 do
  local k, n, t = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local e = p .. 'e:' .. k
  if redis.call('EXISTS', e) == 1 then
    redis.call('HINCRBY', e, 'hits', n)
    local last = tonumber(redis.call('HGET', e, 'last_hit_ms') or '0') or 0
    if tonumber(t) > last then redis.call('HSET', e, 'last_hit_ms', t) end
    redis.call('ZADD', p .. 'lru', 'XX', 'GT', t, k)
  end
end
return 0)";

// ARGV: prefix, max bytes. Removes least recently used unpinned entries until within the limit.
constexpr std::string_view evictScript = R"(
local p, limit = ARGV[1], tonumber(ARGV[2])
local removed = 0
while (tonumber(redis.call('GET', p .. 'bytes') or '0') or 0) > limit do
  local victims = redis.call('ZRANGE', p .. 'lru', 0, 31)
  if #victims == 0 then break end
  for _, k in ipairs(victims) do
    if (tonumber(redis.call('GET', p .. 'bytes') or '0') or 0) <= limit then break end
    local b = redis.call('HGET', p .. 'e:' .. k, 'bytes')
    if b then
      redis.call('DEL', p .. 'e:' .. k)
      redis.call('DECRBY', p .. 'bytes', b)
      removed = removed + 1
    end
    redis.call('ZREM', p .. 'order', k)
    redis.call('ZREM', p .. 'lru', k)
    redis.call('ZREM', p .. 'expiry', k)
  end
end
return removed)";

// ARGV: prefix, key, pinned ('0'/'1'). Pinned entries leave the LRU and expiry indexes.
constexpr std::string_view pinScript = R"(
local p, k = ARGV[1], ARGV[2]
local e = p .. 'e:' .. k
if redis.call('EXISTS', e) == 0 then return 0 end
redis.call('HSET', e, 'pinned', ARGV[3])
if ARGV[3] == '1' then
  redis.call('ZREM', p .. 'lru', k)
  redis.call('ZREM', p .. 'expiry', k)
else
  local used = redis.call('HGET', e, 'last_hit_ms')
  if not used or used == '' then used = redis.call('HGET', e, 'created_ms') end
  redis.call('ZADD', p .. 'lru', used, k)
  local expires = redis.call('HGET', e, 'expires_ms')
  if expires and expires ~= '' then redis.call('ZADD', p .. 'expiry', expires, k) end
end
return 1)";

// ARGV: prefix, key, expires_ms ('' for never).
constexpr std::string_view expiryScript = R"(
local p, k = ARGV[1], ARGV[2]
local e = p .. 'e:' .. k
if redis.call('EXISTS', e) == 0 then return 0 end
redis.call('HSET', e, 'expires_ms', ARGV[3])
if ARGV[3] == '' or redis.call('HGET', e, 'pinned') == '1' then
  redis.call('ZREM', p .. 'expiry', k)
else
  redis.call('ZADD', p .. 'expiry', ARGV[3], k)
end
return 1)";

std::optional<std::int64_t> toInteger(const std::string& text)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::string optionalText(const std::optional<std::int64_t>& value)
{
    return value ? std::to_string(*value) : std::string();
}

std::string optionalText(const std::optional<std::uint64_t>& value)
{
    return value ? std::to_string(*value) : std::string();
}

std::optional<CacheEntry> readEntry(const std::string& key, const RedisReply& reply)
{
    if (reply.type != RedisReply::Type::Array || reply.elements.empty())
        return std::nullopt;
    std::map<std::string, const std::string*, std::less<>> fields;
    for (std::size_t i = 0; i + 1 < reply.elements.size(); i += 2)
        fields[reply.elements[i].text] = &reply.elements[i + 1].text;
    const auto text = [&](std::string_view name) -> std::string {
        const auto it = fields.find(name);
        return it == fields.end() ? std::string() : *it->second;
    };
    const auto number = [&](std::string_view name) { return toInteger(text(name)); };
    CacheEntry entry;
    entry.key = key;
    entry.model = text("model");
    entry.request = text("request");
    entry.prompt = text("prompt");
    entry.answer = text("answer");
    entry.createdMs = number("created_ms").value_or(0);
    entry.expiresMs = number("expires_ms");
    entry.pinned = text("pinned") == "1";
    entry.faq = text("faq") == "1";
    entry.hits = static_cast<std::uint64_t>(number("hits").value_or(0));
    entry.lastHitMs = number("last_hit_ms");
    if (const auto tokens = number("prompt_tokens"))
        entry.promptTokens = static_cast<std::uint64_t>(*tokens);
    if (const auto tokens = number("completion_tokens"))
        entry.completionTokens = static_cast<std::uint64_t>(*tokens);
    entry.upstreamMs = number("upstream_ms").value_or(0);
    entry.sequence = number("sequence").value_or(0);
    return entry;
}

bool containsIgnoringCase(std::string_view haystack, std::string_view needle)
{
    if (needle.empty())
        return true;
    const auto it =
        std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        });
    return it != haystack.end();
}

bool matches(const CacheEntry& entry, const CacheFilter& filter, std::int64_t nowMs)
{
    return containsIgnoringCase(entry.prompt, filter.text) &&
           (!filter.model || entry.model == *filter.model) &&
           (!filter.pinned || entry.pinned == *filter.pinned) &&
           (!filter.createdBeforeMs || entry.createdMs < *filter.createdBeforeMs) &&
           (!filter.createdAfterMs || entry.createdMs > *filter.createdAfterMs) && !entry.expired(nowMs);
}

} // namespace

RedisCacheStore::RedisCacheStore(const RedisAddress& address, std::string prefix,
                                 std::chrono::milliseconds timeout)
    : m_redis(std::make_unique<RedisConnection>(address, timeout))
    , m_prefix(std::move(prefix))
{
    m_redis->command({"PING"});
}

std::optional<CacheEntry> RedisCacheStore::find(const std::string& key, std::int64_t nowMs)
{
    auto entry = readEntry(key, m_redis->command({"HGETALL", entryKey(key)}));
    if (!entry || entry->expired(nowMs))
        return std::nullopt;
    return entry;
}

void RedisCacheStore::put(const CacheEntry& entry)
{
    const std::string bytes = std::to_string(entry.bytes());
    const std::string created = std::to_string(entry.createdMs);
    const std::string expires = optionalText(entry.expiresMs);
    const std::string promptTokens = optionalText(entry.promptTokens);
    const std::string completionTokens = optionalText(entry.completionTokens);
    const std::string upstream = std::to_string(entry.upstreamMs);
    const char* pinned = entry.pinned ? "1" : "0";
    std::vector<std::string_view> arguments{
        "EVAL",      putScript,    "0",           m_prefix, entry.key,
        bytes,       created,      expires,       pinned,   "model",
        entry.model, "request",    entry.request, "prompt", entry.prompt,
        "answer",    entry.answer, "created_ms",  created,  "expires_ms",
        expires,     "pinned",     pinned,        "faq",    entry.faq ? "1" : "0",
        "hits",      "0",          "upstream_ms", upstream};
    if (entry.promptTokens) {
        arguments.push_back("prompt_tokens");
        arguments.push_back(promptTokens);
    }
    if (entry.completionTokens) {
        arguments.push_back("completion_tokens");
        arguments.push_back(completionTokens);
    }
    m_redis->command(arguments);
}

void RedisCacheStore::recordHits(const HitBatch& batch)
{
    std::vector<std::string> numbers;
    numbers.reserve(batch.hits.size() * 2);
    for (const auto& hit : batch.hits) {
        numbers.push_back(std::to_string(hit.count));
        numbers.push_back(std::to_string(hit.lastMs));
    }
    std::vector<std::string_view> arguments{"EVAL", hitScript, "0", m_prefix};
    for (std::size_t i = 0; i < batch.hits.size(); ++i) {
        arguments.push_back(batch.hits[i].key);
        arguments.push_back(numbers[2 * i]);
        arguments.push_back(numbers[2 * i + 1]);
    }
    std::uint64_t hits = 0;
    for (const auto& hit : batch.hits)
        hits += hit.count;
    const std::string stats = m_prefix + "stats";
    const std::string hitsText = std::to_string(hits);
    const std::string missesText = std::to_string(batch.misses);
    const std::string tokensText = std::to_string(batch.savedTokens);
    const std::string msText = std::to_string(batch.savedMs);
    m_redis->append(arguments);
    m_redis->append({"HINCRBY", stats, "hits", hitsText});
    m_redis->append({"HINCRBY", stats, "misses", missesText});
    m_redis->append({"HINCRBY", stats, "saved_tokens", tokensText});
    m_redis->append({"HINCRBY", stats, "saved_ms", msText});
    for (int i = 0; i < 5; ++i)
        m_redis->reply();
}

std::uint64_t RedisCacheStore::evict(std::uint64_t maxBytes)
{
    const std::string limit = std::to_string(maxBytes);
    return static_cast<std::uint64_t>(m_redis->command({"EVAL", evictScript, "0", m_prefix, limit}).integer);
}

std::uint64_t RedisCacheStore::removeKeys(const std::vector<std::string>& keys)
{
    if (keys.empty())
        return 0;
    std::vector<std::string_view> arguments{"EVAL", removeScript, "0", m_prefix};
    for (const auto& key : keys)
        arguments.push_back(key);
    return static_cast<std::uint64_t>(m_redis->command(arguments).integer);
}

std::uint64_t RedisCacheStore::removeExpired(std::int64_t nowMs)
{
    const std::string now = std::to_string(nowMs);
    const std::string batch = std::to_string(scanBatch);
    std::uint64_t removed = 0;
    for (;;) {
        const RedisReply due =
            m_redis->command({"ZRANGEBYSCORE", m_prefix + "expiry", "-inf", now, "LIMIT", "0", batch});
        std::vector<std::string> keys;
        for (const auto& element : due.elements)
            keys.push_back(element.text);
        removed += removeKeys(keys);
        if (keys.size() < scanBatch)
            return removed;
    }
}

template <typename Visit> void RedisCacheStore::scan(std::optional<std::int64_t> cursor, Visit visit)
{
    std::string max = cursor ? "(" + std::to_string(*cursor) : std::string("+inf");
    const std::string batch = std::to_string(scanBatch);
    for (;;) {
        const RedisReply page = m_redis->command(
            {"ZREVRANGEBYSCORE", m_prefix + "order", max, "-inf", "WITHSCORES", "LIMIT", "0", batch});
        if (page.elements.empty())
            return;
        std::vector<std::string> keys;
        for (std::size_t i = 0; i + 1 < page.elements.size(); i += 2)
            keys.push_back(page.elements[i].text);
        for (const auto& key : keys)
            m_redis->append({"HGETALL", entryKey(key)});
        std::vector<RedisReply> replies;
        for (std::size_t i = 0; i < keys.size(); ++i)
            replies.push_back(m_redis->reply());
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (auto entry = readEntry(keys[i], replies[i]); entry && !visit(std::move(*entry)))
                return;
        }
        max = "(" + page.elements[page.elements.size() - 1].text;
        if (page.elements.size() / 2 < scanBatch)
            return;
    }
}

CachePage RedisCacheStore::list(const CacheFilter& filter, std::optional<std::int64_t> cursor,
                                std::size_t limit, std::int64_t nowMs)
{
    CachePage page;
    scan(cursor, [&](CacheEntry entry) {
        if (!matches(entry, filter, nowMs))
            return true;
        if (page.entries.size() == limit) {
            page.nextCursor = page.entries.back().sequence;
            return false;
        }
        page.entries.push_back(std::move(entry));
        return true;
    });
    return page;
}

std::uint64_t RedisCacheStore::removeMatching(const CacheFilter& filter, bool dryRun, std::int64_t nowMs)
{
    std::vector<std::string> keys;
    scan(std::nullopt, [&](CacheEntry entry) {
        if (matches(entry, filter, nowMs))
            keys.push_back(std::move(entry.key));
        return true;
    });
    if (dryRun)
        return keys.size();
    std::uint64_t removed = 0;
    for (std::size_t i = 0; i < keys.size(); i += scanBatch)
        removed += removeKeys(std::vector<std::string>(
            keys.begin() + static_cast<std::ptrdiff_t>(i),
            keys.begin() + static_cast<std::ptrdiff_t>(std::min(keys.size(), i + scanBatch))));
    return removed;
}

bool RedisCacheStore::remove(const std::string& key)
{
    return removeKeys({key}) > 0;
}

bool RedisCacheStore::setPinned(const std::string& key, bool pinned)
{
    return m_redis->command({"EVAL", pinScript, "0", m_prefix, key, pinned ? "1" : "0"}).integer == 1;
}

bool RedisCacheStore::setExpiry(const std::string& key, std::optional<std::int64_t> expiresMs)
{
    const std::string expires = optionalText(expiresMs);
    return m_redis->command({"EVAL", expiryScript, "0", m_prefix, key, expires}).integer == 1;
}

bool RedisCacheStore::forEachKey(const std::function<void(std::string_view key)>&)
{
    return false; // shared: other gatehoused add and remove keys behind this one's back
}

CacheTotals RedisCacheStore::totals()
{
    m_redis->append({"ZCARD", m_prefix + "order"});
    m_redis->append({"GET", m_prefix + "bytes"});
    m_redis->append({"HGETALL", m_prefix + "stats"});
    const RedisReply entries = m_redis->reply();
    const RedisReply bytes = m_redis->reply();
    const RedisReply stats = m_redis->reply();
    CacheTotals totals;
    totals.entries = static_cast<std::uint64_t>(entries.integer);
    totals.bytes = static_cast<std::uint64_t>(std::max<std::int64_t>(0, toInteger(bytes.text).value_or(0)));
    for (std::size_t i = 0; i + 1 < stats.elements.size(); i += 2) {
        const std::string& name = stats.elements[i].text;
        const auto value = static_cast<std::uint64_t>(
            std::max<std::int64_t>(0, toInteger(stats.elements[i + 1].text).value_or(0)));
        if (name == "hits")
            totals.hits = value;
        else if (name == "misses")
            totals.misses = value;
        else if (name == "saved_tokens")
            totals.savedTokens = value;
        else if (name == "saved_ms")
            totals.savedMs = value;
    }
    return totals;
}

} // namespace gatehouse::gateway
