#pragma once

namespace gatehouse::gateway {

struct ChatExchange;

namespace metrics {
struct GatewayMetrics;
}

// The metrics half of the "metrics and access log" stage: turns a finished exchange into
// gatehouse_* observations (requests, durations, overhead, TTFT, tokens) and keeps the in-flight
// gauge. Safe to call from all worker threads.
class MetricsStage
{
public:
    explicit MetricsStage(metrics::GatewayMetrics& metrics);

    // A request was accepted for answering.
    void begin(ChatExchange& exchange) const;
    // The exchange is over (answered, refused, or the client left).
    void record(const ChatExchange& exchange) const;

private:
    metrics::GatewayMetrics& m_metrics;
};

} // namespace gatehouse::gateway
