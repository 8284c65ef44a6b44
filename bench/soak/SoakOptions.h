#pragma once

#include <chrono>
#include <string>

namespace gatehouse::bench {

// bench/soak's command line (see main.cpp for the usage line).
struct SoakOptions
{
    std::string gatehoused = GATEHOUSED_PATH;
    std::chrono::milliseconds duration{std::chrono::minutes(10)};    // measured, after the warm-up
    std::chrono::milliseconds warmup{std::chrono::seconds(30)};      // same load, not in the figures
    std::chrono::milliseconds sampleEvery{std::chrono::seconds(30)}; // resident memory samples
    double rate = 200;                                               // requests per second, open loop
    unsigned connections = 64; // the pool, all opened before the first request
    unsigned workers = 2;      // gatehoused --workers
    // Shares of the mix in percent; the rest (100 - streaming - filtered) are repeated prompts.
    unsigned streamingPercent = 40;
    unsigned filteredPercent = 20;
    unsigned repeatedPrompts = 32; // distinct prompts of the cached kind, each primed into the cache
    unsigned firstTokenMs = 20;    // the demo model's pacing: a stream lasts about
    unsigned chunkMs = 2;          // first_token_ms + 50 * chunk_ms
    double maxRssGrowth = 0.10;    // RSS at the end may exceed RSS after the warm-up by this share
};

// Exits with status 2 and a message on an unknown option or a value that does not parse.
// Durations read as 90 (seconds), 90s, 10m, 1h or 500ms.
SoakOptions parseSoakOptions(int argc, char** argv);

// "10 min", "60 s", "1.5 s" for a report.
std::string describe(std::chrono::milliseconds duration);

} // namespace gatehouse::bench
