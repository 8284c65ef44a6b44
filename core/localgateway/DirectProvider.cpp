#include "core/localgateway/DirectProvider.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace gatehouse {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DirectProvider)
};
} // namespace

QString defaultLocalGatewayDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/local-gateway");
}

QString defaultProvidersFile()
{
    return defaultLocalGatewayDirectory() + QStringLiteral("/providers.json");
}

GatewayProfile directProviderProfile(const ProviderUpstream& provider)
{
    GatewayProfile p;
    p.name = Text::tr("%1 (provider, direct)").arg(provider.name);
    p.kind = GatewayKind::OpenAiCompatible;
    p.baseUrl = provider.baseUrl;
    if (provider.auth == ProviderUpstream::Auth::ApiKey && !provider.secretName.isEmpty())
        p.chat.extraHeaders.append(
            {QStringLiteral("api-key"), QStringLiteral("{secret:%1}").arg(provider.secretName)});
    else
        p.apiKeySecret = provider.secretName;
    return p;
}

} // namespace gatehouse
