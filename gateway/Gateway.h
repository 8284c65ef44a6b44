#pragma once

#include "gateway/config/GatewayConfig.h"

#include <iosfwd>

namespace gatehouse::gateway {

// Runs gatehoused with `config` until SIGTERM or SIGINT: binds the listen address, prints
// "gatehoused listening on http://HOST:PORT" (the real port) to `log`, serves requests, then
// stops cleanly. Returns the process exit code: 0 after a clean stop, 1 when it could not
// start (the reason is one line on `log`).
int runGateway(const GatewayConfig& config, std::ostream& log);

} // namespace gatehouse::gateway
