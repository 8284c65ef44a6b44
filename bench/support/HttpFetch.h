#pragma once

#include <cstdint>
#include <string>

namespace gatehouse::bench {

// One answer of fetch(): what the benchmarks look at.
struct HttpAnswer
{
    int status = 0;
    std::string cacheVerdict; // X-Gatehouse-Cache (HIT, MISS, ...), empty when absent
    std::string contentType;
    std::string body;
};

// One blocking HTTP/1.1 request to 127.0.0.1:port on a connection of its own (for set-up and
// checks, never for load). `bearer` adds "Authorization: Bearer ..."; a POST body is sent as JSON.
// Throws std::runtime_error when the connection fails.
HttpAnswer fetch(std::uint16_t port, const std::string& method, const std::string& target,
                 const std::string& body = {}, const std::string& bearer = {});

} // namespace gatehouse::bench
