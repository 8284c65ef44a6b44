#include "IngestOptions.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace gatehouse::bench {

namespace {

[[noreturn]] void usage(int status)
{
    std::fprintf(status == 0 ? stdout : stderr,
                 "usage: history-ingest [--series 5000] [--gateways 5] [--seconds 30] [--fast-rounds 120]\n"
                 "                      [--reports-per-commit 10] [--max-delay-ms 5000]\n"
                 "  --seconds 0 skips the real-time run, --fast-rounds 0 the fast-forward one.\n");
    std::exit(status);
}

int parseCount(const char* name, const char* text, int minimum)
{
    char* end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || value < minimum || value > 100'000'000) {
        std::fprintf(stderr, "history-ingest: %s needs a whole number >= %d, not '%s'\n", name, minimum,
                     text);
        std::exit(2);
    }
    return int(value);
}

} // namespace

IngestOptions parseIngestOptions(int argc, char** argv)
{
    IngestOptions o;
    for (int i = 1; i < argc; ++i) {
        const std::string name = argv[i];
        if (name == "-h" || name == "--help")
            usage(0);
        if (i + 1 >= argc) {
            std::fprintf(stderr, "history-ingest: %s needs a value (or is unknown)\n", name.c_str());
            usage(2);
        }
        const char* value = argv[++i];
        if (name == "--series")
            o.series = parseCount("--series", value, 1);
        else if (name == "--gateways")
            o.gateways = parseCount("--gateways", value, 1);
        else if (name == "--seconds")
            o.seconds = parseCount("--seconds", value, 0);
        else if (name == "--fast-rounds")
            o.fastRounds = parseCount("--fast-rounds", value, 0);
        else if (name == "--reports-per-commit")
            o.reportsPerCommit = parseCount("--reports-per-commit", value, 1);
        else if (name == "--max-delay-ms")
            o.maxDelayMs = parseCount("--max-delay-ms", value, 0);
        else {
            std::fprintf(stderr, "history-ingest: unknown option %s\n", name.c_str());
            usage(2);
        }
    }
    if (o.series < o.gateways) {
        std::fprintf(stderr, "history-ingest: --series must be at least --gateways (each has an \"up\")\n");
        std::exit(2);
    }
    return o;
}

} // namespace gatehouse::bench
