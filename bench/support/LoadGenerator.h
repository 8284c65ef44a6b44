#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace gatehouse::bench {

// What one load phase measured. Latencies are in microseconds, counted from the moment each
// request was due (open loop), so a stalled server cannot hide its queueing (no coordinated
// omission).
struct LoadResult
{
    std::vector<std::uint32_t> latenciesUs; // successful requests only
    std::uint64_t errors = 0;               // transport errors and non-200 answers
    double seconds = 0;

    double requestsPerSecond() const;
    double quantileMs(double q) const; // of latenciesUs; sorts a copy
};

// Sends `body` as POST /v1/chat/completions to 127.0.0.1:port over HTTP/1.1 keep-alive.
// Open loop: `rate` requests per second on a fixed schedule for `duration`, over as many
// connections as it takes (up to `maxConnections`; beyond that requests wait, and the wait counts).
LoadResult runOpenLoop(std::uint16_t port, const std::string& body, double rate,
                       std::chrono::milliseconds duration, unsigned maxConnections = 512);

// Closed loop: `connections` connections each sending the next request as soon as the last
// answer arrived, for `duration` — the maximum sustained rate.
LoadResult runClosedLoop(std::uint16_t port, const std::string& body, unsigned connections,
                         std::chrono::milliseconds duration);

// The same two loops over several bodies: request i sends bodies[i % bodies.size()], in order
// (shuffle the list beforehand for a random pick). Every request is built before the clock starts.
LoadResult runOpenLoop(std::uint16_t port, const std::vector<std::string>& bodies, double rate,
                       std::chrono::milliseconds duration, unsigned maxConnections = 512);
LoadResult runClosedLoop(std::uint16_t port, const std::vector<std::string>& bodies, unsigned connections,
                         std::chrono::milliseconds duration);

// Sends every one of `bodies` exactly once, in order, over `connections` keep-alive connections
// each sending the next as soon as the last answer arrived (a failed one is counted, not retried).
LoadResult runEachOnce(std::uint16_t port, const std::vector<std::string>& bodies, unsigned connections);

// The open loop against several ports at once: `rate` requests per second to each, their
// schedules interleaved (request i goes to ports[i % ports.size()]) from one client thread, so a
// stall of the machine falls on every port alike. One result per port, in the order given.
std::vector<LoadResult> runOpenLoopSideBySide(const std::vector<std::uint16_t>& ports,
                                              const std::string& body, double rate,
                                              std::chrono::milliseconds duration,
                                              unsigned maxConnections = 512);

} // namespace gatehouse::bench
