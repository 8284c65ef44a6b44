#include "gateway/pipeline/MetricsStage.h"

#include "gateway/metrics/GatewayMetrics.h"
#include "gateway/pipeline/ChatExchange.h"

#include <algorithm>

namespace gatehouse::gateway {

namespace {

double secondsBetween(ChatExchange::TimePoint from, ChatExchange::TimePoint to)
{
    return std::max(0.0, std::chrono::duration<double>(to - from).count());
}

} // namespace

MetricsStage::MetricsStage(metrics::GatewayMetrics& metrics)
    : m_metrics(metrics)
{}

void MetricsStage::begin(ChatExchange& exchange) const
{
    exchange.countedInFlight = true;
    m_metrics.inFlight.fetch_add(1, std::memory_order_relaxed);
}

void MetricsStage::record(const ChatExchange& exchange) const
{
    const auto now = std::chrono::steady_clock::now();
    if (exchange.countedInFlight)
        m_metrics.inFlight.fetch_sub(1, std::memory_order_relaxed);

    // No status was sent when the client left first.
    const std::string code = exchange.status ? std::to_string(exchange.status) : "none";
    m_metrics.requests.add({exchange.path, exchange.model, exchange.upstream, code});

    const double total = secondsBetween(exchange.received, now);
    m_metrics.requestDuration.observe({exchange.path, exchange.model}, total);

    double upstream = 0;
    if (exchange.upstreamStarted) {
        upstream = secondsBetween(*exchange.upstreamStarted, exchange.upstreamEnded.value_or(now));
        // An exchange that failed on every upstream is still time spent waiting on them.
        m_metrics.upstreamDuration.observe({exchange.upstream}, upstream);
    }
    m_metrics.overhead.observe({exchange.path}, std::max(0.0, total - upstream));

    if (exchange.streamed && exchange.firstEvent)
        m_metrics.timeToFirstToken.observe({exchange.model},
                                           secondsBetween(exchange.received, *exchange.firstEvent));

    if (exchange.promptTokens)
        m_metrics.tokens.add({exchange.model, "prompt"}, static_cast<double>(*exchange.promptTokens));
    if (exchange.completionTokens)
        m_metrics.tokens.add({exchange.model, "completion"}, static_cast<double>(*exchange.completionTokens));
}

} // namespace gatehouse::gateway
