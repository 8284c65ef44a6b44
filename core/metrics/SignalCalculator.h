#pragma once

#include "core/metrics/MetricProfile.h"
#include "core/promtext/Scrape.h"

#include <optional>
#include <span>
#include <utility>
#include <vector>

// Computes a profile's canonical signals from successive scrapes of one target with PromQL's own
// functions (core/promtext): counters by rate() with resets, latencies by histogram_quantile()
// over the summed per-bucket rates. A signal that cannot be computed — a family missing, fewer
// than two samples, no observations in the window — is absent, never zero.
namespace gatehouse::metrics {

struct TimedScrape
{
    double seconds = 0; // when the scrape was taken, Unix seconds
    const promtext::Scrape* scrape = nullptr;
};

struct SignalValue
{
    QString id;                                      // canonical signal id
    std::optional<double> value;                     // absent when it cannot be computed
    std::vector<std::pair<QString, double>> byLabel; // when the expression has "by"
};

class SignalCalculator
{
public:
    explicit SignalCalculator(const MetricProfile& profile);

    // Scrapes in time order. The range is (first − 1 ms, last]: both ends' samples count, so two
    // scrapes Δt apart give a counter's rate as Δv / Δt (Prometheus's range is left-open).
    // Signals come in canonical order; those the profile does not define are left out.
    std::vector<SignalValue> compute(std::span<const TimedScrape> scrapes) const;

    // One expression over an explicit range (start, end].
    static SignalValue evaluate(const Expression& expression, std::span<const TimedScrape> scrapes,
                                double start, double end);

private:
    const MetricProfile& m_profile;
};

} // namespace gatehouse::metrics
