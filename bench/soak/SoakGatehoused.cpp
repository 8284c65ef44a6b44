#include "SoakGatehoused.h"

#include "HttpFetch.h"

#include <chrono>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace gatehouse::bench {

std::filesystem::path writeSoakConfig(const std::filesystem::path& dir, const SoakOptions& options,
                                      const std::filesystem::path& tokenFile)
{
    const auto file = dir / "soak.toml";
    std::ofstream(file) << "[admin]\ntoken_file = \"" << tokenFile.string() << "\"\n\n"
                        << "[state]\ndir = \"" << (dir / "state").string() << "\"\n\n"
                        << "[cache]\nbackend = \"sqlite\"\nttl_seconds = 86400\n\n"
                        << "[[upstreams]]\nname = \"demo\"\nkind = \"demo\"\nfirst_token_ms = "
                        << options.firstTokenMs << "\nchunk_ms = " << options.chunkMs << "\n\n"
                        << "[[models]]\nname = \"chat\"\nupstreams = [\"demo\"]\n";
    return file;
}

void applySoakRules(std::uint16_t port, const std::string& token)
{
    const HttpAnswer put = fetch(port, "PUT", "/admin/v1/rules", SoakTraffic::ruleSet(), token);
    if (put.status != 200)
        throw std::runtime_error("PUT /admin/v1/rules answered " + std::to_string(put.status) + ": " +
                                 put.body);
    const HttpAnswer blocked =
        fetch(port, "POST", "/v1/chat/completions", SoakTraffic::filteredBody(0, false));
    if (blocked.status != 400 || blocked.body.find("content_filtered") == std::string::npos)
        throw std::runtime_error("the rules are not in force: a blocked question got " +
                                 std::to_string(blocked.status) + ": " + blocked.body);
}

void primeRepeatedQuestions(std::uint16_t port, const SoakTraffic& traffic)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (const std::string& body : traffic.repeatedBodies()) {
        for (;;) {
            const HttpAnswer answer = fetch(port, "POST", "/v1/chat/completions", body);
            if (answer.status != 200)
                throw std::runtime_error("a repeated question got " + std::to_string(answer.status) + ": " +
                                         answer.body);
            if (answer.cacheVerdict == "HIT")
                break;
            if (std::chrono::steady_clock::now() > deadline)
                throw std::runtime_error("a repeated question was not answered from the cache within 10 s "
                                         "(X-Gatehouse-Cache: " +
                                         answer.cacheVerdict + ")");
            std::this_thread::sleep_for(std::chrono::milliseconds(20)); // stored by the cache thread
        }
    }
}

} // namespace gatehouse::bench
