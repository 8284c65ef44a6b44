#include "gateway/metrics/CacheMetrics.h"

#include "gateway/metrics/TextExposition.h"

namespace gatehouse::gateway::metrics {

namespace {

void single(std::string& out, std::string_view name, std::string_view help, std::string_view type,
            double value)
{
    writeHeader(out, name, help, type);
    writeSample(out, name, {}, {}, value);
}

} // namespace

CacheMetrics::CacheMetrics()
{
    for (const char* result : {"hit", "miss", "bypass"})
        lookups.add({result}, 0);
}

void CacheMetrics::render(std::string& out) const
{
    if (!enabled.load(std::memory_order_relaxed))
        return;
    lookups.render(out);
    single(out, "gatehouse_cache_entries", "Entries in the response cache.", "gauge",
           static_cast<double>(entries.load(std::memory_order_relaxed)));
    single(out, "gatehouse_cache_bytes", "Bytes the response cache's entries take (what max_bytes limits).",
           "gauge", static_cast<double>(bytes.load(std::memory_order_relaxed)));
    single(out, "gatehouse_cache_backend_up",
           "Whether the cache backend answers (1) or requests bypass it (0).", "gauge",
           backendUp.load(std::memory_order_relaxed) ? 1 : 0);
    single(out, "gatehouse_cache_evictions_total",
           "Entries removed to stay within max_bytes (least recently used).", "counter",
           static_cast<double>(evictions.load(std::memory_order_relaxed)));
    single(out, "gatehouse_cache_saved_seconds_total",
           "Upstream time that cache hits saved: the time the stored answer took when it was made.",
           "counter", static_cast<double>(savedMicroseconds.load(std::memory_order_relaxed)) / 1e6);
    single(out, "gatehouse_cache_saved_tokens_total",
           "Tokens (prompt and completion) that cache hits saved asking an upstream for.", "counter",
           static_cast<double>(savedTokens.load(std::memory_order_relaxed)));
}

} // namespace gatehouse::gateway::metrics
