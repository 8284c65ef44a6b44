#pragma once

#include "core/promtext/Format.h"

#include <optional>
#include <string_view>

// How sample names relate to their family: the suffixes OpenMetrics gives each metric type, and
// the type names of the two formats.
namespace gatehouse::promtext::detail {

bool endsWith(std::string_view s, std::string_view suffix);
std::string_view withoutKnownSuffix(std::string_view name);
bool suffixAllowed(MetricType type, std::string_view suffix);
std::optional<MetricType> typeFromName(std::string_view name, Format format);

} // namespace gatehouse::promtext::detail
