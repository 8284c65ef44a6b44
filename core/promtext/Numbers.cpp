#include "core/promtext/Numbers.h"

#include <charconv>
#include <limits>

namespace gatehouse::promtext {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool equalsLowercase(std::string_view token, std::string_view lowercase)
{
    if (token.size() != lowercase.size())
        return false;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if ((token[i] | 0x20) != lowercase[i])
            return false;
    }
    return true;
}

} // namespace

NumberStatus parseFloat(std::string_view token, double& out)
{
    const char* p = token.data();
    const char* const end = p + token.size();
    if (p == end)
        return NumberStatus::Invalid;

    // Fast path: the plain integers most exporters print (counts, byte totals). Up to 15 digits
    // every value is exact in a double, so summing digits gives the same result as from_chars.
    if (token.size() <= 15) {
        std::uint64_t integer = 0;
        const char* q = p;
        while (q != end && isDigit(*q))
            integer = integer * 10 + static_cast<std::uint64_t>(*q++ - '0');
        if (q == end) {
            out = static_cast<double>(integer);
            return NumberStatus::Ok;
        }
    }

    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
    }
    const std::string_view unsigned_(p, static_cast<std::size_t>(end - p));
    if (!unsigned_.empty() && !isDigit(unsigned_.front()) && unsigned_.front() != '.') {
        if (equalsLowercase(unsigned_, "inf") || equalsLowercase(unsigned_, "infinity")) {
            out =
                negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
            return NumberStatus::Ok;
        }
        // Go accepts no sign on NaN, so neither do we.
        if (p == token.data() && equalsLowercase(unsigned_, "nan")) {
            out = std::numeric_limits<double>::quiet_NaN();
            return NumberStatus::Ok;
        }
        return NumberStatus::Invalid;
    }

    // Validate the decimal grammar; from_chars would also read "1e" as 1 and stop early.
    const char* q = p;
    std::size_t mantissaDigits = 0;
    bool integerPartIsZero = true;
    bool negativeExponent = false;
    bool hasExponent = false;
    while (q != end && isDigit(*q)) {
        integerPartIsZero = integerPartIsZero && *q == '0';
        ++q;
        ++mantissaDigits;
    }
    if (q != end && *q == '.') {
        ++q;
        while (q != end && isDigit(*q)) {
            ++q;
            ++mantissaDigits;
        }
    }
    if (mantissaDigits == 0)
        return NumberStatus::Invalid;
    if (q != end && (*q == 'e' || *q == 'E')) {
        ++q;
        hasExponent = true;
        if (q != end && (*q == '+' || *q == '-'))
            negativeExponent = *q++ == '-';
        if (q == end || !isDigit(*q))
            return NumberStatus::Invalid;
        while (q != end && isDigit(*q))
            ++q;
    }
    if (q != end)
        return NumberStatus::Invalid;

    // from_chars takes no leading '+', so convert from after the sign and apply it ourselves.
    double magnitude = 0;
    const auto result = std::from_chars(p, end, magnitude, std::chars_format::general);
    if (result.ec == std::errc::result_out_of_range) {
        // from_chars leaves the value alone on a range error, so tell underflow from overflow by
        // the digits. Underflow to zero is what Go does too; only overflow is an error there.
        if (negativeExponent || (integerPartIsZero && !hasExponent)) {
            out = negative ? -0.0 : 0.0;
            return NumberStatus::Ok;
        }
        return NumberStatus::OutOfRange;
    }
    if (result.ec != std::errc() || result.ptr != end)
        return NumberStatus::Invalid;
    out = negative ? -magnitude : magnitude;
    return NumberStatus::Ok;
}

NumberStatus parseInteger(std::string_view token, std::int64_t& out)
{
    const char* p = token.data();
    const char* const end = p + token.size();
    if (p != end && *p == '+')
        ++p; // from_chars takes '-' but not '+'
    if (p == end || (*p == '-' && (p + 1 == end || !isDigit(p[1]))))
        return NumberStatus::Invalid;
    if (*p != '-' && !isDigit(*p))
        return NumberStatus::Invalid;
    if (p != token.data() && *p == '-')
        return NumberStatus::Invalid; // "+-5"
    const auto result = std::from_chars(p, end, out);
    if (result.ec == std::errc::result_out_of_range)
        return NumberStatus::OutOfRange;
    if (result.ec != std::errc() || result.ptr != end)
        return NumberStatus::Invalid;
    return NumberStatus::Ok;
}

} // namespace gatehouse::promtext
