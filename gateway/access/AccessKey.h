#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gatehouse::gateway::access {

// SHA-256 of a whole access key ("gk-…"): all that gatehoused keeps of the secret.
using KeyHash = std::array<unsigned char, 32>;

// One client access key as the state database holds it. Times are Unix seconds (UTC).
struct AccessKey
{
    std::string id;                  // "key_" + 16 hex digits; stable, used in admin URLs
    std::string name;                // unique, what logs and the console show
    std::string prefix;              // the first 8 characters after "gk-", to recognise the key
    KeyHash hash{};                  // never leaves the gateway
    std::vector<std::string> models; // allowed model names; empty: every model
    std::optional<std::int64_t> rpm; // requests per minute; nullopt: unlimited
    std::optional<std::int64_t> tpm; // tokens per minute; nullopt: unlimited
    std::optional<std::int64_t> expiresAt;
    bool enabled = true;
    bool logContent = false; // prompt and answer text may go to the access log for this key
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> lastUsedAt;

    bool allowsModel(const std::string& model) const;
    bool expired(std::int64_t now) const { return expiresAt && *expiresAt <= now; }
};

} // namespace gatehouse::gateway::access
