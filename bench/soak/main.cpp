// bench/soak: gatehoused under a steady mixed load for a long time. Starts a gatehoused (demo
// model, SQLite response cache, three content-filter rules) and sends it, at a fixed rate on a
// fixed schedule (open loop), streamed questions, repeated questions the cache answers and
// questions the input filter blocks. Reports requests and p50/p99 latency per kind (from when each
// was due), every unexpected answer, and gatehoused's resident memory after the warm-up, at the end
// and in between. Exits 1 when there was an error or the memory grew by more than 10%.
//
//   ./dev bench soak [--duration 10m] [--warmup 30s] [--rate 200] [--connections 64] [--help]

#include "GatehousedChild.h"
#include "MachineLoad.h"
#include "ResidentMemory.h"
#include "SoakGatehoused.h"
#include "SoakLoad.h"
#include "SoakOptions.h"
#include "SoakTraffic.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <optional>

using namespace gatehouse::bench;
using Clock = std::chrono::steady_clock;

namespace {

double mib(std::uint64_t kib)
{
    return double(kib) / 1024.0;
}

std::string offset(Clock::time_point at, Clock::time_point start)
{
    const long seconds =
        static_cast<long>(std::chrono::duration_cast<std::chrono::seconds>(at - start).count());
    char text[16];
    std::snprintf(text, sizeof text, "%ld:%02ld", seconds / 60, seconds % 60);
    return text;
}

// Prints the table of kinds; returns the errors over the whole run, warm-up included.
std::uint64_t printKinds(const SoakRun& run, const SoakOptions& o)
{
    std::printf("\n%-10s | %8s | %8s | %9s | %6s | %8s | %8s | %8s\n", "kind", "sent", "answered",
                "not cached", "errors", "p50 ms", "p99 ms", "max ms");
    std::uint64_t sent = 0, errors = 0;
    for (const RequestKind kind : requestKinds) {
        const KindFigures& k = run.kinds[static_cast<std::size_t>(kind)];
        const LoadResult& m = k.measured;
        std::printf("%-10s | %8llu | %8zu | %9s | %6llu | %8.2f | %8.2f | %8.2f\n", kindName(kind),
                    static_cast<unsigned long long>(k.sent), m.latenciesUs.size(),
                    kind == RequestKind::Repeated ? std::to_string(k.notFromCache).c_str() : "-",
                    static_cast<unsigned long long>(m.errors), m.quantileMs(0.5), m.quantileMs(0.99),
                    m.quantileMs(1.0));
        sent += k.sent + k.warmupSent;
        errors += m.errors + k.warmupErrors;
    }
    std::uint64_t warmupSent = 0, warmupErrors = 0;
    for (const KindFigures& k : run.kinds) {
        warmupSent += k.warmupSent;
        warmupErrors += k.warmupErrors;
    }
    std::printf("warm-up: %llu requests, %llu errors; whole run: %llu requests in %.1f s (%.1f req/s, "
                "target %.0f), %zu connections opened, at most %zu requests queued for a connection\n",
                static_cast<unsigned long long>(warmupSent), static_cast<unsigned long long>(warmupErrors),
                static_cast<unsigned long long>(sent), run.seconds,
                run.seconds > 0 ? double(sent) / run.seconds : 0, o.rate, run.connections, run.mostQueued);
    for (const std::string& e : run.firstErrors)
        std::printf("  error: %s\n", e.c_str());
    return errors;
}

// Prints the memory series; returns whether the end stayed within the allowed growth.
bool printMemory(const std::vector<ResidentMemorySeries::Sample>& samples, Clock::time_point start,
                 const SoakOptions& o)
{
    if (samples.size() < 2) {
        std::printf("\nresident memory: not sampled (the run ended before the warm-up did)\n");
        return false;
    }
    const std::uint64_t first = samples.front().kib, last = samples.back().kib;
    std::uint64_t most = 0;
    std::printf("\ngatehoused resident memory (VmRSS, MiB) at minutes:seconds from the first request:\n ");
    for (std::size_t i = 0; i < samples.size(); ++i) {
        most = std::max(most, samples[i].kib);
        std::printf(" %s %.1f%s", offset(samples[i].at, start).c_str(), mib(samples[i].kib),
                    i + 1 < samples.size() ? "," : "\n");
        if (i % 8 == 7 && i + 1 < samples.size())
            std::printf("\n ");
    }
    const double growth = first > 0 ? double(last) / double(first) - 1.0 : 1.0;
    const bool flat = first > 0 && double(last) <= (1.0 + o.maxRssGrowth) * double(first);
    std::printf(
        "after the warm-up %.1f MiB, at the end %.1f MiB (%+.1f%%, allowed %+.0f%%), highest %.1f MiB\n",
        mib(first), mib(last), growth * 100, o.maxRssGrowth * 100, mib(most));
    return flat;
}

} // namespace

int main(int argc, char** argv)
{
    const SoakOptions o = parseSoakOptions(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // the report line by line, also into a pipe
    char pattern[] = "/tmp/bench-soak-XXXXXX";
    const std::filesystem::path dir = ::mkdtemp(pattern);
    bool clean = false;
    try {
        const std::string token = "bench-soak-admin-token";
        const auto tokenFile = dir / "admin-token";
        std::ofstream(tokenFile) << token << "\n";
        const GatehousedChild gatehoused(o.gatehoused, writeSoakConfig(dir, o, tokenFile), o.workers);
        applySoakRules(gatehoused.port(), token);
        const SoakTraffic traffic(o);
        primeRepeatedQuestions(gatehoused.port(), traffic);

        std::printf("soak: gatehoused %s (%u workers, SQLite cache, demo model: first token %u ms, %u ms a "
                    "chunk; rules: block, redact, flag on streams)\n",
                    o.gatehoused.c_str(), o.workers, o.firstTokenMs, o.chunkMs);
        std::printf("load: %.0f req/s open loop over %u connections, %u%% streaming, %u%% cache hits "
                    "(%u questions), %u%% filtered; %s warm-up, then %s measured\n",
                    o.rate, o.connections, o.streamingPercent, 100 - o.streamingPercent - o.filteredPercent,
                    o.repeatedPrompts, o.filteredPercent, describe(o.warmup).c_str(),
                    describe(o.duration).c_str());
        std::printf("machine: %s; load average at the start %s\n", machineDescription().c_str(),
                    loadAverages().c_str());

        const Clock::time_point start = Clock::now() + std::chrono::milliseconds(100);
        ResidentMemorySeries memory(gatehoused.pid(), start + o.warmup, o.sampleEvery);
        const SoakRun run =
            runSoak(gatehoused.port(), traffic, o.rate, start, o.warmup, o.duration, o.connections);
        memory.stop();

        const std::uint64_t errors = printKinds(run, o);
        const bool flat = printMemory(memory.samples(), start, o);
        std::printf("load average at the end %s\n", loadAverages().c_str());
        clean = errors == 0 && flat;
        std::printf("\n%s\n", clean        ? "soak: no errors, memory flat"
                              : errors > 0 ? "soak: FAILED: unexpected answers (see above)"
                                           : "soak: FAILED: resident memory grew beyond the limit");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "soak: %s\n", e.what());
    }
    std::filesystem::remove_all(dir);
    return clean ? 0 : 1;
}
