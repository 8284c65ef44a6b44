#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace gatehouse::gateway {

// Where gatehoused accepts connections: an IP literal and a port ("127.0.0.1:8080",
// "[::1]:8080"). Port 0 asks the system for a free port; the server reports the real one.
struct ListenAddress
{
    std::string host = "127.0.0.1"; // without brackets, also for IPv6
    std::uint16_t port = 8080;

    bool isIpv6() const;
    // "HOST:PORT", with brackets around an IPv6 host: what users type and read in messages.
    std::string toString() const;

    friend bool operator==(const ListenAddress&, const ListenAddress&) = default;
};

class ListenAddressError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Parses "HOST:PORT" or "[IPV6]:PORT"; throws ListenAddressError saying what is wrong and what a
// valid value looks like. Host names are not accepted: a listen address names a local interface.
ListenAddress parseListenAddress(std::string_view text);

} // namespace gatehouse::gateway
