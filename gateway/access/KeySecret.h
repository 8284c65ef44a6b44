#pragma once

#include "gateway/access/AccessKey.h"

#include <string>
#include <string_view>

namespace gatehouse::gateway::access {

// A new access key: "gk-" followed by 32 random bytes from OpenSSL's RAND_bytes in base64url
// without padding (43 characters). Shown to the admin once; only its hash is kept.
struct KeySecret
{
    std::string value;
    KeyHash hash;
    std::string prefix; // value's first 8 characters after "gk-"
};

// Throws std::runtime_error when the system's random generator fails (nothing is half-made).
KeySecret generateKeySecret();

// SHA-256 of the presented key, as compared with the stored hashes.
KeyHash hashKey(std::string_view presented);

// Whether `token` presents itself as an access key (starts with "gk-"), so that a client
// sending a provider key or a placeholder can be told apart from one sending a wrong access key.
bool claimsToBeAccessKey(std::string_view token);

// Constant-time equality of two hashes (CRYPTO_memcmp).
bool sameHash(const KeyHash& a, const KeyHash& b);

// A fresh key id: "key_" + 16 random hex digits.
std::string generateKeyId();

} // namespace gatehouse::gateway::access
