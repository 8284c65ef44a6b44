#pragma once

#include "core/registry/GatewayProfile.h"

#include <QByteArray>
#include <QUrl>

namespace gatehouse {

// Where a gatehoused admin API is and how to reach it: its root (…/admin/v1), the admin token
// (read from the keychain by the caller), TLS trust, and a timeout every call has.
struct AdminEndpoint
{
    QUrl adminUrl; // e.g. http://127.0.0.1:8080/admin/v1
    QByteArray token;
    TlsOptions tls;
    int timeoutMs = 20'000;

    static AdminEndpoint fromProfile(const GatewayProfile& profile, QByteArray token);
    // adminUrl + "/" + path (path may carry a query), without doubling slashes.
    QUrl url(const QString& path) const;
};

} // namespace gatehouse
