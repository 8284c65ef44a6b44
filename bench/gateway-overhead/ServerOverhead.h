#pragma once

#include "core/promtext/HistogramSeries.h"

#include <cstdint>
#include <vector>

namespace gatehouse::bench {

// What gatehoused itself counted of the time it added to chat requests: its histogram
// gatehouse_overhead_seconds{route="/v1/chat/completions"} (the request's time in gatehoused
// minus the upstream's), cumulative buckets as read from its /metrics. Read before and after a
// phase, the difference is that phase's requests alone — the gateway's own work, without the
// machine's scheduling between the load generator and the two processes.
struct ServerOverhead
{
    std::vector<promtext::Bucket> buckets; // ascending bounds, the last +Inf

    // Throws std::runtime_error when /metrics cannot be read or has no such histogram.
    static ServerOverhead read(std::uint16_t port);

    // This one's counts minus `earlier`'s, bucket by bucket.
    ServerOverhead since(const ServerOverhead& earlier) const;
    void add(const ServerOverhead& other);

    double count() const;
    double quantileMs(double q) const;     // PromQL's histogram_quantile, so within a bucket's width
    double shareWithinMs(double ms) const; // of requests at most `ms` (`ms` must be a bucket bound)
};

} // namespace gatehouse::bench
