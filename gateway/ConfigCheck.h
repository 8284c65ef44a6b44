#pragma once

#include "gateway/config/GatewayConfig.h"

#include <optional>
#include <string>

namespace gatehouse::gateway {

// gatehoused --check-config: after the file parses, the files it names that gatehoused would
// otherwise only open when it starts — the TLS certificate and key of [server], each https
// upstream's ca_file — and each upstream's base_url. The first problem, as "FILE:LINE:COL: why",
// or nothing. Upstream keys are not read: they come from the service's environment, a file only
// the service can read, or stdin, none of which a check run by hand has.
std::optional<std::string> checkConfigFiles(const GatewayConfig& config);

} // namespace gatehouse::gateway
