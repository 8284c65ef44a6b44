#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Times in the admin API and the access log: RFC 3339 strings in UTC ("2026-11-26T14:56:58Z"),
// held as Unix seconds or milliseconds.
namespace gatehouse::gateway {

// "2026-11-26T14:56:58Z" for 1795705018.
std::string formatRfc3339(std::int64_t unixSeconds);
// "2026-11-26T14:56:58.123Z" for 1795705018123: for times kept in milliseconds (cache entries,
// the access log).
std::string formatRfc3339Millis(std::int64_t unixMs);

// Accepts "YYYY-MM-DDTHH:MM:SS" with an optional fraction (dropped) and "Z" or "±HH:MM";
// nullopt for anything else, including impossible dates such as 2026-02-30 or years before 1970.
std::optional<std::int64_t> parseRfc3339(std::string_view text);

// The current time in Unix seconds.
std::int64_t unixNow();

} // namespace gatehouse::gateway
