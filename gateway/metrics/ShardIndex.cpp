#include "gateway/metrics/ShardIndex.h"

#include <atomic>

namespace gatehouse::gateway::metrics {

std::size_t currentShard()
{
    static std::atomic<std::size_t> next{0};
    thread_local const std::size_t shard = next.fetch_add(1, std::memory_order_relaxed) % shardCount;
    return shard;
}

} // namespace gatehouse::gateway::metrics
