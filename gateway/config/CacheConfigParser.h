#pragma once

#include "gateway/cache/CacheConfig.h"

#include <toml++/toml.h>

#include <string>

namespace gatehouse::gateway::config {

// Reads [cache] and its [cache.models."NAME"] tables; throws ConfigError naming FILE:LINE:COL
// and the key.
CacheConfig parseCache(const std::string& sourceName, const toml::node& node);

} // namespace gatehouse::gateway::config
