#include "core/promtext/Escapes.h"

#include <cstring>

namespace gatehouse::promtext {
namespace {

std::string unescape(std::string_view raw, Format format, bool quoteIsEscape)
{
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 == raw.size()) {
            out += c;
            continue;
        }
        const char next = raw[++i];
        if (next == '\\') {
            out += '\\';
        } else if (next == 'n') {
            out += '\n';
        } else if (next == '"' && quoteIsEscape) {
            out += '"';
        } else if (format == Format::OpenMetrics1) {
            out += next;
        } else {
            out += '\\';
            out += next;
        }
    }
    return out;
}

} // namespace

bool hasEscapes(std::string_view raw)
{
    return !raw.empty() && std::memchr(raw.data(), '\\', raw.size()) != nullptr;
}

std::string unescapeLabelValue(std::string_view raw, Format format)
{
    if (!hasEscapes(raw))
        return std::string(raw);
    return unescape(raw, format, true);
}

std::string unescapeHelp(std::string_view raw, Format format)
{
    if (!hasEscapes(raw))
        return std::string(raw);
    return unescape(raw, format, format == Format::OpenMetrics1);
}

} // namespace gatehouse::promtext
