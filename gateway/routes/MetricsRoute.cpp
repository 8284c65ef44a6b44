#include "gateway/routes/MetricsRoute.h"

#include "gateway/metrics/GatewayMetrics.h"
#include "gateway/metrics/ProcessMetrics.h"
#include "gateway/metrics/TextExposition.h"
#include "gateway/routing/UpstreamPool.h"
#include "gateway/server/Router.h"

namespace gatehouse::gateway {

namespace {

double circuitStateValue(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return 0;
    case CircuitBreaker::State::HalfOpen:
        return 1;
    case CircuitBreaker::State::Open:
        return 2;
    }
    return 2;
}

void renderUpstreams(std::string& out, const UpstreamPool& pool)
{
    const std::vector<std::string> labelNames{"upstream"};
    metrics::writeHeader(out, "gatehouse_upstream_up",
                         "Whether the upstream takes requests now (1) or its circuit is open (0).", "gauge");
    for (std::size_t i = 0; i < pool.upstreamCount(); ++i)
        metrics::writeSample(out, "gatehouse_upstream_up", labelNames, std::vector{pool.upstreamName(i)},
                             pool.usable(i) ? 1 : 0);
    metrics::writeHeader(out, "gatehouse_upstream_circuit_state",
                         "The upstream's circuit breaker: 0 closed, 1 half-open, 2 open.", "gauge");
    for (std::size_t i = 0; i < pool.upstreamCount(); ++i)
        metrics::writeSample(out, "gatehouse_upstream_circuit_state", labelNames,
                             std::vector{pool.upstreamName(i)}, circuitStateValue(pool.circuitState(i)));
}

} // namespace

void addMetricsRoute(Router& router, const metrics::GatewayMetrics& metrics, const UpstreamPool& pool)
{
    router.add("GET", "/metrics", [&metrics, &pool](const http::Request&) {
        http::Response response;
        response.status = 200;
        metrics.render(response.body);
        renderUpstreams(response.body, pool);
        metrics::renderProcessMetrics(response.body);
        response.setHeader("Content-Type", std::string(metrics::textContentType));
        response.setHeader("Cache-Control", "no-store");
        return response;
    });
}

} // namespace gatehouse::gateway
