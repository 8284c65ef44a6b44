#include "gateway/config/SecretSource.h"

#include "gateway/config/GatewayConfig.h"

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

namespace gatehouse::gateway {

std::string readSecretFromEnv(const std::string& who, const std::string& variable, const char* key)
{
    const char* value = std::getenv(variable.c_str());
    if (!value || !*value)
        throw ConfigError(who + "the environment variable " + variable + " (" + key +
                          ") is not set; export it before starting gatehoused");
    return value;
}

std::string readSecretFromFile(const std::string& who, const std::string& path, const char* key)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ConfigError(who + "cannot read the file " + path + " (" + key +
                          "): " + std::error_code(errno, std::generic_category()).message());
    std::ostringstream text;
    text << in.rdbuf();
    std::string value = text.str();
    while (!value.empty() && (value.back() == '\n' || value.back() == '\r' || value.back() == ' '))
        value.pop_back();
    if (value.empty())
        throw ConfigError(who + "the file " + path + " (" + key + ") is empty");
    return value;
}

} // namespace gatehouse::gateway
