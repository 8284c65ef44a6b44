#include "gateway/server/HttpSession.h"

#include "core/buildinfo/BuildInfo.h"
#include "gateway/http/ErrorBody.h"
#include "gateway/server/ConnectionSet.h"
#include "gateway/server/HttpLimits.h"
#include "gateway/server/Router.h"

#include <boost/asio/error.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/chunk_encode.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/serializer.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace gatehouse::gateway {

namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using error_code = boost::system::error_code;

// Bytes read while waiting for a request to begin; the rest is read by the HTTP parser.
constexpr std::size_t firstReadBytes = 4096;
// After an error response the client may still be sending the request we refused; read and
// discard that much of it for up to drainTime, so that closing does not reset the connection
// before the client has read our response.
constexpr std::size_t drainBytes = std::size_t{1024} * 1024;
constexpr auto drainTime = std::chrono::seconds(2);

const std::string& serverHeader()
{
    static const std::string value = "gatehoused/" + std::string(buildinfo::version());
    return value;
}

http::Request toRequest(bhttp::request<bhttp::string_body>&& message)
{
    http::Request request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    for (const auto& field : message)
        request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    request.body = std::move(message.body());
    return request;
}

class HttpSession : public Connection, public std::enable_shared_from_this<HttpSession>
{
public:
    HttpSession(boost::asio::ip::tcp::socket socket, const Router& router, const HttpLimits& limits,
                ConnectionSet& connections)
        : m_stream(std::move(socket))
        , m_router(router)
        , m_limits(limits)
        , m_connections(connections)
    {}

    ~HttpSession() override { m_connections.remove(this); }

    HttpSession(const HttpSession&) = delete;
    HttpSession& operator=(const HttpSession&) = delete;

    void start()
    {
        error_code ignored;
        m_stream.socket().set_option(boost::asio::ip::tcp::no_delay(true), ignored);
        m_connections.add(this);
        waitForRequest();
    }

    void stop() override
    {
        m_stopRequested = true;
        // Only a connection idling between requests is cut; one being read or answered finishes
        // its response (sent with "Connection: close") and then closes.
        if (m_state == State::Idle) {
            error_code ignored;
            m_stream.socket().close(ignored);
        }
    }

    // --- The exchange in progress, driven by SessionResponseWriter ---

    // True while `generation` is the exchange in progress; a writer kept past its exchange's
    // end must not touch the next one.
    bool isCurrent(std::uint64_t generation) const { return generation == m_generation; }

    boost::asio::any_io_executor executor() { return m_stream.get_executor(); }
    bool clientGone() const { return m_exchange.clientGone; }
    bool started() const { return m_exchange.started; }
    std::size_t pendingBytes() const { return m_exchange.pendingBytes; }
    void onClientGone(std::function<void()> callback) { m_exchange.onClientGone = std::move(callback); }

    void send(http::Response response)
    {
        if (m_exchange.started)
            throw std::logic_error("ResponseWriter::send after the response was started");
        m_exchange.started = true;
        m_exchange.ended = true;
        if (m_exchange.clientGone)
            return;
        Outgoing item;
        item.whole = makeMessage(std::move(response));
        enqueue(std::move(item));
    }

    void beginStream(unsigned status, std::vector<http::Header> headers)
    {
        if (m_exchange.started)
            throw std::logic_error("ResponseWriter::beginStream after the response was started");
        m_exchange.started = true;
        m_exchange.streaming = true;
        if (m_exchange.clientGone)
            return;
        auto header = std::make_shared<bhttp::response<bhttp::empty_body>>();
        header->version(m_exchange.version);
        header->result(status);
        header->set(bhttp::field::server, serverHeader());
        for (auto& [name, value] : headers)
            header->set(name, value);
        header->keep_alive(m_exchange.keepAlive);
        header->chunked(true);
        Outgoing item;
        item.streamHeader = std::move(header);
        enqueue(std::move(item));
    }

