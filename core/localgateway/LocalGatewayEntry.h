#pragma once

#include "core/registry/GatewayRegistry.h"

namespace gatehouse {

class LocalGateway;

// The registry entry of the running local gateway, so every page (chat, dashboards, tests) can
// use it like any other: created on first start, its address updated on later ones.
QString localGatewayEntryName();
RegistryResult recordLocalGateway(GatewayRegistry& registry, const LocalGateway& gateway);

} // namespace gatehouse
