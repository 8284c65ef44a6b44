#pragma once

#include <chrono>
#include <cstddef>

namespace gatehouse::gateway {

// Bounds on what one client connection may cost the server. Every network operation has a
// timeout, so a slow or silent client can hold a connection only for so long.
struct HttpLimits
{
    std::size_t maxHeaderBytes = std::size_t{16} * 1024; // larger request headers: 431
    std::size_t maxBodyBytes = std::size_t{1024} * 1024; // larger request bodies: 413
    // Bodies sent to /admin/ (a whole rule set, cache imports): 10,000 rules are ≈ 3.5 MB of JSON.
    // Never below maxBodyBytes.
    std::size_t maxAdminBodyBytes = std::size_t{16} * 1024 * 1024;
    std::size_t maxHeaderFields = 100; // more request header fields: 431
    // Waiting for the first byte of a request on an open (kept-alive) connection.
    std::chrono::milliseconds idleTimeout = std::chrono::seconds(60);
    // Receiving the rest of a request once its first byte arrived.
    std::chrono::milliseconds readTimeout = std::chrono::seconds(30);
    // Sending one response.
    std::chrono::milliseconds writeTimeout = std::chrono::seconds(30);
    // After SIGTERM: how long responses in progress may take before the workers are stopped.
    std::chrono::milliseconds shutdownGrace = std::chrono::seconds(5);
};

} // namespace gatehouse::gateway
