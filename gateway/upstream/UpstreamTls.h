#pragma once

#include "gateway/config/RoutingConfig.h"

#include <boost/system/error_code.hpp>

#include <memory>
#include <string>

namespace boost::asio::ssl {
class context;
} // namespace boost::asio::ssl

struct ssl_st;

// The client side of https upstreams: whom to trust, which name to expect, and why a handshake
// failed, in words a user can act on.
namespace gatehouse::gateway {

// TLS 1.2 or newer, the peer verified against the system's trust store plus the upstream's
// ca_file. Throws ConfigError starting with `who` when ca_file cannot be used.
std::shared_ptr<boost::asio::ssl::context> makeUpstreamTls(const UpstreamConfig& config,
                                                           const std::string& who);

// Before the handshake: SNI and the host name (or IP address) the certificate must name.
void expectHost(ssl_st* ssl, const std::string& host);

// Why a handshake failed, in one clause: the certificate check's verdict when it was the cause.
std::string handshakeFailure(ssl_st* ssl, const boost::system::error_code& ec);

} // namespace gatehouse::gateway
