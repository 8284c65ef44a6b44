#pragma once

#include "gateway/server/HttpLimits.h"
#include "gateway/server/ListenAddress.h"

#include <memory>
#include <stdexcept>

namespace boost::asio {
class io_context;
} // namespace boost::asio

namespace gatehouse::gateway {

class HttpServiceSlot;
class ListenerTls;
class Router;

// The listening address could not be used; what() names the address and the cause.
class ListenError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Accepts TCP connections on the acceptor's io_context (the caller's thread) and hands them
// round-robin to N worker threads, each running its own io_context, where an HTTP session
// serves them. Sessions never move between threads, so they need no locks.
class HttpServer
{
public:
    // `acceptContext` runs the acceptor; the caller runs it (see run order below). `router`
    // must outlive the server, and so must `tls`: when given, every connection speaks HTTPS with
    // the context `tls` holds when it is accepted.
    HttpServer(boost::asio::io_context& acceptContext, const Router& router, HttpLimits limits,
               unsigned workers, const ListenerTls* tls = nullptr);
    // The same, serving whatever `service` holds when each request begins (reloadable).
    HttpServer(boost::asio::io_context& acceptContext, HttpServiceSlot& service, unsigned workers,
               const ListenerTls* tls = nullptr);
    ~HttpServer();

    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds and listens. Returns the bound address, with the real port when `address` had port 0.
    // Throws ListenError ("cannot listen on HOST:PORT: Address already in use").
    ListenAddress listen(const ListenAddress& address);

    // Starts the worker threads and accepting. Then the caller runs `acceptContext` until it
    // returns (after stop()) and calls join().
    void start();

    // Stops accepting; idle connections close, responses in progress finish within
    // HttpLimits::shutdownGrace. Call on the thread running `acceptContext`.
    void stop();

    // Waits for the worker threads to finish, stopping them when the shutdown grace runs out.
    void join();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace gatehouse::gateway
