#pragma once

#include <boost/asio/buffer.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/buffers_suffix.hpp>

#include <cstddef>
#include <utility>

namespace gatehouse::gateway::http {

// Writes `buffers` to a plain socket in non-blocking mode: what the kernel takes at once is
// written now, and the rest, if any, asynchronously. When all of it went at once, `done(error,
// bytes)` runs before this returns; an error is handed on through the executor, as an
// asynchronous write would. A small answer almost always fits the socket's send buffer, so this
// saves the turn of the event loop (an epoll_wait) that an asynchronous write takes just to
// complete.
//
// `done` may thus run inside the call: use it where that is the last thing the caller does, and
// not for a sequence of writes whose callbacks must run in order. The buffers must stay valid
// until `done` runs. On a blocking socket it is simply an asynchronous write.
template <class ConstBuffers, class Done>
void writeAtOnce(boost::asio::ip::tcp::socket& socket, const ConstBuffers& buffers, Done&& done)
{
    if (!socket.non_blocking()) // write_some would wait for room
        return boost::asio::async_write(socket, buffers, std::forward<Done>(done));
    boost::system::error_code ec;
    const std::size_t total = boost::asio::buffer_size(buffers);
    std::size_t written = socket.write_some(buffers, ec);
    if (ec == boost::asio::error::would_block) {
        ec = {};
        written = 0;
    }
    if (ec)
        return boost::asio::post(socket.get_executor(), [done = std::forward<Done>(done), ec,
                                                         written]() mutable { done(ec, written); });
    if (written == total)
        return std::forward<Done>(done)(ec, written);
    boost::beast::buffers_suffix<ConstBuffers> rest(buffers);
    rest.consume(written);
    boost::asio::async_write(socket, rest,
                             [done = std::forward<Done>(done),
                              written](const boost::system::error_code& error, std::size_t bytes) mutable {
                                 done(error, written + bytes);
                             });
}

} // namespace gatehouse::gateway::http
