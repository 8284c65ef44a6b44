#include "core/rules/Checksums.h"

#include <array>
#include <string>

namespace gatehouse::rules {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

// Digits only, or empty if anything but digits and separators is present.
std::string digitsOf(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (isDigit(c)) {
            out += c;
        } else if (c != ' ' && c != '-') {
            return {};
        }
    }
    return out;
}

bool startsWithin(std::string_view digits, int length, int low, int high)
{
    if (digits.size() < static_cast<std::size_t>(length)) {
        return false;
    }
    int value = 0;
    for (int i = 0; i < length; ++i) {
        value = value * 10 + (digits[static_cast<std::size_t>(i)] - '0');
    }
    return value >= low && value <= high;
}

bool knownIssuer(std::string_view d)
{
    const std::size_t n = d.size();
    if (d[0] == '4') { // Visa
        return n == 13 || n == 16 || n == 19;
    }
    if (startsWithin(d, 2, 51, 55) || startsWithin(d, 4, 2221, 2720)) { // Mastercard
        return n == 16;
    }
    if (startsWithin(d, 2, 34, 34) || startsWithin(d, 2, 37, 37)) { // American Express
        return n == 15;
    }
    if (startsWithin(d, 4, 6011, 6011) || startsWithin(d, 2, 65, 65) || startsWithin(d, 3, 644, 649)) {
        return n >= 16 && n <= 19; // Discover
    }
    if (startsWithin(d, 4, 3528, 3589)) { // JCB
        return n >= 16 && n <= 19;
    }
    if (startsWithin(d, 3, 300, 305) || startsWithin(d, 2, 36, 36) || startsWithin(d, 2, 38, 39)) {
        return n >= 14 && n <= 19; // Diners Club
    }
    if (startsWithin(d, 2, 62, 62)) { // UnionPay
        return n >= 16 && n <= 19;
    }
    if (startsWithin(d, 2, 50, 50) || startsWithin(d, 2, 56, 58) || startsWithin(d, 1, 6, 6)) {
        return n >= 12 && n <= 19; // Maestro
    }
    if (startsWithin(d, 4, 2200, 2204)) { // Mir
        return n >= 16 && n <= 19;
    }
    return false;
}

struct IbanCountry
{
    char code[3];
    int length;
};

// SWIFT IBAN registry (release 95), plus the experimental entries in wide use.
constexpr std::array<IbanCountry, 89> ibanCountries{{
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27},
    {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20}, {"MR", 27},
    {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28},
    {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31},
    {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28},
    {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
    {"HN", 28},
}};

int ibanLength(char a, char b)
{
    for (const IbanCountry& c : ibanCountries) {
        if (c.code[0] == a && c.code[1] == b) {
            return c.length;
        }
    }
    return 0;
}

} // namespace

bool luhnValid(std::string_view text)
{
    const std::string digits = digitsOf(text);
    if (digits.size() < 13 || digits.size() > 19) {
        return false;
    }
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (twice) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool paymentCardValid(std::string_view number)
{
    const std::string digits = digitsOf(number);
    if (!luhnValid(digits) || !knownIssuer(digits)) {
        return false;
    }
    // Runs of one digit (4444 4444 4444 4448) are test filler, not cards.
    std::size_t same = 0;
    for (char c : digits) {
        same += c == digits[0] ? 1 : 0;
    }
    return same + 1 < digits.size();
}

bool ibanValid(std::string_view text)
{
    std::string iban;
    for (char c : text) {
        if (c == ' ') {
            continue;
        }
        if (isLower(c)) {
            c = static_cast<char>(c - 'a' + 'A');
        }
        if (!isDigit(c) && !isUpper(c)) {
            return false;
        }
        iban += c;
    }
    if (iban.size() < 15 || !isUpper(iban[0]) || !isUpper(iban[1]) || !isDigit(iban[2]) ||
        !isDigit(iban[3])) {
        return false;
    }
    if (static_cast<std::size_t>(ibanLength(iban[0], iban[1])) != iban.size()) {
        return false;
    }
    // Move the first four characters to the end, letters become 10..35, remainder mod 97 must be 1.
    const std::string rearranged = iban.substr(4) + iban.substr(0, 4);
    int remainder = 0;
    for (char c : rearranged) {
        if (isDigit(c)) {
            remainder = (remainder * 10 + (c - '0')) % 97;
        } else {
            remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
        }
    }
    return remainder == 1;
}

} // namespace gatehouse::rules
