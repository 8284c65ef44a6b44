#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// Replaces matched text with [LABEL]. Where matches overlap, the higher-priority one keeps all of
// its text and the others keep only what is left, so no byte of any match survives and every
// label still shows. Offsets come from RE2 and fall on UTF-8 character boundaries.
namespace gatehouse::rules {

struct RedactionSpan
{
    std::size_t begin = 0;
    std::size_t end = 0;
    int priority = 0;
    std::string label;
};

std::string redact(std::string_view text, std::vector<RedactionSpan> spans);

} // namespace gatehouse::rules
