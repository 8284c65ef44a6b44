#include "core/admin/AdminEndpoint.h"

namespace gatehouse {

AdminEndpoint AdminEndpoint::fromProfile(const GatewayProfile& profile, QByteArray token)
{
    AdminEndpoint endpoint;
    endpoint.adminUrl = profile.adminUrl;
    endpoint.token = std::move(token);
    endpoint.tls = profile.tls;
    return endpoint;
}

QUrl AdminEndpoint::url(const QString& path) const
{
    QString base = adminUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString tail = path;
    while (tail.startsWith(QLatin1Char('/')))
        tail.remove(0, 1);
    return QUrl(base + QLatin1Char('/') + tail, QUrl::StrictMode);
}

} // namespace gatehouse
