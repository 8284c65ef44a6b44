#include "gateway/access/KeySecret.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace gatehouse::gateway::access {

namespace {

constexpr std::string_view keyScheme = "gk-";
constexpr std::size_t randomBytes = 32;
constexpr std::size_t prefixLength = 8;

template <std::size_t N> std::array<unsigned char, N> randomArray()
{
    std::array<unsigned char, N> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        throw std::runtime_error("the system's random number generator failed; no key was made");
    return bytes;
}

std::string base64Url(const unsigned char* data, std::size_t size)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < size; ++i) {
        buffer = (buffer << 8) | data[i];
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += alphabet[(buffer >> bits) & 0x3f];
        }
    }
    if (bits > 0)
        out += alphabet[(buffer << (6 - bits)) & 0x3f];
    return out;
}

} // namespace

KeySecret generateKeySecret()
{
    auto bytes = randomArray<randomBytes>();
    KeySecret secret;
    secret.value = std::string(keyScheme) + base64Url(bytes.data(), bytes.size());
    OPENSSL_cleanse(bytes.data(), bytes.size());
    secret.hash = hashKey(secret.value);
    secret.prefix = secret.value.substr(keyScheme.size(), prefixLength);
    return secret;
}

KeyHash hashKey(std::string_view presented)
{
    KeyHash hash{};
    unsigned int size = 0;
    if (EVP_Digest(presented.data(), presented.size(), hash.data(), &size, EVP_sha256(), nullptr) != 1 ||
        size != hash.size())
        throw std::runtime_error("SHA-256 is not available from OpenSSL");
    return hash;
}

bool claimsToBeAccessKey(std::string_view token)
{
    return token.starts_with(keyScheme);
}

bool sameHash(const KeyHash& a, const KeyHash& b)
{
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string generateKeyId()
{
    const auto bytes = randomArray<8>();
    static constexpr char hex[] = "0123456789abcdef";
    std::string id = "key_";
    for (const unsigned char b : bytes) {
        id += hex[b >> 4];
        id += hex[b & 0xf];
    }
    return id;
}

} // namespace gatehouse::gateway::access
