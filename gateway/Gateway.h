#pragma once

#include "gateway/config/GatewayConfig.h"

#include <functional>
#include <iosfwd>

namespace gatehouse::gateway {

// Runs gatehoused with `config` until SIGTERM or SIGINT: binds the listen address, prints
// "gatehoused listening on http[s]://HOST:PORT" (the real port) to `log`, serves requests, then
// stops cleanly. Returns the process exit code: 0 after a clean stop, 1 when it could not
// start (the reason is one line on `log`). On SIGHUP the TLS certificate is read again and,
// when `reloadConfig` is given, the configuration it returns replaces routing, limits and the
// admin token for new requests (a ConfigError keeps the running one; both are logged).
int runGateway(const GatewayConfig& config, std::ostream& log,
               const std::function<GatewayConfig()>& reloadConfig = {});

} // namespace gatehouse::gateway
