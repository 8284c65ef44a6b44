#include "gateway/metrics/GatewayMetrics.h"

#include "gateway/metrics/TextExposition.h"

namespace gatehouse::gateway::metrics {

void GatewayMetrics::render(std::string& out) const
{
    requests.render(out);
    requestDuration.render(out);
    upstreamDuration.render(out);
    timeToFirstToken.render(out);
    overhead.render(out);
    tokens.render(out);
    filterVerdicts.render(out);
    writeHeader(out, "gatehouse_in_flight_requests", "Chat completion requests being answered now.", "gauge");
    writeSample(out, "gatehouse_in_flight_requests", {}, {},
                static_cast<double>(inFlight.load(std::memory_order_relaxed)));
    cache.render(out);
}

} // namespace gatehouse::gateway::metrics
