#include "SoakOptions.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <stdexcept>

namespace gatehouse::bench {

namespace {

std::chrono::milliseconds parseDuration(const std::string& text)
{
    std::size_t end = 0;
    const double number = std::stod(text, &end);
    const std::string unit = text.substr(end);
    double ms = 0;
    if (unit.empty() || unit == "s")
        ms = number * 1000;
    else if (unit == "ms")
        ms = number;
    else if (unit == "m" || unit == "min")
        ms = number * 60'000;
    else if (unit == "h")
        ms = number * 3'600'000;
    else
        throw std::invalid_argument(text);
    if (ms <= 0)
        throw std::invalid_argument(text);
    return std::chrono::milliseconds(static_cast<long long>(ms));
}

unsigned parseUnsigned(const std::string& text)
{
    std::size_t end = 0;
    const unsigned long value = std::stoul(text, &end);
    if (end != text.size() || text.front() == '-')
        throw std::invalid_argument(text);
    return static_cast<unsigned>(value);
}

} // namespace

SoakOptions parseSoakOptions(int argc, char** argv)
{
    SoakOptions o;
    bool sampleGiven = false;
    for (int i = 1; i < argc; ++i) {
        const std::string name = argv[i];
        if (name == "-h" || name == "--help") {
            std::cout << "usage: soak [--duration 10m] [--warmup 30s] [--sample-every 30s] [--rate 200]\n"
                         "            [--connections 64] [--workers 2] [--streaming-percent 40]\n"
                         "            [--filtered-percent 20] [--repeated-prompts 32] [--first-token-ms 20]\n"
                         "            [--chunk-ms 2] [--max-rss-growth 0.10] [--gatehoused PATH]\n";
            std::exit(0);
        }
        if (i + 1 >= argc) {
            std::cerr << "soak: " << name << " needs a value (or is unknown)\n";
            std::exit(2);
        }
        const std::string value = argv[++i];
        try {
            if (name == "--gatehoused")
                o.gatehoused = value;
            else if (name == "--duration")
                o.duration = parseDuration(value);
            else if (name == "--warmup")
                o.warmup = parseDuration(value);
            else if (name == "--sample-every") {
                o.sampleEvery = parseDuration(value);
                sampleGiven = true;
            } else if (name == "--rate")
                o.rate = std::stod(value);
            else if (name == "--connections")
                o.connections = parseUnsigned(value);
            else if (name == "--workers")
                o.workers = parseUnsigned(value);
            else if (name == "--streaming-percent")
                o.streamingPercent = parseUnsigned(value);
            else if (name == "--filtered-percent")
                o.filteredPercent = parseUnsigned(value);
            else if (name == "--repeated-prompts")
                o.repeatedPrompts = parseUnsigned(value);
            else if (name == "--first-token-ms")
                o.firstTokenMs = parseUnsigned(value);
            else if (name == "--chunk-ms")
                o.chunkMs = parseUnsigned(value);
            else if (name == "--max-rss-growth")
                o.maxRssGrowth = std::stod(value);
            else {
                std::cerr << "soak: unknown option " << name << " (see --help)\n";
                std::exit(2);
            }
        } catch (const std::logic_error&) {
            std::cerr << "soak: " << name << ": cannot use '" << value << "'\n";
            std::exit(2);
        }
    }
    if (o.rate <= 0 || o.connections == 0 || o.workers == 0 || o.repeatedPrompts == 0 ||
        o.streamingPercent + o.filteredPercent > 100) {
        std::cerr << "soak: --rate, --connections, --workers and --repeated-prompts must be above 0, and "
                     "--streaming-percent + --filtered-percent at most 100\n";
        std::exit(2);
    }
    // About 20 samples over a short run unless told otherwise.
    if (!sampleGiven)
        o.sampleEvery = std::max(std::chrono::milliseconds(1000), std::min(o.sampleEvery, o.duration / 20));
    return o;
}

std::string describe(std::chrono::milliseconds duration)
{
    char text[32];
    const double seconds = double(duration.count()) / 1000;
    if (seconds >= 120 && duration.count() % 60'000 == 0)
        std::snprintf(text, sizeof text, "%.0f min", seconds / 60);
    else
        std::snprintf(text, sizeof text, "%g s", seconds);
    return text;
}

} // namespace gatehouse::bench
