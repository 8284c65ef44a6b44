#include "gateway/server/ListenAddress.h"

#include <boost/asio/ip/address.hpp>

#include <charconv>

namespace gatehouse::gateway {

namespace {

[[noreturn]] void fail(std::string_view text, std::string_view why)
{
    throw ListenAddressError("'" + std::string(text) + "' is not a listen address: " + std::string(why) +
                             " (expected HOST:PORT, e.g. 127.0.0.1:8080 or [::1]:8080)");
}

} // namespace

bool ListenAddress::isIpv6() const
{
    return host.find(':') != std::string::npos;
}

std::string ListenAddress::toString() const
{
    const std::string portText = std::to_string(port);
    return isIpv6() ? "[" + host + "]:" + portText : host + ":" + portText;
}

ListenAddress parseListenAddress(std::string_view text)
{
    std::string_view host;
    std::string_view portText;
    if (text.starts_with('[')) {
        const auto close = text.find(']');
        if (close == std::string_view::npos)
            fail(text, "missing ']' after the IPv6 address");
        host = text.substr(1, close - 1);
        const std::string_view rest = text.substr(close + 1);
        if (!rest.starts_with(':'))
            fail(text, "missing ':PORT' after ']'");
        portText = rest.substr(1);
    } else {
        const auto colon = text.rfind(':');
        if (colon == std::string_view::npos)
            fail(text, "missing ':PORT'");
        host = text.substr(0, colon);
        portText = text.substr(colon + 1);
        if (host.find(':') != std::string_view::npos)
            fail(text, "an IPv6 address must be written in brackets");
    }

    if (host.empty())
        fail(text, "missing host");
    if (portText.empty())
        fail(text, "missing port");

    unsigned port = 0;
    const auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
    if (ec != std::errc() || end != portText.data() + portText.size() || port > 65535)
        fail(text, "the port must be a number from 0 to 65535");

    boost::system::error_code addressError;
    const auto address = boost::asio::ip::make_address(std::string(host), addressError);
    if (addressError)
        fail(text, "'" + std::string(host) + "' is not an IP address");
    if (text.starts_with('[') != address.is_v6())
        fail(text, "only IPv6 addresses go in brackets");

    // Normalise ("::0001" -> "::1") so that messages and comparisons use one spelling.
    return ListenAddress{address.to_string(), static_cast<std::uint16_t>(port)};
}

} // namespace gatehouse::gateway
