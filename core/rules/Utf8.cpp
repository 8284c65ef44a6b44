#include "core/rules/Utf8.h"

namespace gatehouse::rules::utf8 {
namespace {

// Length of the well-formed sequence at offset, or 0 if it is not one (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF).
std::size_t sequenceLength(std::string_view text, std::size_t i)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = b(i);
    const std::size_t left = text.size() - i;
    if (c < 0x80) {
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        return left >= 2 && isContinuation(b(i + 1)) ? 2 : 0;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || !isContinuation(b(i + 1)) || !isContinuation(b(i + 2))) {
            return 0;
        }
        if ((c == 0xE0 && b(i + 1) < 0xA0) || (c == 0xED && b(i + 1) > 0x9F)) {
            return 0;
        }
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (left < 4 || !isContinuation(b(i + 1)) || !isContinuation(b(i + 2)) || !isContinuation(b(i + 3))) {
            return 0;
        }
        if ((c == 0xF0 && b(i + 1) < 0x90) || (c == 0xF4 && b(i + 1) > 0x8F)) {
            return 0;
        }
        return 4;
    }
    return 0;
}

} // namespace

bool isValid(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequenceLength(text, i);
        if (n == 0) {
            return false;
        }
        i += n;
    }
    return true;
}

std::size_t length(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); i += charLength(text, i)) {
        ++count;
    }
    return count;
}

std::size_t boundaryAtOrBefore(std::string_view text, std::size_t offset)
{
    if (offset >= text.size()) {
        return text.size();
    }
    // A character is at most 4 bytes; stop after 3 continuation bytes so invalid input cannot
    // walk far back.
    std::size_t i = offset;
    for (int steps = 0; i > 0 && steps < 3 && isContinuation(static_cast<unsigned char>(text[i])); ++steps) {
        --i;
    }
    return isContinuation(static_cast<unsigned char>(text[i])) ? offset : i;
}

std::size_t charLength(std::string_view text, std::size_t offset)
{
    if (offset >= text.size()) {
        return 0;
    }
    const std::size_t n = sequenceLength(text, offset);
    return n == 0 ? 1 : n;
}

} // namespace gatehouse::rules::utf8
