#pragma once

#include "gateway/metrics/CacheMetrics.h"
#include "gateway/metrics/CounterFamily.h"
#include "gateway/metrics/HistogramFamily.h"

#include <atomic>
#include <cstdint>
#include <string>

namespace gatehouse::gateway::metrics {

// The request metrics gatehoused exports on GET /metrics, prefix gatehouse_. Safe to record from
// all worker threads at once (sharded families, an atomic gauge).
struct GatewayMetrics
{
    CounterFamily requests{"gatehouse_requests_total",
                           "Chat completion requests answered, by HTTP status code.",
                           {"route", "model", "upstream", "code"}};
    HistogramFamily requestDuration{"gatehouse_request_duration_seconds",
                                    "Time from receiving a request to its last byte sent.",
                                    {"route", "model"},
                                    llmLatencyBuckets()};
    HistogramFamily upstreamDuration{
        "gatehouse_upstream_duration_seconds",
        "Time spent waiting on upstreams, from the first attempt to the answer's end.",
        {"upstream"},
        llmLatencyBuckets()};
    HistogramFamily timeToFirstToken{
        "gatehouse_time_to_first_token_seconds",
        "Time from receiving a streamed request to its first content event sent.",
        {"model"},
        llmLatencyBuckets()};
    HistogramFamily overhead{
        "gatehouse_overhead_seconds",
        "Time the gateway itself added to a request: its duration minus the upstream time.",
        {"route"},
        overheadBuckets()};
    CounterFamily tokens{
        "gatehouse_tokens_total", "Tokens reported by upstreams in usage, by kind.", {"model", "kind"}};
    CounterFamily filterVerdicts{
        "gatehouse_filter_verdicts_total",
        "Content filter decisions: one per rule that hit (action block, redact or flag), else pass; "
        "error when the engine failed.",
        {"stage", "action", "rule"}};
    std::atomic<std::int64_t> inFlight{0};
    CacheMetrics cache;

    // All of the above in the text format 0.0.4.
    void render(std::string& out) const;
};

} // namespace gatehouse::gateway::metrics
