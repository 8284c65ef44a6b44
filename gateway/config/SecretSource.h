#pragma once

#include <string>

namespace gatehouse::gateway {

// A secret the config names but does not hold, read once at start. Both throw ConfigError that
// starts with `who` and names the variable or file and the config key — never the value.
// The value of an environment variable; unset or empty fails.
std::string readSecretFromEnv(const std::string& who, const std::string& variable, const char* key);
// The content of a file without trailing line breaks and spaces; unreadable or empty fails.
std::string readSecretFromFile(const std::string& who, const std::string& path, const char* key);

} // namespace gatehouse::gateway
