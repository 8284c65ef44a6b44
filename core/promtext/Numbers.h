#pragma once

#include <cstdint>
#include <string_view>

// The number grammar of the text formats, checked before conversion so that what std::from_chars
// (or Go's ParseFloat) would also take — hex floats, `_` separators, "infinity" spelled oddly —
// is refused exactly where Prometheus refuses it.
namespace gatehouse::promtext {

enum class NumberStatus
{
    Ok,
    Invalid,
    OutOfRange,
};

// A sample value, an `le` or `quantile` bound, an OpenMetrics timestamp:
// [+-] digits [. digits] [e [+-] digits] (at least one digit before the exponent), or NaN,
// Inf, +Inf, -Inf in any letter case (also "Infinity", as Go's ParseFloat reads it).
NumberStatus parseFloat(std::string_view token, double& out);

// A 0.0.4 timestamp: an integer number of milliseconds, optionally signed.
NumberStatus parseInteger(std::string_view token, std::int64_t& out);

} // namespace gatehouse::promtext
