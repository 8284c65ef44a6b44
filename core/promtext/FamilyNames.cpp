#include "core/promtext/FamilyNames.h"

#include <array>

namespace gatehouse::promtext::detail {

namespace {
// Sample name suffixes that OpenMetrics gives the samples of a family.
constexpr std::array<std::string_view, 8> knownSuffixes = {"_total", "_created", "_bucket", "_count",
                                                           "_sum",   "_gcount",  "_gsum",   "_info"};

} // namespace

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string_view withoutKnownSuffix(std::string_view name)
{
    for (const std::string_view suffix : knownSuffixes) {
        if (name.size() > suffix.size() && endsWith(name, suffix))
            return name.substr(0, name.size() - suffix.size());
    }
    return name;
}

bool suffixAllowed(MetricType type, std::string_view suffix)
{
    switch (type) {
    case MetricType::Counter:
        return suffix == "_total" || suffix == "_created";
    case MetricType::Histogram:
        return suffix == "_bucket" || suffix == "_count" || suffix == "_sum" || suffix == "_created";
    case MetricType::GaugeHistogram:
        return suffix == "_bucket" || suffix == "_gcount" || suffix == "_gsum";
    case MetricType::Summary:
        return suffix == "_count" || suffix == "_sum" || suffix == "_created";
    case MetricType::Info:
        return suffix == "_info";
    case MetricType::Unknown:
    case MetricType::Gauge:
    case MetricType::StateSet:
        return false;
    }
    return false;
}

std::optional<MetricType> typeFromName(std::string_view name, Format format)
{
    if (name == "counter")
        return MetricType::Counter;
    if (name == "gauge")
        return MetricType::Gauge;
    if (name == "histogram")
        return MetricType::Histogram;
    if (name == "summary")
        return MetricType::Summary;
    if (format == Format::Prometheus004) {
        if (name == "untyped")
            return MetricType::Unknown;
        return std::nullopt;
    }
    if (name == "unknown")
        return MetricType::Unknown;
    if (name == "gaugehistogram")
        return MetricType::GaugeHistogram;
    if (name == "stateset")
        return MetricType::StateSet;
    if (name == "info")
        return MetricType::Info;
    return std::nullopt;
}

} // namespace gatehouse::promtext::detail
