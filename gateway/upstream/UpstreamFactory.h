#pragma once

#include "gateway/config/RoutingConfig.h"
#include "gateway/upstream/Upstream.h"

#include <memory>
#include <string>

namespace gatehouse::gateway {

// Builds the upstream an [[upstreams]] entry describes, reading its API key from the named
// environment variable or file. Throws ConfigError naming the entry ("FILE:LINE:COL: upstream
// 'x': ...") when the key is missing; the key itself never appears in a message.
std::unique_ptr<Upstream> makeUpstream(const UpstreamConfig& config);

// The key an upstream is configured with: empty when none is configured.
std::string readApiKey(const UpstreamConfig& config);

} // namespace gatehouse::gateway
