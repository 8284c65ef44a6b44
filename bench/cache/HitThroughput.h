#pragma once

#include "CacheBenchOptions.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <sys/types.h>

namespace gatehouse::bench {

// Phase 1: the cache-hit throughput of the gatehoused on `port` (which already answers `request`
// from its cache with `cachedAnswer`) against nginx returning the same bytes from a `return 200`
// location, closed loops alternating round by round; also the CPU time each server used per request
// (gatehoused is process `pid`). nginx runs in `nginxDir`. Prints its report; false when a request
// failed or gatehoused counted one that was not a hit.
bool runHitThroughput(const CacheBenchOptions& options, pid_t pid, std::uint16_t port,
                      const std::string& request, const std::string& cachedAnswer,
                      const std::filesystem::path& nginxDir);

} // namespace gatehouse::bench
