#pragma once

#include <span>
#include <string>
#include <string_view>

// Writing the Prometheus text format 0.0.4: one HELP and TYPE header per family, then samples
// `name{label="value",...} value`. Label values are escaped (\\, \", \n); values use the
// format's spelling of the special numbers (+Inf, -Inf, NaN).
namespace gatehouse::gateway::metrics {

inline constexpr std::string_view textContentType = "text/plain; version=0.0.4; charset=utf-8";

void writeHeader(std::string& out, std::string_view name, std::string_view help, std::string_view type);

// `labelNames` and `labelValues` pair up; an empty `extraName` adds no label (used for "le").
void writeSample(std::string& out, std::string_view name, std::span<const std::string> labelNames,
                 std::span<const std::string> labelValues, double value, std::string_view extraName = {},
                 std::string_view extraValue = {});

std::string formatValue(double value);
void appendEscapedLabelValue(std::string& out, std::string_view value);

} // namespace gatehouse::gateway::metrics
