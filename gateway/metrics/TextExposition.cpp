#include "gateway/metrics/TextExposition.h"

#include <charconv>
#include <cmath>

namespace gatehouse::gateway::metrics {

void writeHeader(std::string& out, std::string_view name, std::string_view help, std::string_view type)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    // HELP escapes only backslash and line feed.
    for (const char c : help) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

void appendEscapedLabelValue(std::string& out, std::string_view value)
{
    for (const char c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
}

std::string formatValue(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

void writeSample(std::string& out, std::string_view name, std::span<const std::string> labelNames,
                 std::span<const std::string> labelValues, double value, std::string_view extraName,
                 std::string_view extraValue)
{
    out += name;
    const bool anyLabel = !labelNames.empty() || !extraName.empty();
    if (anyLabel) {
        out += '{';
        bool first = true;
        for (std::size_t i = 0; i < labelNames.size() && i < labelValues.size(); ++i) {
            if (!first)
                out += ',';
            first = false;
            out += labelNames[i];
            out += "=\"";
            appendEscapedLabelValue(out, labelValues[i]);
            out += '"';
        }
        if (!extraName.empty()) {
            if (!first)
                out += ',';
            out += extraName;
            out += "=\"";
            appendEscapedLabelValue(out, extraValue);
            out += '"';
        }
        out += '}';
    }
    out += ' ';
    out += formatValue(value);
    out += '\n';
}

} // namespace gatehouse::gateway::metrics
