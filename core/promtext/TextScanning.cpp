#include "core/promtext/TextScanning.h"

#include <cstdint>
#include <cstring>

namespace gatehouse::promtext::detail {

// The first byte of [p, end) that is not part of a valid UTF-8 sequence, or nullptr.
const char* invalidUtf8(const char* p, const char* end)
{
    while (p != end) {
        const unsigned char c = byte(*p);
        if (c < 0x80) {
            ++p;
            continue;
        }
        std::size_t length = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                min = 0xA0; // overlong
            if (c == 0xED)
                max = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                min = 0x90; // overlong
            if (c == 0xF4)
                max = 0x8F; // above U+10FFFF
        } else {
            return p;
        }
        if (static_cast<std::size_t>(end - p) < length)
            return p;
        const unsigned char second = byte(p[1]);
        if (second < min || second > max)
            return p;
        for (std::size_t i = 2; i < length; ++i) {
            if ((byte(p[i]) & 0xC0) != 0x80)
                return p;
        }
        p += length;
    }
    return nullptr;
}

std::size_t codePoints(std::string_view s)
{
    std::size_t n = 0;
    for (const char c : s)
        n += (byte(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

// A token for an error message: cut to a readable length, control and non-ASCII bytes as \xHH
// so that a broken scrape cannot garble the terminal or the log.
std::string quoted(std::string_view token)
{
    constexpr std::size_t maxShown = 40;
    std::string out = "\"";
    const std::size_t shown = token.size() > maxShown ? maxShown : token.size();
    for (std::size_t i = 0; i < shown; ++i) {
        const unsigned char c = byte(token[i]);
        if (c < 0x20 || c >= 0x7F) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        } else {
            out += static_cast<char>(c);
        }
    }
    if (shown < token.size())
        out += "...";
    out += '"';
    return out;
}

std::string describe(const char* p, const char* end)
{
    if (p == end)
        return "the end of the line";
    const char* tokenEnd = p + 1;
    while (tokenEnd != end && !isBlank(*tokenEnd) && *tokenEnd != ',' && *tokenEnd != '}')
        ++tokenEnd;
    return quoted(std::string_view(p, static_cast<std::size_t>(tokenEnd - p)));
}

} // namespace gatehouse::promtext::detail
