#pragma once

#include <string>
#include <string_view>

namespace gatehouse::sse {

// The bytes as UTF-8, with each maximal invalid subsequence replaced by U+FFFD (the WHATWG UTF-8
// decoder's behaviour). Returns the input unchanged (and cheaply) when it is valid.
std::string repairUtf8(std::string_view bytes);

bool isValidUtf8(std::string_view bytes);

} // namespace gatehouse::sse
