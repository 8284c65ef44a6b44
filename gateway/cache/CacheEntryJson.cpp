#include "gateway/cache/CacheEntryJson.h"

#include "gateway/admin/Rfc3339.h"

#include <boost/json/parse.hpp>

namespace gatehouse::gateway {

namespace {

constexpr std::size_t summaryPromptChars = 200;

// The first `limit` characters (not bytes) of UTF-8 text, with "…" when cut.
std::string shortened(const std::string& text, std::size_t limit)
{
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && characters++ == limit)
            return text.substr(0, i) + "…";
    }
    return text;
}

boost::json::value optionalTime(const std::optional<std::int64_t>& ms)
{
    return ms ? boost::json::value(formatRfc3339Millis(*ms)) : boost::json::value(nullptr);
}

boost::json::value optionalCount(const std::optional<std::uint64_t>& count)
{
    return count ? boost::json::value(*count) : boost::json::value(nullptr);
}

boost::json::value parsedOrText(const std::string& text)
{
    boost::system::error_code ec;
    boost::json::value value = boost::json::parse(text, ec);
    return ec ? boost::json::value(text) : value;
}

} // namespace

boost::json::object entrySummaryJson(const CacheEntry& entry)
{
    return {
        {"id", entry.key},
        {"model", entry.model},
        {"prompt", shortened(entry.prompt, summaryPromptChars)},
        {"created_at", formatRfc3339Millis(entry.createdMs)},
        {"expires_at", entry.pinned ? boost::json::value(nullptr) : optionalTime(entry.expiresMs)},
        {"last_hit_at", optionalTime(entry.lastHitMs)},
        {"hits", entry.hits},
        {"pinned", entry.pinned},
        {"faq", entry.faq},
        {"bytes", entry.bytes()},
        {"prompt_tokens", optionalCount(entry.promptTokens)},
        {"completion_tokens", optionalCount(entry.completionTokens)},
        {"upstream_seconds", static_cast<double>(entry.upstreamMs) / 1000.0},
    };
}

boost::json::object entryDetailJson(const CacheEntry& entry)
{
    boost::json::object detail = entrySummaryJson(entry);
    detail["prompt"] = entry.prompt;
    detail["request"] = parsedOrText(entry.request);
    detail["answer"] = parsedOrText(entry.answer);
    return detail;
}

} // namespace gatehouse::gateway
