#pragma once

#include "core/registry/GatewayRegistry.h"

namespace gatehouse {

class LocalGateway;

// The registry entry of the running local gateway, so every page (chat, dashboards, tests) can
// use it like any other: created on first start, its address updated on later ones.
// Its admin API token (new at every start) is kept in the keychain under
// localGatewayAdminSecretName(), which the entry names, so the Keys, Rules and Cache pages can
// manage the local gateway like any other gatehoused.
QString localGatewayEntryName();
QString localGatewayAdminSecretName();
RegistryResult recordLocalGateway(GatewayRegistry& registry, const LocalGateway& gateway);

} // namespace gatehouse
