#include "HitThroughput.h"

#include "CacheCounters.h"
#include "HttpFetch.h"
#include "LoadSummary.h"
#include "NginxChild.h"
#include "ProcessCpu.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <thread>

namespace gatehouse::bench {

namespace {

using std::chrono::milliseconds;

milliseconds ms(double seconds)
{
    return milliseconds(static_cast<long>(seconds * 1000));
}

struct Totals
{
    LoadResult gatehoused, nginx;
    double hitsCounted = 0;
    double notHits = 0;                     // misses and bypasses gatehoused counted during its phases
    double gatehousedCpu = 0, nginxCpu = 0; // seconds, over the measured phases
};

double microsecondsPerRequest(double seconds, const LoadResult& result)
{
    return result.latenciesUs.empty() ? 0 : 1e6 * seconds / double(result.latenciesUs.size());
}

} // namespace

bool runHitThroughput(const CacheBenchOptions& o, pid_t pid, std::uint16_t port, const std::string& request,
                      const std::string& cachedAnswer, const std::filesystem::path& nginxDir)
{
    const NginxChild nginx(o.nginx, nginxDir, o.workers, nginxAnswering(cachedAnswer), o.nginxAccessLog);
    const HttpAnswer reference = fetch(nginx.port(), "POST", "/v1/chat/completions", request);
    if (reference.status != 200 || reference.body != cachedAnswer)
        throw std::runtime_error("nginx does not answer the cached body: status " +
                                 std::to_string(reference.status) + ", " +
                                 std::to_string(reference.body.size()) + " bytes instead of " +
                                 std::to_string(cachedAnswer.size()));

    std::printf("\n== Phase 1: cache-hit throughput, gatehoused against nginx `return 200` ==\n");
    std::printf("body: the cached answer, %zu bytes, byte-identical from both (checked); request %zu bytes\n",
                cachedAnswer.size(), request.size());
    std::printf("gatehoused: 1 process, %u worker threads (--workers) + its cache thread, SQLite cache, "
                "access log line per request to stderr (a pipe the bench drains)\n",
                o.workers);
    std::printf("nginx:      master + %u worker processes (worker_processes %u), access log %s\n", o.workers,
                o.workers, o.nginxAccessLog ? "line per request to a file" : "off");
    std::printf("load:       closed loop, 1 load-generator thread, same %u cores; %u round(s) of %.1f s per "
                "server and connection count, alternating (warm-up %.1f s each first)\n\n",
                std::thread::hardware_concurrency(), o.rounds, o.seconds, o.warmupSeconds);

    for (const unsigned connections : o.connections) {
        runClosedLoop(port, request, connections, ms(o.warmupSeconds));
        runClosedLoop(nginx.port(), request, connections, ms(o.warmupSeconds));
    }

    std::map<unsigned, Totals> totals;
    std::printf("%-5s | %-5s | %-16s | %-16s | %s\n", "round", "conns", "gatehoused req/s", "nginx req/s",
                "ratio");
    for (unsigned round = 0; round < o.rounds; ++round) {
        for (const unsigned connections : o.connections) {
            Totals& t = totals[connections];
            LoadResult g, n;
            const auto runGatehoused = [&] {
                const CacheCounters before = scrapeCacheCounters(port);
                const double cpu = cpuSeconds(pid);
                g = runClosedLoop(port, request, connections, ms(o.seconds));
                t.gatehousedCpu += cpuSeconds(pid) - cpu;
                const CacheCounters delta = scrapeCacheCounters(port) - before;
                t.hitsCounted += delta.hits;
                t.notHits += delta.misses + delta.bypass;
            };
            const auto runNginx = [&] {
                const double cpu = cpuSeconds(nginx.pid());
                n = runClosedLoop(nginx.port(), request, connections, ms(o.seconds));
                t.nginxCpu += cpuSeconds(nginx.pid()) - cpu;
            };
            if (round % 2 == 0) {
                runGatehoused();
                runNginx();
            } else {
                runNginx();
                runGatehoused();
            }
            std::printf("%5u | %5u | %16.0f | %16.0f | %5.1f%%%s\n", round + 1, connections,
                        g.requestsPerSecond(), n.requestsPerSecond(),
                        100.0 * g.requestsPerSecond() / std::max(1.0, n.requestsPerSecond()),
                        round % 2 ? "  (nginx ran first)" : "");
            append(t.gatehoused, std::move(g));
            append(t.nginx, std::move(n));
        }
    }

    bool clean = true;
    std::printf("\n%-5s | %-34s | %-34s | %-6s | %s\n", "conns", "gatehoused req/s  p50 / p99 ms  err",
                "nginx req/s  p50 / p99 ms  err", "ratio", "hits counted by gatehoused");
    for (const auto& [connections, t] : totals) {
        const double ratio = t.gatehoused.requestsPerSecond() / std::max(1.0, t.nginx.requestsPerSecond());
        std::printf(
            "%5u | %9.0f  %6.3f / %7.3f  %4llu | %9.0f  %6.3f / %7.3f  %4llu | %5.1f%% | %.0f of %llu "
            "sent, %.0f not hits\n",
            connections, t.gatehoused.requestsPerSecond(), t.gatehoused.quantileMs(0.5),
            t.gatehoused.quantileMs(0.99), static_cast<unsigned long long>(t.gatehoused.errors),
            t.nginx.requestsPerSecond(), t.nginx.quantileMs(0.5), t.nginx.quantileMs(0.99),
            static_cast<unsigned long long>(t.nginx.errors), 100 * ratio, t.hitsCounted,
            static_cast<unsigned long long>(sent(t.gatehoused)), t.notHits);
        std::printf("      CPU per request: gatehoused %.1f us, nginx %.1f us (user + system, all threads / "
                    "processes); target >= 50%% of nginx's req/s at %u connections: %s\n",
                    microsecondsPerRequest(t.gatehousedCpu, t.gatehoused),
                    microsecondsPerRequest(t.nginxCpu, t.nginx), connections,
                    ratio >= 0.5 ? "met" : "NOT met");
        clean = clean && t.gatehoused.errors == 0 && t.nginx.errors == 0 && t.notHits == 0 &&
                t.hitsCounted == double(sent(t.gatehoused));
    }
    if (!clean)
        std::printf("phase 1 had errors, or gatehoused counted requests that were not cache hits\n");
    return clean;
}

} // namespace gatehouse::bench
