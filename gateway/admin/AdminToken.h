#pragma once

#include "gateway/config/GatewayConfig.h"

#include <optional>
#include <string>
#include <string_view>

namespace gatehouse::gateway {

// The admin API's bearer token, read once at start from the environment variable or file that
// [admin] names. nullopt when [admin] names neither (the admin API is off). Throws ConfigError
// naming the config position and the variable or file — never the token.
std::optional<std::string> loadAdminToken(const GatewayConfig::Admin& admin);

// Compares in time that depends only on the lengths, not on where the first difference is, so
// that response times do not reveal how much of a guessed token was right.
bool constantTimeEquals(std::string_view a, std::string_view b);

} // namespace gatehouse::gateway