    void write(std::string data, http::ResponseWriter::Done done)
    {
        if (!m_exchange.streaming)
            throw std::logic_error("ResponseWriter::write before beginStream");
        if (m_exchange.clientGone || m_exchange.ended || data.empty()) {
            if (done)
                boost::asio::post(executor(), [done = std::move(done),
                                               ok = data.empty() && !m_exchange.clientGone] { done(ok); });
            return;
        }
        m_exchange.pendingBytes += data.size();
        Outgoing item;
        item.chunk = std::make_shared<std::string>(std::move(data));
        item.done = std::move(done);
        enqueue(std::move(item));
    }

    void end(bool closeConnection)
    {
        if (!m_exchange.streaming || m_exchange.ended)
            return;
        m_exchange.ended = true;
        m_exchange.keepAlive = m_exchange.keepAlive && !closeConnection;
        if (m_exchange.clientGone)
            return;
        Outgoing item;
        item.lastChunk = true;
        enqueue(std::move(item));
    }

    // The writer was dropped: complete whatever the handler left unfinished.
    void abandon()
    {
        if (!m_exchange.started) {
            send(http::internalError().toResponse());
        } else if (!m_exchange.ended) {
            if (!m_exchange.clientGone)
                std::fprintf(stderr, "gatehoused: a streamed response was abandoned unfinished\n");
            end(true);
        }
    }

private:
    enum class State
    {
        Idle,    // waiting for the first byte of a request
        Busy,    // reading a request or writing its response
        Closing, // draining and closing
    };

    // One queued write: a whole response, a stream's header, one chunk, or the last chunk.
    struct Outgoing
    {
        std::shared_ptr<bhttp::response<bhttp::string_body>> whole;
        std::shared_ptr<bhttp::response<bhttp::empty_body>> streamHeader;
        std::shared_ptr<std::string> chunk;
        bool lastChunk = false;
        http::ResponseWriter::Done done;
    };

    // The request being answered.
    struct Exchange
    {
        unsigned version = 11;
        bool keepAlive = false;
        bool headOnly = false;
        bool started = false;
        bool streaming = false;
        bool ended = false;
        bool clientGone = false;
        bool writing = false;
        std::size_t pendingBytes = 0;
        std::deque<Outgoing> queue;
        std::function<void()> onClientGone;
    };

    void waitForRequest()
    {
        if (m_stopRequested)
            return close();
        if (m_buffer.size() > 0) // a pipelined request already arrived
            return readRequest();
        m_state = State::Idle;
        m_stream.expires_after(m_limits.idleTimeout);
        m_stream.async_read_some(m_buffer.prepare(firstReadBytes),
                                 [self = shared_from_this()](error_code ec, std::size_t bytes) {
                                     self->m_buffer.commit(bytes);
                                     if (ec) // closed by the client, idle timeout, or stop()
                                         return self->close();
                                     self->readRequest();
                                 });
    }

    void readRequest()
    {
        m_state = State::Busy;
        m_parser.emplace();
        m_parser->header_limit(static_cast<std::uint32_t>(m_limits.maxHeaderBytes));
        m_parser->body_limit(m_limits.maxBodyBytes);
        m_stream.expires_after(m_limits.readTimeout);
        bhttp::async_read(m_stream, m_buffer, *m_parser,
                          [self = shared_from_this()](error_code ec, std::size_t) { self->onRead(ec); });
    }

    void onRead(error_code ec)
    {
        if (ec == bhttp::error::header_limit)
            return respondAndClose(http::headersTooLargeError(m_limits.maxHeaderBytes));
        if (ec == bhttp::error::body_limit)
            return respondAndClose(http::bodyTooLargeError(m_limits.maxBodyBytes));
        if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message)
            return close();
        if (ec && ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category())
            return respondAndClose(http::badRequestError(ec.message()));
        if (ec) // timeout (the stream is already closed), reset, stop()
            return close();

        auto message = m_parser->release();
        m_parser.reset();
        m_exchange = Exchange{};
        m_exchange.version = message.version();
        m_exchange.keepAlive = message.keep_alive() && !m_stopRequested;
        m_exchange.headOnly = message.method() == bhttp::verb::head;
        ++m_generation;
        http::Request request = toRequest(std::move(message));
        const std::string what = request.method + " " + request.target;
        watchForDisconnect();

