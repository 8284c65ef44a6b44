#include "core/chat/ChatEndpoint.h"

namespace gatehouse {

ChatEndpoint ChatEndpoint::fromProfile(const GatewayProfile& profile, QByteArray credential)
{
    ChatEndpoint e;
    e.baseUrl = profile.baseUrl;
    e.credential = std::move(credential);
    e.tls = profile.tls;
    e.compatibility = ChatCompatibility::forKind(profile.kind);
    return e;
}

QUrl ChatEndpoint::url(const QString& path) const
{
    QUrl u = baseUrl;
    QString p = u.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    u.setPath(p + QLatin1Char('/') + path);
    return u;
}

} // namespace gatehouse
