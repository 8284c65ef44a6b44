#include "gateway/server/HttpSession.h"

#include "gateway/http/Deadline.h"
#include "gateway/http/ErrorBody.h"
#include "gateway/http/WireHead.h"
#include "gateway/http/WriteAtOnce.h"
#include "gateway/server/ConnectionSet.h"
#include "gateway/server/HttpLimits.h"
#include "gateway/server/HttpService.h"
#include "gateway/server/RequestFromBeast.h"
#include "gateway/server/RequestHeadCheck.h"
#include "gateway/server/Router.h"
#include "gateway/server/StreamingResponseWriter.h"

#include <boost/asio/error.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/http/chunk_encode.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <optional>
#include <type_traits>

namespace gatehouse::gateway {

namespace detail {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using error_code = boost::system::error_code;
using PlainStream = boost::asio::ip::tcp::socket;
using TlsStream = beast::ssl_stream<boost::asio::ip::tcp::socket>;

// Bytes read while waiting for a request to begin; the rest is read by the HTTP parser.
constexpr std::size_t firstReadBytes = 4096;
// After an error response the client may still be sending the request we refused; read and
// discard that much of it for up to drainTime, so that closing does not reset the connection
// before the client has read our response.
constexpr std::size_t drainBytes = std::size_t{1024} * 1024;
constexpr auto drainTime = std::chrono::seconds(2);
// How long a closing TLS connection waits for the client's close_notify after sending its own.
constexpr auto closeNotifyTime = std::chrono::seconds(1);

// One client connection over `Stream`: PlainStream (HTTP) or TlsStream (HTTPS). Everything but
// the TLS handshake is the same code; the response being sent lives in a ResponseQueue.
template <class Stream>
class HttpSession : public Connection, public std::enable_shared_from_this<HttpSession<Stream>>
{
    static constexpr bool tls = std::is_same_v<Stream, TlsStream>;

public:
    HttpSession(boost::asio::ip::tcp::socket socket, std::shared_ptr<boost::asio::ssl::context> tlsContext,
                HttpServiceSlot& service, ConnectionSet& connections)
        : m_tlsContext(std::move(tlsContext))
        , m_stream(makeStream(std::move(socket), m_tlsContext.get()))
        , m_slot(service)
        , m_connections(connections)
        , m_queue(m_stream.get_executor(), [this] { writeNext(); })
        , m_deadline(m_stream.get_executor(), [this] { close(); }) // ends the operation in progress
    {}

    ~HttpSession() override { m_connections.remove(this); }

    HttpSession(const HttpSession&) = delete;
    HttpSession& operator=(const HttpSession&) = delete;

    void start()
    {
        error_code ignored;
        socket().set_option(boost::asio::ip::tcp::no_delay(true), ignored);
        if constexpr (!tls)
            socket().non_blocking(true, ignored); // awaitBytes() reads what is there, never waits
        m_connections.add(this);
        takeCurrentService();
        if constexpr (tls) {
            m_state = State::Busy;
            m_deadline.expiresAfter(limits().readTimeout);
            m_stream.async_handshake(boost::asio::ssl::stream_base::server,
                                     [self = this->shared_from_this()](error_code ec) {
                                         // A client that cannot agree on TLS 1.2+ or does not
                                         // trust us ends here; nothing to answer.
                                         if (ec)
                                             return self->close();
                                         self->waitForRequest();
                                     });
        } else {
            waitForRequest();
        }
    }

    void stop() override
    {
        m_stopRequested = true;
        // Only a connection idling between requests is cut; one being read or answered finishes
        // its response (sent with "Connection: close") and then closes.
        if (m_state == State::Idle) {
            error_code ignored;
            socket().close(ignored);
        }
    }

private:
    enum class State
    {
        Idle,    // waiting for the first byte of a request
        Busy,    // handshaking, reading a request or writing its response
        Closing, // draining and closing
    };

    static Stream makeStream(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context* context)
    {
        if constexpr (tls)
            return Stream(std::move(socket), *context);
        else
            return Stream(std::move(socket));
    }

    const HttpLimits& limits() const { return *m_service.limits; }

    // Between requests: a reload since the last one applies from the next request on.
    void takeCurrentService()
    {
        if (m_serviceVersion == m_slot.version())
            return;
        m_serviceVersion = m_slot.version();
        m_service = m_slot.current();
    }
    boost::asio::ip::tcp::socket& socket() { return beast::get_lowest_layer(m_stream); }
    boost::asio::any_io_executor executor() { return m_stream.get_executor(); }

