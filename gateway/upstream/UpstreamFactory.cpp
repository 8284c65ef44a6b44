#include "gateway/upstream/UpstreamFactory.h"

#include "gateway/config/GatewayConfig.h"
#include "gateway/config/PipedSecrets.h"
#include "gateway/upstream/DemoUpstream.h"
#include "gateway/upstream/HttpUpstream.h"

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

namespace gatehouse::gateway {

std::string readApiKey(const UpstreamConfig& config)
{
    const std::string who = config.where + ": upstream '" + config.name + "': ";
    std::string key;
    if (!config.apiKeyEnv.empty()) {
        const char* value = std::getenv(config.apiKeyEnv.c_str());
        if (!value || !*value)
            throw ConfigError(who + "the environment variable " + config.apiKeyEnv +
                              " (api_key_env) is not set; export it before starting gatehoused");
        key = value;
    } else if (!config.apiKeyFile.empty()) {
        std::ifstream in(config.apiKeyFile, std::ios::binary);
        if (!in)
            throw ConfigError(who + "cannot read the key file " + config.apiKeyFile + " (api_key_file): " +
                              std::error_code(errno, std::generic_category()).message());
        std::ostringstream text;
        text << in.rdbuf();
        key = text.str();
        while (!key.empty() && (key.back() == '\n' || key.back() == '\r' || key.back() == ' '))
            key.pop_back();
        if (key.empty())
            throw ConfigError(who + "the key file " + config.apiKeyFile + " (api_key_file) is empty");
    } else if (!config.apiKeySecret.empty()) {
        const std::string* value = PipedSecrets::instance().find(config.apiKeySecret);
        if (!value)
            throw ConfigError(who + "no secret named '" + config.apiKeySecret +
                              "' (api_key_secret) was given on stdin; start gatehoused with --secrets-stdin "
                              "and write {\"" +
                              config.apiKeySecret + "\": \"KEY\"} to it");
        key = *value;
    }
    for (const char c : key) {
        if (c == '\r' || c == '\n' || c == '\0')
            throw ConfigError(who + "the API key contains a line break or NUL; check how it was stored");
    }
    return key;
}

std::unique_ptr<Upstream> makeUpstream(const UpstreamConfig& config)
{
    if (config.kind == UpstreamConfig::Kind::Demo)
        return std::make_unique<DemoUpstream>(config.demo);
    return std::make_unique<HttpUpstream>(config, readApiKey(config));
}

} // namespace gatehouse::gateway
