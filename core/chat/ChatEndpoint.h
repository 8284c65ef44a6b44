#pragma once

#include "core/chat/ChatCompatibility.h"
#include "core/registry/GatewayProfile.h"

#include <QByteArray>
#include <QUrl>

namespace gatehouse {

// Where and how to send chat requests: the API root, the bearer credential (read from the
// keychain by the caller), TLS trust, the endpoint's quirks, and the timeouts that every request
// has — connecting, waiting for the first byte (a local model may need a while to load), and
// silence between bytes once the answer flows.
struct ChatEndpoint
{
    QUrl baseUrl; // e.g. http://127.0.0.1:8080/v1; "chat/completions" and "models" are appended
    QByteArray credential;
    TlsOptions tls;
    ChatCompatibility compatibility;
    int connectTimeoutMs = 15'000;
    int firstByteTimeoutMs = 120'000;
    int idleTimeoutMs = 60'000;

    // The entry's address, TLS, compatibility and extra headers. Header values that name a secret
    // ({secret:NAME}) are left as they are: resolveEndpoint() reads and puts them in.
    static ChatEndpoint fromProfile(const GatewayProfile& profile, QByteArray credential);
    QUrl url(const QString& path) const; // baseUrl + "/" + path, without doubling slashes
};

} // namespace gatehouse
