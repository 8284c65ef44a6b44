#pragma once

#include "core/promtext/Format.h"

#include <string>
#include <string_view>

// The parser hands out label values and HELP texts as raw views into the scrape (zero-copy);
// these resolve their escapes only when a caller needs the text itself.
namespace gatehouse::promtext {

// True when `raw` holds a backslash, i.e. when the unescaped text differs from the raw view.
bool hasEscapes(std::string_view raw);

// Label values: `\\`, `\"` and `\n` in both formats. Any other escape is kept verbatim in 0.0.4
// (as Prometheus does) and reads as the escaped character in OpenMetrics (`\a` is `a`).
std::string unescapeLabelValue(std::string_view raw, Format format);

// HELP texts: 0.0.4 knows only `\\` and `\n` (`\"` stays two characters); OpenMetrics also
// `\"`, and an unknown escape reads as the escaped character.
std::string unescapeHelp(std::string_view raw, Format format);

} // namespace gatehouse::promtext
