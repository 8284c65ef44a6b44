#include "core/chat/ChatEndpoint.h"

namespace gatehouse {

ChatEndpoint ChatEndpoint::fromProfile(const GatewayProfile& profile, QByteArray credential)
{
    ChatEndpoint e;
    e.baseUrl = profile.baseUrl;
    e.credential = std::move(credential);
    e.tls = profile.tls;
    e.compatibility = ChatCompatibility::forKind(profile.kind);
    const ChatOptions& options = profile.chat;
    if (options.tokenLimitField == QLatin1String("max_tokens"))
        e.compatibility.tokenLimitField = ChatCompatibility::TokenLimitField::MaxTokens;
    else if (options.tokenLimitField == QLatin1String("max_completion_tokens"))
        e.compatibility.tokenLimitField = ChatCompatibility::TokenLimitField::MaxCompletionTokens;
    if (options.streamOptions)
        e.compatibility.acceptsStreamOptions = *options.streamOptions;
    for (const auto& [name, value] : options.extraHeaders)
        e.compatibility.extraHeaders.append({name.toLatin1(), value.toUtf8()}); // {secret:…} still unexpanded
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