        auto writer = std::make_shared<SessionResponseWriter>(shared_from_this(), m_generation);
        try {
            m_router.dispatch(std::move(request), std::move(writer));
        } catch (const std::exception& e) {
            std::fprintf(stderr, "gatehoused: %s failed: %s\n", what.c_str(), e.what());
            if (!m_exchange.started)
                send(http::internalError().toResponse());
        }
    }

    // While a request is answered, a read on the socket tells when the client goes away (it
    // completes with an error). It reads the socket directly, outside the stream's timeouts.
    void watchForDisconnect()
    {
        m_watching = true;
        m_stream.socket().async_read_some(
            m_buffer.prepare(firstReadBytes), [self = shared_from_this()](error_code ec, std::size_t bytes) {
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

    void clientWentAway()
    {
        if (m_exchange.clientGone)
            return;
        m_exchange.clientGone = true;
        close();
        // Complete the queued writes' callbacks (the one in flight completes with its error).
        for (auto& item : m_exchange.queue) {
            if (item.done)
                boost::asio::post(executor(), [done = std::move(item.done)] { done(false); });
        }
        if (!m_exchange.queue.empty() && m_exchange.writing)
            m_exchange.queue.erase(m_exchange.queue.begin() + 1, m_exchange.queue.end());
        else
            m_exchange.queue.clear();
        m_exchange.pendingBytes = 0;
        if (auto callback = std::move(m_exchange.onClientGone))
            boost::asio::post(executor(), std::move(callback));
    }

    std::shared_ptr<bhttp::response<bhttp::string_body>> makeMessage(http::Response response) const
    {
        auto message = std::make_shared<bhttp::response<bhttp::string_body>>();
        message->version(m_exchange.version);
        message->result(response.status);
        message->set(bhttp::field::server, serverHeader());
        for (auto& [name, value] : response.headers)
            message->set(name, value);
        message->keep_alive(m_exchange.keepAlive);
        message->body() = std::move(response.body);
        message->prepare_payload();
        if (m_exchange.headOnly) // keep Content-Length as for GET, send no body
            message->body().clear();
        return message;
    }

    void enqueue(Outgoing item)
    {
        m_exchange.queue.push_back(std::move(item));
        if (!m_exchange.writing)
            writeNext();
    }

    void writeNext()
    {
        if (m_exchange.queue.empty() || m_exchange.clientGone)
            return;
        m_exchange.writing = true;
        Outgoing& item = m_exchange.queue.front();
        m_stream.expires_after(m_limits.writeTimeout);
        auto onWritten = [self = shared_from_this()](error_code ec, std::size_t) { self->onWritten(ec); };
        if (item.whole) {
            bhttp::async_write(m_stream, *item.whole, std::move(onWritten));
        } else if (item.streamHeader) {
            auto serializer =
                std::make_shared<bhttp::response_serializer<bhttp::empty_body>>(*item.streamHeader);
            bhttp::async_write_header(m_stream, *serializer,
                                      [serializer, onWritten = std::move(onWritten)](
                                          error_code ec, std::size_t n) { onWritten(ec, n); });
        } else if (item.chunk && m_exchange.headOnly) {
            boost::asio::post(executor(), [onWritten = std::move(onWritten)] { onWritten({}, 0); });
        } else if (item.chunk) {
            boost::asio::async_write(m_stream, bhttp::make_chunk(boost::asio::buffer(*item.chunk)),
                                     std::move(onWritten));
        } else if (m_exchange.headOnly) {
            boost::asio::post(executor(), [onWritten = std::move(onWritten)] { onWritten({}, 0); });
        } else {
            boost::asio::async_write(m_stream, bhttp::make_chunk_last(), std::move(onWritten));
        }
    }

    void onWritten(error_code ec)
    {
        m_exchange.writing = false;
        if (m_exchange.queue.empty()) // the client went away meanwhile
            return;
        Outgoing item = std::move(m_exchange.queue.front());
        m_exchange.queue.pop_front();
        if (item.chunk)
            m_exchange.pendingBytes -= std::min(m_exchange.pendingBytes, item.chunk->size());
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
        if (!m_exchange.keepAlive || m_stopRequested)
            return close();
        if (m_watching) { // stop watching, then read the next request
            m_resumeAfterWatch = true;
            error_code ignored;
            m_stream.socket().cancel(ignored);
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
        m_exchange = Exchange{};
        auto message = makeMessage(error.toResponse());
        message->keep_alive(false);
        m_stream.expires_after(m_limits.writeTimeout);
        bhttp::async_write(m_stream, *message,
                           [self = shared_from_this(), message](error_code ec, std::size_t) {
                               if (ec)
                                   return self->close();
                               self->drainAndClose();
                           });
    }

    void drainAndClose()
    {
        m_state = State::Closing;
        error_code ignored;
        m_stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
        m_stream.expires_after(drainTime);
        drain();
    }

    void drain()
    {
        m_stream.async_read_some(boost::asio::buffer(m_drainBuffer),
                                 [self = shared_from_this()](error_code ec, std::size_t bytes) {
                                     self->m_drained += bytes;
                                     if (ec || self->m_drained >= drainBytes)
                                         return self->close();
                                     self->drain();
                                 });
    }

    void close()
    {
        m_state = State::Closing;
        error_code ignored;
        m_stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
        m_stream.socket().close(ignored);
    }

    // Handed to the handler; keeps the session alive until the handler lets go of it.
    class SessionResponseWriter : public http::ResponseWriter
    {
    public:
        SessionResponseWriter(std::shared_ptr<HttpSession> session, std::uint64_t generation)
            : m_session(std::move(session))
            , m_generation(generation)
        {}
        ~SessionResponseWriter() override
        {
            if (current())
                m_session->abandon();
        }
        SessionResponseWriter(const SessionResponseWriter&) = delete;
        SessionResponseWriter& operator=(const SessionResponseWriter&) = delete;

        boost::asio::any_io_executor executor() const override { return m_session->executor(); }
        void send(http::Response response) override
        {
            if (current())
                m_session->send(std::move(response));
        }
        void beginStream(unsigned status, std::vector<http::Header> headers) override
        {
            if (current())
                m_session->beginStream(status, std::move(headers));
        }
        void write(std::string data, Done done) override
        {
            if (current())
                m_session->write(std::move(data), std::move(done));
            else if (done)
                boost::asio::post(executor(), [done = std::move(done)] { done(false); });
        }
        void end(bool closeConnection) override
        {
            if (current())
                m_session->end(closeConnection);
        }
        bool started() const override { return !current() || m_session->started(); }
        bool clientGone() const override { return !current() || m_session->clientGone(); }
        void onClientGone(std::function<void()> callback) override
        {
            if (current())
                m_session->onClientGone(std::move(callback));
        }
        std::size_t pendingBytes() const override { return current() ? m_session->pendingBytes() : 0; }

    private:
        bool current() const { return m_session->isCurrent(m_generation); }

        std::shared_ptr<HttpSession> m_session;
        std::uint64_t m_generation;
    };

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    const Router& m_router;
    const HttpLimits& m_limits;
    ConnectionSet& m_connections;
    State m_state = State::Idle;
    Exchange m_exchange;
    std::uint64_t m_generation = 0;
    bool m_stopRequested = false;
    bool m_watching = false;
    bool m_resumeAfterWatch = false;
    std::size_t m_drained = 0;
    std::array<char, std::size_t{16} * 1024> m_drainBuffer{};
};

} // namespace

void startHttpSession(boost::asio::ip::tcp::socket socket, const Router& router, const HttpLimits& limits,
                      ConnectionSet& connections)
{
    std::make_shared<HttpSession>(std::move(socket), router, limits, connections)->start();
}

} // namespace gatehouse::gateway
