#pragma once

#include <boost/asio/ip/tcp.hpp>

#include <memory>

namespace boost::asio::ssl {
class context;
} // namespace boost::asio::ssl

namespace gatehouse::gateway {

class ConnectionSet;
class HttpServiceSlot;

// Serves HTTP/1.1 on an accepted connection until the client closes it, a timeout or error ends
// it, or the worker's connections are stopped. Each request is served by the service current
// when it begins (routes and limits; see HttpServiceSlot). Call on the thread that runs the
// socket's io_context; the session keeps itself alive while it has an operation pending.
// `service` and `connections` must outlive that io_context's handlers.
void startHttpSession(boost::asio::ip::tcp::socket socket, HttpServiceSlot& service,
                      ConnectionSet& connections);

// The same over TLS: the handshake (within the read timeout) comes first. The session keeps
// `tls` alive, so a certificate reloaded meanwhile applies to new connections only.
void startHttpsSession(boost::asio::ip::tcp::socket socket, std::shared_ptr<boost::asio::ssl::context> tls,
                       HttpServiceSlot& service, ConnectionSet& connections);

} // namespace gatehouse::gateway
