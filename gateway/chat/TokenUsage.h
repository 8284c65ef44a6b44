#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace gatehouse::gateway {

struct TokenUsage
{
    std::uint64_t promptTokens = 0;
    std::uint64_t completionTokens = 0;
};

// The "usage" object of a chat completion or of a stream's last chunk (JSON text); nullopt when
// absent, null or not numbers. Cheap for the common chunk without usage: no parse then.
std::optional<TokenUsage> readTokenUsage(std::string_view json);

} // namespace gatehouse::gateway
