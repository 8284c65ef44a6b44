#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gatehouse::gateway {

struct CacheConfig;
struct ChatRequest;

// The canonical form of a chat request (docs/cache.md, "What makes two requests the same"):
// every field that changes the answer, keys sorted at every level, nulls dropped, whole numbers
// written as integers, `n: 1` dropped, and the fields that only change how the answer travels
// or who asked (stream, stream_options, user, metadata, store, service_tier, …) left out.
struct CacheKey
{
    std::string canonical; // compact JSON
    std::string digest;    // lower-case hex SHA-256 of `canonical`: the entry's id
    // The digest of the question alone ({model, messages}), under which an FAQ answer is found
    // whatever sampling parameters the request sends; empty when the request sends none.
    std::string questionDigest;
};

// `model` is the configured model name the request was routed by.
CacheKey cacheKeyFor(const ChatRequest& request, std::string_view model);

// The digest of any canonical text (used for FAQ entries built by the admin API).
std::string cacheDigest(std::string_view canonical);

// The canonical form of a JSON text (which must be an object), e.g. an FAQ question.
std::string canonicalJson(std::string_view json);

// Why an answer to `request` may not be stored (temperature above the bound, n > 1, …); nullopt
// when it may be.
std::optional<std::string> whyNotStorable(const ChatRequest& request, const CacheConfig& config);

// The messages' text, one line per message ("role: text"), for searching entries.
std::string promptText(const ChatRequest& request);

} // namespace gatehouse::gateway
