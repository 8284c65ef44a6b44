#pragma once

#include "gateway/metrics/CounterFamily.h"

#include <atomic>
#include <cstdint>
#include <string>

namespace gatehouse::gateway::metrics {

// The response cache's metrics, prefix gatehouse_cache_ (docs/cache.md). Counters are recorded
// by the workers and the cache thread; the gauges are set by the cache thread.
struct CacheMetrics
{
    CounterFamily lookups{"gatehouse_cache_lookups_total",
                          "Chat completions by what the cache did: hit, miss, or bypass (not consulted).",
                          {"result"}};
    std::atomic<bool> enabled{false};
    std::atomic<std::int64_t> entries{0};
    std::atomic<std::int64_t> bytes{0};
    std::atomic<bool> backendUp{false};
    std::atomic<std::uint64_t> evictions{0};
    std::atomic<std::uint64_t> savedMicroseconds{0};
    std::atomic<std::uint64_t> savedTokens{0};

    CacheMetrics();
    void render(std::string& out) const;
};

} // namespace gatehouse::gateway::metrics
