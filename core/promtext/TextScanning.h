#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

// Byte-level scanning of exposition text, shared by the parser's line readers: name and token
// scanning with lookup tables, blanks, UTF-8 validity, and quoting of bad input for messages.
namespace gatehouse::promtext::detail {

constexpr std::array<bool, 256> makeTable(bool firstChar, bool colon)
{
    std::array<bool, 256> table{};
    for (int c = 'a'; c <= 'z'; ++c)
        table[static_cast<std::size_t>(c)] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[static_cast<std::size_t>(c)] = true;
    table['_'] = true;
    if (colon)
        table[':'] = true;
    if (!firstChar) {
        for (int c = '0'; c <= '9'; ++c)
            table[static_cast<std::size_t>(c)] = true;
    }
    return table;
}

inline constexpr auto metricNameStart = makeTable(true, true);
inline constexpr auto metricNameChar = makeTable(false, true);
inline constexpr auto labelNameStart = makeTable(true, false);
inline constexpr auto labelNameChar = makeTable(false, false);

// The per-byte helpers are inline: they run for every byte of a scrape.
inline unsigned char byte(char c)
{
    return static_cast<unsigned char>(c);
}

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline const char* skipBlanks(const char* p, const char* end)
{
    while (p != end && isBlank(*p))
        ++p;
    return p;
}

inline const char* scanName(const char* p, const char* end, const std::array<bool, 256>& start,
                            const std::array<bool, 256>& rest)
{
    if (p == end || !start[byte(*p)])
        return p;
    ++p;
    while (p != end && rest[byte(*p)])
        ++p;
    return p;
}

// Up to the next separator: a blank in 0.0.4, a space in OpenMetrics (where a tab is an error
// that the number check then reports with the whole token).
inline const char* scanToken(const char* p, const char* end, bool openMetrics)
{
    if (openMetrics) {
        while (p != end && *p != ' ')
            ++p;
    } else {
        while (p != end && !isBlank(*p))
            ++p;
    }
    return p;
}

// The first byte of [p, end) that is not part of a valid UTF-8 sequence, or nullptr.
const char* invalidUtf8(const char* p, const char* end);
std::size_t codePoints(std::string_view s);
// A token for an error message: cut to a readable length, control and non-ASCII bytes as \xHH.
std::string quoted(std::string_view token);
std::string describe(const char* p, const char* end);

} // namespace gatehouse::promtext::detail
