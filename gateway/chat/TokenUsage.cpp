#include "gateway/chat/TokenUsage.h"

#include "gateway/chat/ScratchJson.h"

namespace gatehouse::gateway {

namespace {

std::optional<std::uint64_t> count(const boost::json::object& usage, std::string_view key)
{
    const boost::json::value* value = usage.if_contains(key);
    if (!value)
        return std::nullopt;
    if (const auto* u = value->if_uint64())
        return *u;
    if (const auto* i = value->if_int64(); i && *i >= 0)
        return static_cast<std::uint64_t>(*i);
    return std::nullopt;
}

} // namespace

std::optional<TokenUsage> readTokenUsage(std::string_view json)
{
    if (json.find("\"usage\"") == std::string_view::npos)
        return std::nullopt;
    const ScratchJson parsed(json);
    if (!parsed.object())
        return std::nullopt;
    const boost::json::value* usage = parsed.object()->if_contains("usage");
    if (!usage || !usage->is_object())
        return std::nullopt;
    const auto prompt = count(usage->get_object(), "prompt_tokens");
    const auto completion = count(usage->get_object(), "completion_tokens");
    if (!prompt && !completion)
        return std::nullopt;
    return TokenUsage{prompt.value_or(0), completion.value_or(0)};
}

} // namespace gatehouse::gateway
