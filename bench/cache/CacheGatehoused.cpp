#include "CacheGatehoused.h"

#include <chrono>
#include <fstream>
#include <regex>
#include <stdexcept>
#include <thread>

namespace gatehouse::bench {

std::filesystem::path writeCacheConfig(const std::filesystem::path& dir, const std::string& name,
                                       const std::filesystem::path& tokenFile)
{
    const auto file = dir / (name + ".toml");
    std::ofstream(file)
        << "[admin]\ntoken_file = \"" << tokenFile.string() << "\"\n\n"
        << "[state]\ndir = \"" << (dir / (name + "-state")).string() << "\"\n\n"
        << "[cache]\nbackend = \"sqlite\"\nmax_bytes = 4294967296\n\n"
        << "[[upstreams]]\nname = \"demo\"\nkind = \"demo\"\nfirst_token_ms = 0\nchunk_ms = 0\n\n"
        << "[[models]]\nname = \"chat\"\nupstreams = [\"demo\"]\n";
    return file;
}

std::string chatBody(const std::string& question)
{
    return R"({"model":"chat","temperature":0,"messages":[{"role":"user","content":")" + question + R"("}]})";
}

HttpAnswer primeUntilHit(std::uint16_t port, const std::string& body)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    HttpAnswer answer;
    while (std::chrono::steady_clock::now() < deadline) {
        answer = fetch(port, "POST", "/v1/chat/completions", body);
        if (answer.status != 200)
            throw std::runtime_error("gatehoused answered " + std::to_string(answer.status) + ": " +
                                     answer.body);
        if (answer.cacheVerdict == "HIT")
            return answer;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    throw std::runtime_error("no X-Gatehouse-Cache: HIT within 10 s (last: '" + answer.cacheVerdict + "')");
}

std::uint64_t adminCacheEntries(std::uint16_t port, const std::string& token)
{
    const HttpAnswer answer = fetch(port, "GET", "/admin/v1/cache/stats", {}, token);
    static const std::regex entries("\"entries\"\\s*:\\s*(\\d+)");
    std::smatch match;
    if (answer.status != 200 || !std::regex_search(answer.body, match, entries))
        throw std::runtime_error("GET /admin/v1/cache/stats answered " + std::to_string(answer.status) +
                                 ": " + answer.body);
    return std::stoull(match[1].str());
}

} // namespace gatehouse::bench
