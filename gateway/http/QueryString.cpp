#include "gateway/http/QueryString.h"

namespace gatehouse::gateway::http {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::string percentDecode(std::string_view text, bool plusIsSpace)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 2 < text.size()) {
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high >= 0 && low >= 0) {
                out += static_cast<char>(high * 16 + low);
                i += 2;
                continue;
            }
        }
        out += (plusIsSpace && c == '+') ? ' ' : c;
    }
    return out;
}

QueryString::QueryString(std::string_view target)
{
    const auto question = target.find('?');
    if (question == std::string_view::npos)
        return;
    std::string_view query = target.substr(question + 1);
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty())
            continue;
        const auto equals = pair.find('=');
        m_parameters.emplace_back(
            percentDecode(pair.substr(0, equals), true),
            equals == std::string_view::npos ? std::string() : percentDecode(pair.substr(equals + 1), true));
    }
}

std::optional<std::string> QueryString::value(std::string_view name) const
{
    for (const auto& [key, value] : m_parameters) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

} // namespace gatehouse::gateway::http
