#include "gateway/server/HttpSession.h"

#include "core/buildinfo/BuildInfo.h"
#include "gateway/http/ErrorBody.h"
#include "gateway/server/ConnectionSet.h"
#include "gateway/server/HttpLimits.h"
#include "gateway/server/Router.h"

#include <boost/asio/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <array>
#include <cstdio>
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

private:
    enum class State
    {
        Idle,    // waiting for the first byte of a request
        Busy,    // reading a request or writing its response
        Closing, // draining and closing
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
        const unsigned version = message.version();
        const bool keepAlive = message.keep_alive();
        const bool headOnly = message.method() == bhttp::verb::head;
        const http::Request request = toRequest(std::move(message));

        http::Response response;
        try {
            response = m_router.route(request);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "gatehoused: %s %s failed: %s\n", request.method.c_str(),
                         request.target.c_str(), e.what());
            response = http::internalError().toResponse();
        }
        write(std::move(response), version, keepAlive && !m_stopRequested, headOnly, false);
    }

    // For requests we could not parse: answer, then close without reading another request.
    void respondAndClose(const http::ApiError& error)
    {
        m_parser.reset();
        write(error.toResponse(), 11, false, false, true);
    }

    void write(http::Response response, unsigned version, bool keepAlive, bool headOnly, bool drainAfter)
    {
        m_state = State::Busy;
        auto message = std::make_shared<bhttp::response<bhttp::string_body>>();
        message->version(version);
        message->result(response.status);
        message->set(bhttp::field::server, serverHeader());
        for (auto& [name, value] : response.headers)
            message->set(name, value);
        message->keep_alive(keepAlive);
        message->body() = std::move(response.body);
        message->prepare_payload();
        if (headOnly) // keep Content-Length as for GET, send no body
            message->body().clear();

        m_stream.expires_after(m_limits.writeTimeout);
        bhttp::async_write(
            m_stream, *message,
            [self = shared_from_this(), message, keepAlive, drainAfter](error_code ec, std::size_t) {
                if (ec)
                    return self->close();
                if (drainAfter)
                    return self->drainAndClose();
                if (!keepAlive)
                    return self->close();
                self->waitForRequest();
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

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    const Router& m_router;
    const HttpLimits& m_limits;
    ConnectionSet& m_connections;
    State m_state = State::Idle;
    bool m_stopRequested = false;
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
