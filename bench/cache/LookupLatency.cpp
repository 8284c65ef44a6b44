#include "LookupLatency.h"

#include "CacheCounters.h"
#include "CacheGatehoused.h"
#include "GatehousedChild.h"
#include "LoadSummary.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <thread>
#include <vector>

namespace gatehouse::bench {

namespace {

using Clock = std::chrono::steady_clock;

std::chrono::milliseconds ms(double seconds)
{
    return std::chrono::milliseconds(static_cast<long>(seconds * 1000));
}

struct Side
{
    std::uint16_t port;
    LoadResult result;
    CacheCounters counted; // deltas over its phases
};

void add(CacheCounters& into, const CacheCounters& delta)
{
    into.hits += delta.hits;
    into.misses += delta.misses;
    into.bypass += delta.bypass;
    if (into.overheadBuckets.empty()) {
        into.overheadBuckets = delta.overheadBuckets;
        return;
    }
    for (std::size_t i = 0; i < into.overheadBuckets.size() && i < delta.overheadBuckets.size(); ++i)
        into.overheadBuckets[i].second += delta.overheadBuckets[i].second;
}

// Waits until both the admin API and the /metrics gauge say `expected` entries (stores are written
// by the cache thread after the answers went out; the gauge follows once a second).
bool confirmEntries(std::uint16_t port, const std::string& token, std::uint64_t expected,
                    std::uint64_t& admin, double& gauge)
{
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    do {
        admin = adminCacheEntries(port, token);
        gauge = scrapeCacheCounters(port).entries;
        if (admin == expected && gauge == double(expected))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    } while (Clock::now() < deadline);
    return false;
}

} // namespace

bool runLookupLatency(const CacheBenchOptions& o, std::uint16_t singlePort, const std::string& singleRequest,
                      const std::filesystem::path& dir, const std::filesystem::path& tokenFile,
                      const std::string& token)
{
    std::printf("\n== Phase 2: cache-hit latency at %u entries against 1 entry ==\n", o.entries);
    bool clean = true;
    std::uint64_t admin = 0;
    double gauge = 0;
    if (!confirmEntries(singlePort, token, 1, admin, gauge)) {
        std::printf("the 1-entry gatehoused holds %llu entries (admin API), %.0f (/metrics)\n",
                    static_cast<unsigned long long>(admin), gauge);
        clean = false;
    }

    const GatehousedChild large(o.gatehoused, writeCacheConfig(dir, "large", tokenFile), o.workers);
    std::vector<std::string> bodies;
    bodies.reserve(o.entries);
    for (unsigned i = 0; i < o.entries; ++i)
        bodies.push_back(chatBody("question " + std::to_string(i)));
    const LoadResult fill = runEachOnce(large.port(), bodies, o.fillConnections);
    std::printf("fill: %llu distinct questions sent once each over %u connections in %.1f s (%.0f req/s, "
                "misses answered by the demo upstream, then stored), errors %llu\n",
                static_cast<unsigned long long>(sent(fill)), o.fillConnections, fill.seconds,
                fill.requestsPerSecond(), static_cast<unsigned long long>(fill.errors));
    const auto waitStart = Clock::now();
    const bool filled = confirmEntries(large.port(), token, o.entries, admin, gauge);
    std::printf("entries: GET /admin/v1/cache/stats says %llu, gatehouse_cache_entries says %.0f (%s, %.1f s "
                "after the last answer)\n",
                static_cast<unsigned long long>(admin), gauge, filled ? "confirmed" : "NOT as expected",
                std::chrono::duration<double>(Clock::now() - waitStart).count());
    clean = clean && filled && fill.errors == 0;

    std::mt19937 random(20240601);
    std::uniform_int_distribution<std::size_t> anyEntry(0, bodies.size() - 1);
    const HttpAnswer sample = fetch(large.port(), "POST", "/v1/chat/completions", bodies[anyEntry(random)]);
    std::printf("spot check of a random entry: status %d, X-Gatehouse-Cache: %s\n", sample.status,
                sample.cacheVerdict.c_str());
    clean = clean && sample.status == 200 && sample.cacheVerdict == "HIT";

    const auto picks = [&] {
        std::vector<std::string> list(static_cast<std::size_t>(std::ceil(o.rate * o.lookupSeconds)) + 1);
        for (auto& body : list)
            body = bodies[anyEntry(random)];
        return list;
    };
    std::printf("load: open loop at %.0f req/s for %.1f s per phase (latency from each request's due time, "
                "full request), %u round(s) alternating; %u-entry phases pick entries uniformly at random "
                "(fixed seed)\n",
                o.rate, o.lookupSeconds, o.lookupRounds, o.entries);
    runOpenLoop(singlePort, singleRequest, o.rate, ms(2)); // warm-up
    runOpenLoop(large.port(), picks(), o.rate, ms(2));

    Side one{singlePort, {}, {}};
    Side many{large.port(), {}, {}};
    for (unsigned round = 0; round < o.lookupRounds; ++round) {
        for (Side* side :
             round % 2 == 0 ? std::vector<Side*>{&one, &many} : std::vector<Side*>{&many, &one}) {
            const CacheCounters before = scrapeCacheCounters(side->port);
            LoadResult result = side == &one
                                    ? runOpenLoop(side->port, singleRequest, o.rate, ms(o.lookupSeconds))
                                    : runOpenLoop(side->port, picks(), o.rate, ms(o.lookupSeconds));
            add(side->counted, scrapeCacheCounters(side->port) - before);
            std::printf("  round %u %-13s p50 %7.3f  p99 %7.3f  p99.9 %7.3f ms  %6.0f req/s  errors %llu\n",
                        round + 1, side == &one ? "1 entry:" : (std::to_string(o.entries) + ":").c_str(),
                        result.quantileMs(0.5), result.quantileMs(0.99), result.quantileMs(0.999),
                        result.requestsPerSecond(), static_cast<unsigned long long>(result.errors));
            append(side->result, std::move(result));
        }
    }

    std::printf("\n%-14s | %-8s | %-8s | %-8s | %-8s | %-6s | %-26s | %s\n", "cache holds", "p50 ms",
                "p99 ms", "p99.9 ms", "max ms", "errors", "hits counted by gatehoused",
                "server-side p99 (overhead histogram bucket)");
    for (Side* side : {&one, &many}) {
        const LoadResult& r = side->result;
        const double bound = side->counted.overheadQuantileBound(0.99);
        std::printf("%-14s | %8.3f | %8.3f | %8.3f | %8.3f | %6llu | %26s | <= %g ms\n",
                    side == &one ? "1 entry" : (std::to_string(o.entries) + " entries").c_str(),
                    r.quantileMs(0.5), r.quantileMs(0.99), r.quantileMs(0.999), r.quantileMs(1.0),
                    static_cast<unsigned long long>(r.errors),
                    (std::to_string(std::llround(side->counted.hits)) + " of " + std::to_string(sent(r)) +
                     ", " + std::to_string(std::llround(side->counted.misses + side->counted.bypass)) +
                     " not")
                        .c_str(),
                    bound * 1000);
        clean = clean && r.errors == 0 && side->counted.misses + side->counted.bypass == 0 &&
                side->counted.hits == double(sent(r));
    }
    std::printf("%-14s | %+8.3f | %+8.3f | %+8.3f |\n", "difference",
                many.result.quantileMs(0.5) - one.result.quantileMs(0.5),
                many.result.quantileMs(0.99) - one.result.quantileMs(0.99),
                many.result.quantileMs(0.999) - one.result.quantileMs(0.999));
    std::printf("(gatehoused exports no cache lookup-latency histogram; gatehouse_overhead_seconds is its "
                "request time minus upstream time, which for a hit is the whole server-side time, in "
                "buckets 0.1/0.25/0.5/1/2.5 ms...)\n");
    if (!clean)
        std::printf("phase 2 had errors, a wrong entry count, or requests that were not cache hits\n");
    return clean;
}

} // namespace gatehouse::bench
