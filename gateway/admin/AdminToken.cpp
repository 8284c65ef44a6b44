#include "gateway/admin/AdminToken.h"

#include "gateway/config/PipedSecrets.h"
#include "gateway/config/SecretSource.h"

namespace gatehouse::gateway {

std::optional<std::string> loadAdminToken(const GatewayConfig::Admin& admin)
{
    const std::string who = admin.where + ": [admin]: ";
    std::string token;
    if (!admin.tokenEnv.empty()) {
        token = readSecretFromEnv(who, admin.tokenEnv, "token_env");
    } else if (!admin.tokenFile.empty()) {
        token = readSecretFromFile(who, admin.tokenFile, "token_file");
    } else if (!admin.tokenSecret.empty()) {
        const std::string* value = PipedSecrets::instance().find(admin.tokenSecret);
        if (!value)
            throw ConfigError(who + "no secret named '" + admin.tokenSecret +
                              "' (token_secret) was given on stdin; start gatehoused with --secrets-stdin");
        token = *value;
    } else {
        return std::nullopt;
    }
    if (token.starts_with("gk-"))
        throw ConfigError(who +
                          "the admin token starts with gk-, as client access keys do, and would be refused; "
                          "choose a token that does not");
    for (const char c : token) {
        if (c == '\r' || c == '\n' || c == '\0')
            throw ConfigError(who + "the admin token contains a line break or NUL; check how it was stored");
    }
    return token;
}

bool constantTimeEquals(std::string_view a, std::string_view b)
{
    // Walk the expected length whatever the other holds; a length mismatch is folded in at the end.
    volatile unsigned char difference = 0;
    for (std::size_t i = 0; i < b.size(); ++i) {
        const unsigned char left = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        difference = static_cast<unsigned char>(difference | (left ^ static_cast<unsigned char>(b[i])));
    }
    return difference == 0 && a.size() == b.size();
}

} // namespace gatehouse::gateway
