#pragma once

#include "core/localgateway/ProviderUpstream.h"
#include "core/registry/GatewayProfile.h"

namespace gatehouse {

// The local gateway's data directory and its providers file where the console keeps them
// (QStandardPaths' application data + "/local-gateway").
QString defaultLocalGatewayDirectory();
QString defaultProvidersFile();

// A provider of the local gateway as a chat target of its own, reached directly with its key
// from the keychain — no gateway between (to tell a gateway's effect from the provider's). Not a
// registry entry: id 0, kind OpenAI-compatible; an Azure-style provider's key goes in `api-key`.
GatewayProfile directProviderProfile(const ProviderUpstream& provider);

} // namespace gatehouse
