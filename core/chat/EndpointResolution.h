#pragma once

#include "core/chat/ChatEndpoint.h"
#include "core/registry/GatewayProfile.h"

#include <QString>

#include <functional>

class QObject;

namespace gatehouse {

class SecretStore;

// Turns a registry entry into a ChatEndpoint: reads its API key from the keychain when it has
// one. `done` runs later (never inside the call) and only while `context` lives; on failure the
// endpoint is empty and `error` says which secret could not be read and why.
using EndpointResolved = std::function<void(const ChatEndpoint& endpoint, const QString& error)>;
void resolveEndpoint(SecretStore& secrets, const GatewayProfile& profile, QObject* context,
                     EndpointResolved done);

} // namespace gatehouse
