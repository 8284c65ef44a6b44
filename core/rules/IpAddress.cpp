#include "core/rules/IpAddress.h"

#include <cstddef>

namespace gatehouse::rules {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

bool ipv4Valid(std::string_view text)
{
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        const std::size_t start = i;
        int value = 0;
        while (i < text.size() && isDigit(text[i]) && i - start < 3) {
            value = value * 10 + (text[i] - '0');
            ++i;
        }
        const std::size_t len = i - start;
        if (len == 0 || value > 255 || (len > 1 && text[start] == '0')) {
            return false;
        }
        ++parts;
        if (i == text.size()) {
            return parts == 4;
        }
        if (text[i] != '.' || parts == 4) {
            return false;
        }
        ++i;
    }
}

bool ipv6Valid(std::string_view text)
{
    if (text.size() < 2) {
        return false;
    }
    int groups = 0; // 16-bit groups written out (a dotted quad counts as two)
    bool compressed = false;
    std::size_t i = 0;
    if (text.substr(0, 2) == "::") {
        compressed = true;
        i = 2;
        if (i == text.size()) {
            return true;
        }
    } else if (text[0] == ':') {
        return false;
    }
    while (i < text.size()) {
        const std::size_t start = i;
        while (i < text.size() && isHex(text[i]) && i - start < 5) {
            ++i;
        }
        if (i < text.size() && text[i] == '.') {
            // Embedded IPv4 ends the address and fills the last two groups.
            if (!ipv4Valid(text.substr(start))) {
                return false;
            }
            groups += 2;
            i = text.size();
            break;
        }
        const std::size_t len = i - start;
        if (len == 0 || len > 4) {
            return false;
        }
        ++groups;
        if (i == text.size()) {
            break;
        }
        if (text[i] != ':') {
            return false;
        }
        ++i;
        if (i < text.size() && text[i] == ':') {
            if (compressed) {
                return false;
            }
            compressed = true;
            ++i;
            if (i == text.size()) {
                break;
            }
        } else if (i == text.size()) {
            return false; // a single trailing ':'
        }
    }
    return compressed ? groups <= 7 : groups == 8;
}

} // namespace gatehouse::rules
