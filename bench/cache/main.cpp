// bench/cache: gatehoused's response cache. Phase 1: cache-hit throughput against nginx serving
// the same body from a `return 200` location, same machine, same run, alternating (target >= 50%
// of nginx's req/s). Phase 2: hit latency with 100,000 entries in the cache against 1 entry, open
// loop at a fixed rate. Prints a report; exits 1 when a phase had errors or a request that was not
// a cache hit.
//
//   ./dev bench cache [--connections 16,64] [--seconds 5] [--rounds 3] [--warmup-seconds 2]
//                     [--workers N (default: cores)] [--nginx-access-log on|off]
//                     [--entries 100000] [--fill-connections 32] [--rate 2000] [--lookup-seconds 10]
//                     [--lookup-rounds 2] [--only-hits | --only-lookup] [--gatehoused PATH] [--nginx PATH]

#include "CacheBenchOptions.h"
#include "CacheGatehoused.h"
#include "GatehousedChild.h"
#include "HitThroughput.h"
#include "LookupLatency.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>

using namespace gatehouse::bench;

int main(int argc, char** argv)
{
    const CacheBenchOptions o = parseCacheBenchOptions(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // the report line by line, also into a pipe
    char pattern[] = "/tmp/bench-cache-XXXXXX";
    const std::filesystem::path dir = ::mkdtemp(pattern);
    bool clean = true;
    try {
        const std::string token = "bench-cache-admin-token";
        const auto tokenFile = dir / "admin-token";
        std::ofstream(tokenFile) << token << "\n";
        const GatehousedChild gatehoused(o.gatehoused, writeCacheConfig(dir, "single", tokenFile), o.workers);
        const std::string request = chatBody("What does a response cache do?");
        const HttpAnswer hit = primeUntilHit(gatehoused.port(), request);
        std::printf(
            "cache: gatehoused %s, cache primed with one entry: X-Gatehouse-Cache: %s, %zu-byte answer "
            "(%s)\n",
            o.gatehoused.c_str(), hit.cacheVerdict.c_str(), hit.body.size(), hit.contentType.c_str());
        if (o.phase1)
            clean =
                runHitThroughput(o, gatehoused.pid(), gatehoused.port(), request, hit.body, dir / "nginx") &&
                clean;
        if (o.phase2)
            clean = runLookupLatency(o, gatehoused.port(), request, dir, tokenFile, token) && clean;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cache: %s\n", e.what());
        clean = false;
    }
    std::filesystem::remove_all(dir);
    std::printf("\n%s\n", clean ? "cache: every phase ran without errors" : "cache: FAILED (see above)");
    return clean ? 0 : 1;
}
