#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace gatehouse::gateway {

// One stored answer. `answer` is always the whole chat.completion JSON (a streamed answer is
// assembled into one when stored, and replayed as a stream from it), so either kind of request
// can be answered from either kind of entry.
struct CacheEntry
{
    std::string key;                       // hex SHA-256 of `request`: the entry's id
    std::string model;                     // the configured model name
    std::string request;                   // the canonical request (CacheKey)
    std::string prompt;                    // the messages' text, for search
    std::string answer;                    // chat.completion JSON
    std::int64_t createdMs = 0;            // Unix time in milliseconds
    std::optional<std::int64_t> expiresMs; // none: never (pinned entries never expire)
    bool pinned = false;                   // never expired or evicted
    bool faq = false;                      // written by an administrator, not by an upstream
    std::uint64_t hits = 0;
    std::optional<std::int64_t> lastHitMs;
    std::optional<std::uint64_t> promptTokens; // from the answer's usage
    std::optional<std::uint64_t> completionTokens;
    std::int64_t upstreamMs = 0; // how long the upstream took to answer: saved by every hit
    std::int64_t sequence = 0;   // order of writing, for stable paging (set by the store)

    // What the entry counts against [cache] max_bytes.
    std::uint64_t bytes() const
    {
        return key.size() + model.size() + request.size() + prompt.size() + answer.size();
    }
    bool expired(std::int64_t nowMs) const { return !pinned && expiresMs && *expiresMs <= nowMs; }
};

} // namespace gatehouse::gateway
