#include "core/rules/SecretToken.h"

#include <array>
#include <optional>
#include <string>

namespace gatehouse::rules {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int base64UrlValue(char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (isDigit(c)) {
        return c - '0' + 52;
    }
    if (c == '-') {
        return 62;
    }
    if (c == '_') {
        return 63;
    }
    return -1;
}

std::optional<std::string> decodeBase64Url(std::string_view in)
{
    if (in.size() % 4 == 1) {
        return std::nullopt;
    }
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : in) {
        const int v = base64UrlValue(c);
        if (v < 0) {
            return std::nullopt;
        }
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

bool looksLikeJsonObject(const std::optional<std::string>& text)
{
    if (!text) {
        return false;
    }
    std::size_t b = text->find_first_not_of(" \t\r\n");
    std::size_t e = text->find_last_not_of(" \t\r\n");
    return b != std::string::npos && (*text)[b] == '{' && (*text)[e] == '}';
}

bool mixesLettersAndDigits(std::string_view s)
{
    bool letter = false;
    bool digit = false;
    for (char c : s) {
        letter = letter || isAlpha(c);
        digit = digit || isDigit(c);
    }
    return letter && digit;
}

bool oneRepeatedChar(std::string_view s)
{
    return s.find_first_not_of(s.front()) == std::string_view::npos;
}

} // namespace

bool openAiKeyValid(std::string_view token)
{
    if (token.substr(0, 3) != "sk-") {
        return false;
    }
    std::string_view body = token.substr(3);
    for (std::string_view prefix : {"proj-", "svcacct-", "admin-"}) {
        if (body.substr(0, prefix.size()) == prefix) {
            body.remove_prefix(prefix.size());
            break;
        }
    }
    return body.size() >= 20 && mixesLettersAndDigits(body);
}

bool awsAccessKeyValid(std::string_view token)
{
    if (token.size() != 20) {
        return false;
    }
    const std::string_view prefix = token.substr(0, 4);
    if (prefix != "AKIA" && prefix != "ASIA") {
        return false;
    }
    const std::string_view body = token.substr(4);
    for (char c : body) {
        if (!isDigit(c) && !(c >= 'A' && c <= 'Z')) {
            return false;
        }
    }
    return !oneRepeatedChar(body);
}

bool jwtValid(std::string_view token)
{
    const std::size_t dot1 = token.find('.');
    const std::size_t dot2 = dot1 == std::string_view::npos ? dot1 : token.find('.', dot1 + 1);
    if (dot2 == std::string_view::npos || token.find('.', dot2 + 1) != std::string_view::npos) {
        return false;
    }
    const auto header = decodeBase64Url(token.substr(0, dot1));
    const auto payload = decodeBase64Url(token.substr(dot1 + 1, dot2 - dot1 - 1));
    if (!looksLikeJsonObject(header) || !looksLikeJsonObject(payload)) {
        return false;
    }
    if (header->find("\"alg\"") == std::string::npos && header->find("\"typ\"") == std::string::npos) {
        return false;
    }
    return decodeBase64Url(token.substr(dot2 + 1)).has_value();
}

bool secretValueValid(std::string_view value)
{
    if (value.size() < 8 || oneRepeatedChar(value)) {
        return false;
    }
    static constexpr std::array<std::string_view, 8> placeholders{
        "changeme", "password", "undefined", "redacted", "example", "your_api_key", "xxxxxxxx", "********"};
    std::string lower;
    for (char c : value) {
        lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    for (std::string_view p : placeholders) {
        if (lower.find(p) != std::string::npos) {
            return false;
        }
    }
    if (value.size() >= 16) {
        return true;
    }
    bool letter = false;
    bool other = false;
    for (char c : value) {
        letter = letter || isAlpha(c);
        other = other || !isAlpha(c);
    }
    return letter && other;
}

} // namespace gatehouse::rules
