#pragma once

#include <cstddef>

namespace gatehouse::gateway::metrics {

// Metric families keep one shard per thread (modulo this count) so that workers recording
// requests never wait for each other; a scrape merges the shards.
inline constexpr std::size_t shardCount = 16;

// This thread's shard, assigned round-robin on the thread's first call.
std::size_t currentShard();

} // namespace gatehouse::gateway::metrics