    void waitForRequest()
    {
        if (m_stopRequested)
            return close();
        takeCurrentService();
        if (m_buffer.size() > 0) { // a pipelined request already arrived
            // Read from the event loop: the last answer may have been written from inside its
            // handler (http::writeAtOnce), which must return before the next request is handled.
            boost::asio::post(executor(), [self = this->shared_from_this()] { self->readRequest(); });
            return;
        }
        m_state = State::Idle;
        m_deadline.expiresAfter(limits().idleTimeout);
        if constexpr (!tls) {
            if (!m_watching) // else the wait that watched the last exchange now waits for the next
                awaitBytes();
            return;
        }
        m_stream.async_read_some(m_buffer.prepare(firstReadBytes),
                                 [self = this->shared_from_this()](error_code ec, std::size_t bytes) {
                                     self->m_buffer.commit(bytes);
                                     if (ec) // closed by the client, idle timeout, or stop()
                                         return self->close();
                                     self->readRequest();
                                 });
    }

    void readRequest()
    {
        m_state = State::Busy;
        m_deadline.expiresAfter(limits().readTimeout); // for the whole request, however it trickles in
        readHead();
    }

    // Gathers the request's head in m_buffer to check it as it was sent (Beast would unfold a
    // folded line silently), then has Beast parse it; the body is read only after onHead().
    void readHead()
    {
        const std::string_view received(static_cast<const char*>(m_buffer.data().data()), m_buffer.size());
        const std::size_t end = requestHeadEnd(received);
        if (end == std::string_view::npos && received.size() <= limits().maxHeaderBytes) {
            m_stream.async_read_some(m_buffer.prepare(firstReadBytes),
                                     [self = this->shared_from_this()](error_code ec, std::size_t bytes) {
                                         self->m_buffer.commit(bytes);
                                         if (ec) // closed mid-head, read timeout, stop()
                                             return self->close();
                                         self->readHead();
                                     });
            return;
        }
        if (end != std::string_view::npos && hasFoldedLine(received.substr(0, end)))
            return respondAndClose(http::badRequestError(
                "a header line begins with a space or tab (obsolete line folding); send each header on "
                "one line"));
        m_parser.emplace();
        m_parser->header_limit(static_cast<std::uint32_t>(limits().maxHeaderBytes));
        // The head decides which limit applies (bodyLimitFor); until it is read, the larger one.
        m_parser->body_limit(std::max(limits().maxBodyBytes, limits().maxAdminBodyBytes));
        // Over the header limit, Beast stops with header_limit: 431.
        error_code parseError;
        if (parseBuffered(parseError, false))
            return onHead(parseError);
        bhttp::async_read_header(
            m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](error_code ec, std::size_t) { self->onHead(ec); });
    }

    // Hands the parser what m_buffer holds until the head (or the whole message) is parsed or an error: true
    // then, false if more must be read. The head is always there already, and most bodies came in with it:
    // parsing them here rather than through Beast's asynchronous read saves two turns of the event loop (each
    // an epoll_wait) per request.
    bool parseBuffered(error_code& ec, bool wholeMessage)
    {
        while (!(wholeMessage ? m_parser->is_done() : m_parser->is_header_done())) {
            if (m_buffer.size() == 0)
                return false;
            const std::size_t used = m_parser->put(m_buffer.data(), ec);
            m_buffer.consume(used);
            if (ec == bhttp::error::need_more) {
                ec = {};
                return false;
            }
            if (ec)
                return true;
            if (used == 0) // nothing taken without a word why: let Beast's read carry on
                return false;
        }
        return true;
    }

    void onHead(error_code headError)
    {
        if (headError)
            return onRead(headError);
        if (const auto refusal = checkRequestHead(m_parser->get(), limits()))
            return respondAndClose(*refusal);
        const std::size_t bodyLimit = bodyLimitFor(m_parser->get(), limits());
        if (const auto length = m_parser->content_length(); length && *length > bodyLimit)
            return respondAndClose(http::bodyTooLargeError(bodyLimit));
        m_parser->body_limit(bodyLimit); // what a chunked body may add up to
        error_code parseError;
        if (parseBuffered(parseError, true))
            return onRead(parseError);
        bhttp::async_read(
            m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](error_code ec, std::size_t) { self->onRead(ec); });
    }

    void onRead(error_code ec)
    {
        if (ec == bhttp::error::header_limit)
            return respondAndClose(http::headersTooLargeError(limits().maxHeaderBytes));
        if (ec == bhttp::error::body_limit)
            return respondAndClose(http::bodyTooLargeError(m_parser ? bodyLimitFor(m_parser->get(), limits())
                                                                    : limits().maxBodyBytes));
        if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message)
            return close();
        if (ec && ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category())
            return respondAndClose(http::badRequestError(ec.message()));
        if (ec) // timeout (the stream is already closed), reset, stop()
            return close();

