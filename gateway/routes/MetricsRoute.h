#pragma once

namespace gatehouse::gateway {

class Router;
class UpstreamPool;

namespace metrics {
struct GatewayMetrics;
}

// GET /metrics: Prometheus text format 0.0.4 — the request metrics, each upstream's health
// (gatehouse_upstream_up, gatehouse_upstream_circuit_state: 0 closed, 1 half-open, 2 open) and the
// standard process_* metrics.
void addMetricsRoute(Router& router, const metrics::GatewayMetrics& metrics, const UpstreamPool& pool);

} // namespace gatehouse::gateway
