#pragma once

namespace gatehouse::gateway {

struct CacheEntry;
struct ChatExchange;

namespace http {
class ResponseWriter;
}

// Answers a chat completion from a cache entry with X-Gatehouse-Cache: HIT — the stored
// chat.completion as one JSON body, or, for a streaming request, replayed as SSE events
// (StreamReplay) ending with [DONE], with the usage event when the request asked for it.
void replayCachedAnswer(const CacheEntry& entry, ChatExchange& exchange, http::ResponseWriter& writer);

} // namespace gatehouse::gateway
