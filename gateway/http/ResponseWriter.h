#pragma once

#include "gateway/http/HttpMessage.h"

#include <boost/asio/any_io_executor.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace gatehouse::gateway::http {

// How an asynchronous handler answers one request: either one whole response (send), or a
// streamed one (beginStream, write..., end) sent with chunked transfer encoding, each write
// flushed as one chunk as soon as the connection takes it. Every call must be made on
// executor(), the thread that serves the connection; callbacks run there too.
//
// Backpressure: write() queues; `done` runs once that piece has been handed to the socket, so a
// producer that waits for it never holds more than one piece in memory. A handler learns that the
// client went away through onClientGone() and should then cancel its upstream work.
//
// Dropping the last reference before the response is complete is safe: a response never begun
// becomes a 500, a stream never ended is cut off and the connection closed.
class ResponseWriter
{
public:
    // true: the piece was written; false: it never will be (the client is gone).
    using Done = std::function<void(bool written)>;

    virtual ~ResponseWriter() = default;

    // The executor of the connection's thread: for timers and upstream connections.
    virtual boost::asio::any_io_executor executor() const = 0;

    // Sends a whole response with Content-Length. Ends the exchange.
    virtual void send(Response response) = 0;

    // Starts a streamed response; `headers` must not hold Content-Length or Transfer-Encoding.
    virtual void beginStream(unsigned status, std::vector<Header> headers) = 0;
    // Queues one piece of a streamed body (ignored when empty or after end()).
    virtual void write(std::string data, Done done = {}) = 0;
    // Ends a streamed response. `closeConnection`: close the connection afterwards instead of
    // keeping it alive, e.g. after a failure whose cause may still be in flight.
    virtual void end(bool closeConnection = false) = 0;

    // True once send() or beginStream() was called: a retry can no longer change the answer.
    virtual bool started() const = 0;
    // True once the client disconnected or the connection failed.
    virtual bool clientGone() const = 0;
    // `callback` runs once, on executor(), if the client goes away before the response is
    // complete. Replaces an earlier callback.
    virtual void onClientGone(std::function<void()> callback) = 0;
    // Bytes queued by write() and not yet handed to the socket.
    virtual std::size_t pendingBytes() const = 0;
};

} // namespace gatehouse::gateway::http
