#include "core/metrics/ScrapeTarget.h"

#include <algorithm>

namespace gatehouse::metrics {

std::optional<ScrapeTarget> scrapeTargetFor(const GatewayProfile& profile)
{
    if (profile.kind == GatewayKind::PrometheusServer || !profile.metricsUrl.isValid() ||
        profile.metricsUrl.isEmpty())
        return std::nullopt;
    ScrapeTarget t;
    t.gatewayId = profile.id;
    t.name = profile.name;
    t.url = profile.metricsUrl;
    t.intervalMs = std::max(1, profile.pollIntervalSeconds) * 1000;
    t.timeoutMs = std::clamp(t.intervalMs * 4 / 5, 1000, 10000);
    t.tls = profile.tls;
    t.credentialSecret = profile.apiKeySecret;
    t.tags = profile.tags;
    return t;
}

} // namespace gatehouse::metrics
