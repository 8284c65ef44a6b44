#pragma once

#include "HttpFetch.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace gatehouse::bench {

// The gatehoused under test: the SQLite cache in DIR/NAME-state (max_bytes 4 GiB, room for far more
// than 100,000 entries), an instant demo upstream (first_token_ms = 0, chunk_ms = 0) behind model
// "chat", and the admin API with the token in `tokenFile`. Returns the config file written.
std::filesystem::path writeCacheConfig(const std::filesystem::path& dir, const std::string& name,
                                       const std::filesystem::path& tokenFile);

// A non-streaming chat completion for model "chat" at temperature 0 (so that its answer is stored).
// `question` goes into the JSON as it is: plain text without quotes or backslashes.
std::string chatBody(const std::string& question);

// Sends `body` until gatehoused answers it from the cache (X-Gatehouse-Cache: HIT; the first
// answer is stored by the cache thread a moment later) and returns that answer. Throws after 10 s.
HttpAnswer primeUntilHit(std::uint16_t port, const std::string& body);

// "entries" of GET /admin/v1/cache/stats (Authorization: Bearer token); throws on another status.
std::uint64_t adminCacheEntries(std::uint16_t port, const std::string& token);

} // namespace gatehouse::bench
