#pragma once

#include "CacheBenchOptions.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace gatehouse::bench {

// Phase 2: the latency of cache hits at options.entries entries. Starts a second gatehoused (config
// from writeCacheConfig in `dir`), fills its cache with that many distinct questions, each sent
// once, confirms the count (admin API and /metrics), then measures hits on random entries at a
// fixed rate, alternating with the same open loop against the gatehoused on `singlePort`, whose
// cache holds just `singleRequest`. Prints its report; false on errors, a wrong entry count or a
// request that was not a hit.
bool runLookupLatency(const CacheBenchOptions& options, std::uint16_t singlePort,
                      const std::string& singleRequest, const std::filesystem::path& dir,
                      const std::filesystem::path& tokenFile, const std::string& token);

} // namespace gatehouse::bench
