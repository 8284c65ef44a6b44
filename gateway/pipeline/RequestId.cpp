#include "gateway/pipeline/RequestId.h"

#include "gateway/http/HeaderAddingWriter.h"

#include <array>
#include <random>

namespace gatehouse::gateway::request_id {

bool acceptable(std::string_view clientId)
{
    if (clientId.empty() || clientId.size() > 128)
        return false;
    for (const char c : clientId) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           c == '.' || c == '_' || c == ':' || c == '-';
        if (!plain)
            return false;
    }
    return true;
}

std::string generate()
{
    // Not a secret, only unique: a per-thread generator seeded once from the system's entropy.
    thread_local std::mt19937_64 random{[] {
        std::random_device device;
        return (std::uint64_t(device()) << 32) ^ device();
    }()};
    constexpr std::string_view hex = "0123456789abcdef";
    std::string id = "req_";
    id.reserve(4 + 24);
    std::uint64_t bits = random();
    for (int i = 0; i < 24; ++i) {
        if (i == 16)
            bits = random();
        id += hex[bits & 0xf];
        bits >>= 4;
    }
    return id;
}

std::string forRequest(const http::Request& request)
{
    const std::string_view clientId = request.header(header);
    return acceptable(clientId) ? std::string(clientId) : generate();
}

std::shared_ptr<http::ResponseWriter> stamping(std::shared_ptr<http::ResponseWriter> writer, std::string id)
{
    return std::make_shared<http::HeaderAddingWriter>(std::move(writer), std::string(header), std::move(id));
}

} // namespace gatehouse::gateway::request_id
