#include "ServerOverhead.h"

#include "HttpFetch.h"
#include "core/promtext/HistogramQuantile.h"
#include "core/promtext/Scrape.h"

#include <cmath>
#include <stdexcept>

namespace gatehouse::bench {

namespace {

constexpr std::string_view family = "gatehouse_overhead_seconds";
constexpr std::string_view route = "/v1/chat/completions";

} // namespace

ServerOverhead ServerOverhead::read(std::uint16_t port)
{
    const HttpAnswer answer = fetch(port, "GET", "/metrics");
    if (answer.status != 200)
        throw std::runtime_error("GET /metrics answered " + std::to_string(answer.status));
    const promtext::ScrapeResult parsed = promtext::parseScrape(answer.body, promtext::Format::Prometheus004);
    if (!parsed.ok())
        throw std::runtime_error("GET /metrics: " + parsed.error->toString());
    const promtext::Family* histogram = parsed.scrape.family(family);
    if (!histogram)
        throw std::runtime_error("GET /metrics has no " + std::string(family));
    const promtext::HistogramGrouping grouped = promtext::groupHistogram(parsed.scrape, *histogram);
    for (const auto& series : grouped.series) {
        for (const auto& label : series.labels) {
            if (label.name == "route" && label.rawValue == route)
                return ServerOverhead{series.buckets};
        }
    }
    return ServerOverhead{}; // no chat request yet
}

ServerOverhead ServerOverhead::since(const ServerOverhead& earlier) const
{
    ServerOverhead difference = *this;
    for (auto& bucket : difference.buckets) {
        for (const auto& before : earlier.buckets) {
            if (before.upperBound == bucket.upperBound)
                bucket.count -= before.count;
        }
    }
    return difference;
}

void ServerOverhead::add(const ServerOverhead& other)
{
    if (buckets.empty()) {
        buckets = other.buckets;
        return;
    }
    for (auto& bucket : buckets) {
        for (const auto& more : other.buckets) {
            if (more.upperBound == bucket.upperBound)
                bucket.count += more.count;
        }
    }
}

double ServerOverhead::count() const
{
    return buckets.empty() ? 0 : buckets.back().count;
}

double ServerOverhead::quantileMs(double q) const
{
    return promtext::histogramQuantile(q, buckets) * 1000;
}

double ServerOverhead::shareWithinMs(double ms) const
{
    for (const auto& bucket : buckets) {
        if (std::abs(bucket.upperBound * 1000 - ms) < 1e-9)
            return count() > 0 ? bucket.count / count() : NAN;
    }
    return NAN;
}

} // namespace gatehouse::bench
