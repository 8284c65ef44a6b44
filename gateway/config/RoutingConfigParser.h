#pragma once

#include "gateway/config/RoutingConfig.h"

#include <toml++/toml.h>

#include <string>

namespace gatehouse::gateway::config {

// Each reads one top-level key of the config file into `routing`; throws ConfigError.
void parseUpstreams(const std::string& sourceName, const toml::node& node, RoutingConfig& routing);
void parseModels(const std::string& sourceName, const toml::node& node, RoutingConfig& routing);
void parseRetry(const std::string& sourceName, const toml::node& node, RoutingConfig& routing);
void parseCircuitBreaker(const std::string& sourceName, const toml::node& node, RoutingConfig& routing);
// After all keys are read: every model names known upstreams, names are unique.
void checkRouting(const RoutingConfig& routing);

} // namespace gatehouse::gateway::config
