#pragma once

#include <string_view>

// Text forms of IP addresses, checked exactly (RFC 4291 §2.2 for IPv6) so the PII detectors do
// not take times, versions or hex words for addresses. Own parser: inet_pton differs by platform.
namespace gatehouse::rules {

// Dotted quad, each part 0-255 without leading zeros.
bool ipv4Valid(std::string_view text);

// Eight groups of 1-4 hex digits, at most one "::", optionally ending in a dotted quad; no zone.
bool ipv6Valid(std::string_view text);

} // namespace gatehouse::rules
