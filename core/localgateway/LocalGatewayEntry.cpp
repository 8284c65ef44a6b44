#include "core/localgateway/LocalGatewayEntry.h"

#include "core/localgateway/LocalGateway.h"

namespace gatehouse {

QString localGatewayEntryName()
{
    return QStringLiteral("Local gateway");
}

QString localGatewayAdminSecretName()
{
    return QStringLiteral("local-gateway-admin-token");
}

RegistryResult recordLocalGateway(GatewayRegistry& registry, const LocalGateway& gateway)
{
    std::optional<GatewayProfile> existing = registry.findByName(localGatewayEntryName());
    GatewayProfile p = existing.value_or(GatewayProfile{});
    p.name = localGatewayEntryName();
    p.kind = GatewayKind::Gatehouse;
    p.baseUrl = gateway.baseUrl();
    p.metricsUrl = gateway.metricsUrl();
    p.adminUrl = gateway.adminUrl();
    p.adminTokenSecret = localGatewayAdminSecretName();
    if (!existing) {
        p.tags = QStringList{QStringLiteral("local")};
        return registry.add(p);
    }
    if (existing->baseUrl == p.baseUrl && existing->metricsUrl == p.metricsUrl &&
        existing->adminUrl == p.adminUrl && existing->adminTokenSecret == p.adminTokenSecret)
        return {};
    return registry.update(p);
}

} // namespace gatehouse
