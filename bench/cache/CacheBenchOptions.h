#pragma once

#include <string>
#include <vector>

namespace gatehouse::bench {

// bench/cache's command line (see main.cpp for the usage line).
struct CacheBenchOptions
{
    std::string gatehoused = GATEHOUSED_PATH;
    std::string nginx = "/usr/sbin/nginx";
    unsigned workers = 0;                      // gatehoused worker threads = nginx worker processes; 0: cores
    std::vector<unsigned> connections{16, 64}; // phase 1 closed loops
    double seconds = 5;                        // phase 1: per closed loop
    double warmupSeconds = 2;                  // phase 1: per server and connection count, before measuring
    unsigned rounds = 3;                       // phase 1: gatehoused and nginx alternate this many times
    bool nginxAccessLog = true;                // one line per request, as gatehoused writes its access log
    unsigned entries = 100000;                 // phase 2: distinct entries filled
    unsigned fillConnections = 32;             // phase 2: connections sending each question once
    double rate = 2000;                        // phase 2: open loop, requests per second
    double lookupSeconds = 10;                 // phase 2: per open loop
    unsigned lookupRounds = 2;                 // phase 2: 1-entry and 100k-entry caches alternate
    bool phase1 = true;
    bool phase2 = true;
};

// Exits with status 2 and a message on an unknown option or a value that does not parse.
CacheBenchOptions parseCacheBenchOptions(int argc, char** argv);

} // namespace gatehouse::bench