        auto message = m_parser->release();
        m_parser.reset();
        m_queue.begin(message.version(), message.keep_alive() && !m_stopRequested,
                      message.method() == bhttp::verb::head);
        http::Request request = requestFromBeast(std::move(message));
        const std::string what = request.method + " " + request.target;
        watchForDisconnect();

        try {
            // The writer keeps the routes (and what they serve from) alive until the answer is done.
            m_service.router->dispatch(
                std::move(request),
                makeStreamingResponseWriter(this->shared_from_this(), m_queue, m_service.router));
        } catch (const std::exception& e) {
            std::fprintf(stderr, "gatehoused: %s failed: %s\n", what.c_str(), e.what());
            if (!m_queue.started())
                m_queue.send(http::internalError().toResponse());
        }
    }

    // While a request is answered, a read tells when the client goes away (it completes with an
    // error). It runs without a timeout: the writes have their own, and closing on a write
    // timeout ends this read too.
    void watchForDisconnect()
    {
        m_deadline.disarm();
        if constexpr (!tls) {
            if (!m_watching)
                awaitBytes();
            return;
        }
        m_watching = true;
        m_stream.async_read_some(m_buffer.prepare(firstReadBytes), [self = this->shared_from_this()](
                                                                       error_code ec, std::size_t bytes) {
            self->m_watching = false;
            self->m_buffer.commit(bytes);
            if (ec == boost::asio::error::operation_aborted && self->m_resumeAfterWatch)
                return self->nextRequest();
            if (ec)
                return self->clientWentAway();
            // A pipelined request arrived; it waits in the buffer. Disconnects are now only
            // noticed when a write fails.
            if (self->m_resumeAfterWatch)
                self->nextRequest();
        });
    }

    // Plain HTTP: one wait for the socket to be readable, then a read of what is there. While a
    // request is answered it tells when the client goes away; once the answer is sent, the same
    // wait goes on as the wait for the next request. Unlike a read it tries nothing before the
    // socket is readable: a read started right after a request or an answer would find nothing
    // and cost a system call for it.
    void awaitBytes()
    {
        m_watching = true;
        socket().async_wait(
            boost::asio::socket_base::wait_read, [self = this->shared_from_this()](error_code ec) {
                self->m_watching = false;
                if (ec == boost::asio::error::operation_aborted && self->m_resumeAfterWatch)
                    return self->nextRequest();
                if (!ec) {
                    const std::size_t bytes =
                        self->socket().read_some(self->m_buffer.prepare(firstReadBytes), ec);
                    self->m_buffer.commit(bytes);
                    if (ec == boost::asio::error::would_block)
                        return self->awaitBytes();
                }
                if (ec) // closed by the client, a timeout, or stop()
                    return self->m_state == State::Busy ? self->clientWentAway() : self->close();
                if (self->m_state == State::Idle)
                    return self->readRequest();
                // Busy: a pipelined request arrived; it waits in the buffer. Disconnects are now only
                // noticed when a write fails.
            });
    }

    void clientWentAway()
    {
        if (m_queue.clientGone())
            return;
        close();
        m_queue.clientWentAway();
    }

    void writeNext()
    {
        OutgoingWrite* item = m_queue.next();
        if (!item)
            return;
        m_queue.setWriting(true);
        m_deadline.expiresAfter(limits().writeTimeout);
        auto onWritten = [self = this->shared_from_this()](error_code ec, std::size_t) {
            self->onWritten(ec);
        };
        if (item->whole) {
            m_head = http::wireHead(*item->whole);
            if constexpr (tls)
                boost::asio::async_write(m_stream, http::wholeMessage(m_head, *item->whole),
                                         std::move(onWritten));
            else // the last write of an exchange: its completion may run now (http::writeAtOnce)
                http::writeAtOnce(socket(), http::wholeMessage(m_head, *item->whole), std::move(onWritten));
        } else if (item->streamHeader) {
            m_head = http::wireHead(*item->streamHeader);
            boost::asio::async_write(m_stream, boost::asio::buffer(m_head), std::move(onWritten));
        } else if (m_queue.headOnly()) { // a chunk or the last chunk of a HEAD answer: nothing to send
            boost::asio::post(executor(), [onWritten = std::move(onWritten)] { onWritten({}, 0); });
        } else if (item->chunk) {
            boost::asio::async_write(m_stream, bhttp::make_chunk(boost::asio::buffer(*item->chunk)),
                                     std::move(onWritten));
        } else {
            boost::asio::async_write(m_stream, bhttp::make_chunk_last(), std::move(onWritten));
        }
    }

    void onWritten(error_code ec)
    {
        if (!m_queue.writing()) // the client went away meanwhile
            return;
        m_deadline.disarm(); // waiting for the next piece of a stream is not a slow write
        OutgoingWrite item = m_queue.finishWrite();
        if (ec) {
            if (item.done)
                item.done(false);
            return clientWentAway();
        }
        if (item.whole || item.lastChunk) {
            if (item.done)
                item.done(true);
            return finishExchange();
        }
        // Start the next write before the callback, which may queue more.
        writeNext();
        if (item.done)
            item.done(true);
    }

    void finishExchange()
    {
        if (!m_queue.keepAlive() || m_stopRequested)
            return closeAfterExchange();
        // Stop watching, then read the next request. Plain HTTP reads the next request with the
        // same wait, unless it came in with the last one: the wait must end before it is read.
        if (m_watching && (tls || m_buffer.size() > 0)) {
            m_resumeAfterWatch = true;
            error_code ignored;
            socket().cancel(ignored);
            return;
        }
        nextRequest();
    }

    void nextRequest()
    {
        m_resumeAfterWatch = false;
        waitForRequest();
    }

    // For requests we could not parse: answer, then close without reading another request.
    void respondAndClose(const http::ApiError& error)
    {
        m_parser.reset();
        m_queue.begin(11, false, false);
        auto message = m_queue.makeMessage(error.toResponse());
        m_deadline.expiresAfter(limits().writeTimeout);
        m_head = http::wireHead(*message); // no other write is under way: no request was answered
        boost::asio::async_write(m_stream, http::wholeMessage(m_head, *message),
                                 [self = this->shared_from_this(), message](error_code ec, std::size_t) {
                                     if (ec)
                                         return self->close();
                                     self->drainAndClose();
                                 });
    }

    void drainAndClose()
    {
        m_state = State::Closing;
        error_code ignored;
        socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
        m_deadline.expiresAfter(drainTime);
        drain();
    }

    void drain()
    {
        m_stream.async_read_some(boost::asio::buffer(m_drainBuffer),
                                 [self = this->shared_from_this()](error_code ec, std::size_t bytes) {
                                     self->m_drained += bytes;
                                     if (ec || self->m_drained >= drainBytes)
                                         return self->close();
                                     self->drain();
                                 });
    }

    // After a whole exchange ("Connection: close", or shutting down): over TLS, a close_notify
    // first, so that the client can tell the end of the connection from a cut (RFC 8446 6.1);
    // the client's own close_notify is waited for only briefly.
    void closeAfterExchange()
    {
        if constexpr (tls) {
            m_state = State::Closing;
            m_deadline.expiresAfter(closeNotifyTime);
            m_stream.async_shutdown([self = this->shared_from_this()](error_code) { self->close(); });
        } else {
            close();
        }
    }

    void close()
    {
        m_state = State::Closing;
        m_deadline.disarm();
        error_code ignored;
        socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
        socket().close(ignored);
    }

    std::shared_ptr<boost::asio::ssl::context> m_tlsContext; // null for plain HTTP
    Stream m_stream;
    beast::flat_buffer m_buffer;
    std::string m_head; // the answer's head while it is written (http::wireHead)
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    HttpServiceSlot& m_slot;
    HttpService m_service;
    std::uint64_t m_serviceVersion = 0;
    ConnectionSet& m_connections;
    ResponseQueue m_queue;
    http::Deadline m_deadline; // the timeout of the read or write in progress
    State m_state = State::Idle;
    bool m_stopRequested = false;
    bool m_watching = false;
    bool m_resumeAfterWatch = false;
    std::size_t m_drained = 0;
    std::array<char, std::size_t{16} * 1024> m_drainBuffer; // read into: never zeroed
};

template class HttpSession<PlainStream>;
template class HttpSession<TlsStream>;

} // namespace detail

void startHttpSession(boost::asio::ip::tcp::socket socket, HttpServiceSlot& service,
                      ConnectionSet& connections)
{
    std::make_shared<detail::HttpSession<detail::PlainStream>>(std::move(socket), nullptr, service,
                                                               connections)
        ->start();
}

void startHttpsSession(boost::asio::ip::tcp::socket socket, std::shared_ptr<boost::asio::ssl::context> tls,
                       HttpServiceSlot& service, ConnectionSet& connections)
{
    std::make_shared<detail::HttpSession<detail::TlsStream>>(std::move(socket), std::move(tls), service,
                                                             connections)
        ->start();
}

} // namespace gatehouse::gateway
