#pragma once

#include <string_view>

// The two text expositions a /metrics endpoint serves, and the metric types they declare.
namespace gatehouse::promtext {

enum class Format
{
    Prometheus004, // text/plain; version=0.0.4
    OpenMetrics1,  // application/openmetrics-text; version=1.0.0
};

// Maps a Content-Type header to the format to parse with: `application/openmetrics-text`
// (version 1.0.0 or none) is OpenMetrics; anything else, including a missing header and an
// OpenMetrics version we do not know, is read as 0.0.4 — what Prometheus itself falls back to.
Format formatFromContentType(std::string_view contentType);

std::string_view formatName(Format format);

// 0.0.4's "untyped" and OpenMetrics' "unknown" are the same thing: Unknown.
enum class MetricType
{
    Unknown,
    Counter,
    Gauge,
    Histogram,
    GaugeHistogram,
    Summary,
    StateSet,
    Info,
};

std::string_view metricTypeName(MetricType type);

} // namespace gatehouse::promtext
