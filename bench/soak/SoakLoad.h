#pragma once

#include "LoadGenerator.h"
#include "SoakTraffic.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace gatehouse::bench {

// What one kind of request saw over a soak.
struct KindFigures
{
    LoadResult measured;            // after the warm-up: latencies of every answer, errors
    std::uint64_t sent = 0;         // after the warm-up
    std::uint64_t notFromCache = 0; // after the warm-up; answered, counted in `measured`
    std::uint64_t warmupSent = 0;
    std::uint64_t warmupErrors = 0;
};

struct SoakRun
{
    std::array<KindFigures, requestKinds.size()> kinds;
    std::vector<std::string> firstErrors; // the first few, with their kind and time
    std::size_t mostQueued = 0;           // requests due while every connection was busy
    std::size_t connections = 0;          // opened over the run, reconnections included
    double seconds = 0;                   // from the first request due to the last answer
};

// Sends traffic.request(i) to 127.0.0.1:port at `rate` requests per second on a fixed schedule
// (open loop) from `start`: `warmup`, then `duration` measured, over a pool of `connections`
// keep-alive connections opened beforehand and reused oldest-idle first, so that every one of them
// is in use from the warm-up on. When all are busy, requests queue and the queueing counts, since
// latency runs from when a request was due (no coordinated omission). Every request has 30 s to
// be answered; a connection idle for 30 s is replaced before use, so a server closing idle
// connections (after 60 s) never looks like an error.
SoakRun runSoak(std::uint16_t port, const SoakTraffic& traffic, double rate,
                std::chrono::steady_clock::time_point start, std::chrono::milliseconds warmup,
                std::chrono::milliseconds duration, unsigned connections);

} // namespace gatehouse::bench
