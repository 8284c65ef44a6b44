#include "core/promtext/Format.h"

#include <algorithm>
#include <cctype>

namespace gatehouse::promtext {
namespace {

char lower(char c)
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

Format formatFromContentType(std::string_view contentType)
{
    std::string_view rest = contentType;
    const std::size_t semicolon = rest.find(';');
    const std::string_view mediaType = trimmed(rest.substr(0, semicolon));
    if (!equalsIgnoringCase(mediaType, "application/openmetrics-text"))
        return Format::Prometheus004;
    rest = semicolon == std::string_view::npos ? std::string_view() : rest.substr(semicolon + 1);
    while (!rest.empty()) {
        const std::size_t next = rest.find(';');
        const std::string_view parameter = trimmed(rest.substr(0, next));
        rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 1);
        const std::size_t equals = parameter.find('=');
        if (equals == std::string_view::npos)
            continue;
        if (!equalsIgnoringCase(trimmed(parameter.substr(0, equals)), "version"))
            continue;
        std::string_view version = trimmed(parameter.substr(equals + 1));
        if (version.size() >= 2 && version.front() == '"' && version.back() == '"')
            version = version.substr(1, version.size() - 2);
        // 1.0.0 is the version we implement; an unknown version falls back like Prometheus does.
        return version == "1.0.0" ? Format::OpenMetrics1 : Format::Prometheus004;
    }
    return Format::OpenMetrics1;
}

std::string_view formatName(Format format)
{
    switch (format) {
    case Format::Prometheus004:
        return "Prometheus text 0.0.4";
    case Format::OpenMetrics1:
        return "OpenMetrics 1.0";
    }
    return "unknown format";
}

std::string_view metricTypeName(MetricType type)
{
    switch (type) {
    case MetricType::Unknown:
        return "unknown";
    case MetricType::Counter:
        return "counter";
    case MetricType::Gauge:
        return "gauge";
    case MetricType::Histogram:
        return "histogram";
    case MetricType::GaugeHistogram:
        return "gaugehistogram";
    case MetricType::Summary:
        return "summary";
    case MetricType::StateSet:
        return "stateset";
    case MetricType::Info:
        return "info";
    }
    return "unknown";
}

} // namespace gatehouse::promtext
