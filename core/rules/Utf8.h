#pragma once

#include <cstddef>
#include <string_view>

// The little UTF-8 arithmetic the engine needs; RE2 does the Unicode-aware matching.
namespace gatehouse::rules::utf8 {

bool isValid(std::string_view text);

// Code points in text; an invalid byte counts as one.
std::size_t length(std::string_view text);

inline bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// The largest character boundary <= offset (offset itself when it is one).
std::size_t boundaryAtOrBefore(std::string_view text, std::size_t offset);

// Bytes of the character that starts at offset (1 for an invalid byte; 0 at the end).
std::size_t charLength(std::string_view text, std::size_t offset);

} // namespace gatehouse::rules::utf8
